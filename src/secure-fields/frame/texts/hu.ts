// Hungarian.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kártyaszám", cardexpiration: "Lejárati dátum", cardcvv: "Biztonsági kód" },
  placeholder: { cardnumber: "Kártyaszám", cardexpiration: "HH / ÉÉ", cardcvv: "CVC" },
  title: { cardnumber: "A kártyaszám védett mezője", cardexpiration: "A lejárati dátum védett mezője", cardcvv: "A biztonsági kód védett mezője" },
  errors: {
    invalid_card_number: "A kártyaszám érvénytelen.",
    incomplete_card_number: "A kártyaszám hiányos.",
    invalid_expiration_month: "A lejárati hónap érvénytelen.",
    invalid_expiration_year: "A lejárati év már elmúlt.",
    invalid_expiration_date: "A lejárati dátum érvénytelen.",
    incomplete_expiration_date: "A lejárati dátum hiányos.",
    invalid_security_code: "A biztonsági kód érvénytelen.",
    incomplete_security_code: "A biztonsági kód hiányos.",
  },
};

export default texts;
