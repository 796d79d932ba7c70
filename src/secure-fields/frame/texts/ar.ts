// Arabic.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "رقم البطاقة", cardexpiration: "تاريخ الانتهاء", cardcvv: "رمز الأمان" },
  placeholder: { cardnumber: "رقم البطاقة", cardexpiration: "شهر / سنة", cardcvv: "CVV" },
  title: { cardnumber: "حقل آمن لرقم البطاقة", cardexpiration: "حقل آمن لتاريخ الانتهاء", cardcvv: "حقل آمن لرمز الأمان" },
  errors: {
    invalid_card_number: "رقم البطاقة غير صالح.",
    incomplete_card_number: "رقم البطاقة غير مكتمل.",
    invalid_expiration_month: "شهر انتهاء البطاقة غير صالح.",
    invalid_expiration_year: "سنة انتهاء البطاقة قد مضت.",
    invalid_expiration_date: "تاريخ انتهاء البطاقة غير صالح.",
    incomplete_expiration_date: "تاريخ انتهاء البطاقة غير مكتمل.",
    invalid_security_code: "رمز الأمان غير صالح.",
    incomplete_security_code: "رمز الأمان غير مكتمل.",
  },
};

export default texts;
