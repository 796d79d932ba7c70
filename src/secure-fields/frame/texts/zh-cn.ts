// Chinese (Simplified).
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "卡号", cardexpiration: "有效期", cardcvv: "安全码" },
  placeholder: { cardnumber: "卡号", cardexpiration: "月 / 年", cardcvv: "CVV" },
  title: { cardnumber: "受保护的卡号输入框", cardexpiration: "受保护的有效期输入框", cardcvv: "受保护的安全码输入框" },
  errors: {
    invalid_card_number: "卡号无效。",
    incomplete_card_number: "卡号不完整。",
    invalid_expiration_month: "有效期月份无效。",
    invalid_expiration_year: "有效期年份已过。",
    invalid_expiration_date: "有效期无效。",
    incomplete_expiration_date: "有效期不完整。",
    invalid_security_code: "安全码无效。",
    incomplete_security_code: "安全码不完整。",
  },
};

export default texts;
