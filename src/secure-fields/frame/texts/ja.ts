// Japanese.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "カード番号", cardexpiration: "有効期限", cardcvv: "セキュリティコード" },
  placeholder: { cardnumber: "カード番号", cardexpiration: "月 / 年", cardcvv: "CVC" },
  title: { cardnumber: "カード番号の安全な入力欄", cardexpiration: "有効期限の安全な入力欄", cardcvv: "セキュリティコードの安全な入力欄" },
  errors: {
    invalid_card_number: "カード番号が正しくありません。",
    incomplete_card_number: "カード番号が不完全です。",
    invalid_expiration_month: "有効期限の月が正しくありません。",
    invalid_expiration_year: "有効期限の年が過ぎています。",
    invalid_expiration_date: "有効期限が正しくありません。",
    incomplete_expiration_date: "有効期限が不完全です。",
    invalid_security_code: "セキュリティコードが正しくありません。",
    incomplete_security_code: "セキュリティコードが不完全です。",
  },
};

export default texts;
