// Turkish.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kart numarası", cardexpiration: "Son kullanma tarihi", cardcvv: "Güvenlik kodu" },
  placeholder: { cardnumber: "Kart numarası", cardexpiration: "AA / YY", cardcvv: "CVC" },
  title: { cardnumber: "Kart numarası için güvenli alan", cardexpiration: "Son kullanma tarihi için güvenli alan", cardcvv: "Güvenlik kodu için güvenli alan" },
  errors: {
    invalid_card_number: "Kart numarası geçersiz.",
    incomplete_card_number: "Kart numarası eksik.",
    invalid_expiration_month: "Son kullanma ayı geçersiz.",
    invalid_expiration_year: "Son kullanma yılı geçmişte kaldı.",
    invalid_expiration_date: "Son kullanma tarihi geçersiz.",
    incomplete_expiration_date: "Son kullanma tarihi eksik.",
    invalid_security_code: "Güvenlik kodu geçersiz.",
    incomplete_security_code: "Güvenlik kodu eksik.",
  },
};

export default texts;
