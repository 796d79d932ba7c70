// Polish.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Numer karty", cardexpiration: "Data ważności", cardcvv: "Kod zabezpieczający" },
  placeholder: { cardnumber: "Numer karty", cardexpiration: "MM / RR", cardcvv: "CVC" },
  title: { cardnumber: "Bezpieczne pole numeru karty", cardexpiration: "Bezpieczne pole daty ważności", cardcvv: "Bezpieczne pole kodu zabezpieczającego" },
  errors: {
    invalid_card_number: "Numer karty jest nieprawidłowy.",
    incomplete_card_number: "Numer karty jest niekompletny.",
    invalid_expiration_month: "Miesiąc ważności jest nieprawidłowy.",
    invalid_expiration_year: "Rok ważności już minął.",
    invalid_expiration_date: "Data ważności jest nieprawidłowa.",
    incomplete_expiration_date: "Data ważności jest niekompletna.",
    invalid_security_code: "Kod zabezpieczający jest nieprawidłowy.",
    incomplete_security_code: "Kod zabezpieczający jest niekompletny.",
  },
};

export default texts;
