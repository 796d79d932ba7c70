// Korean.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "카드 번호", cardexpiration: "만료일", cardcvv: "보안 코드" },
  placeholder: { cardnumber: "카드 번호", cardexpiration: "월 / 년", cardcvv: "CVC" },
  title: { cardnumber: "안전한 카드 번호 입력란", cardexpiration: "안전한 만료일 입력란", cardcvv: "안전한 보안 코드 입력란" },
  errors: {
    invalid_card_number: "카드 번호가 올바르지 않습니다.",
    incomplete_card_number: "카드 번호가 완전하지 않습니다.",
    invalid_expiration_month: "만료 월이 올바르지 않습니다.",
    invalid_expiration_year: "만료 연도가 이미 지났습니다.",
    invalid_expiration_date: "만료일이 올바르지 않습니다.",
    incomplete_expiration_date: "만료일이 완전하지 않습니다.",
    invalid_security_code: "보안 코드가 올바르지 않습니다.",
    incomplete_security_code: "보안 코드가 완전하지 않습니다.",
  },
};

export default texts;
