// Chinese (Traditional, Hong Kong).
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "卡號", cardexpiration: "到期日", cardcvv: "保安編碼" },
  placeholder: { cardnumber: "卡號", cardexpiration: "月 / 年", cardcvv: "CVV" },
  title: { cardnumber: "受保護的卡號輸入欄", cardexpiration: "受保護的到期日輸入欄", cardcvv: "受保護的保安編碼輸入欄" },
  errors: {
    invalid_card_number: "卡號無效。",
    incomplete_card_number: "卡號不完整。",
    invalid_expiration_month: "到期月份無效。",
    invalid_expiration_year: "到期年份已過。",
    invalid_expiration_date: "到期日無效。",
    incomplete_expiration_date: "到期日不完整。",
    invalid_security_code: "保安編碼無效。",
    incomplete_security_code: "保安編碼不完整。",
  },
};

export default texts;
