// English.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Card number", cardexpiration: "Expiration date", cardcvv: "Security code" },
  placeholder: { cardnumber: "Card number", cardexpiration: "MM / YY", cardcvv: "CVV" },
  title: { cardnumber: "Secure card number field", cardexpiration: "Secure expiration date field", cardcvv: "Secure security code field" },
  errors: {
    invalid_card_number: "Your card number is invalid.",
    incomplete_card_number: "Your card number is incomplete.",
    invalid_expiration_month: "Your card's expiration month is invalid.",
    invalid_expiration_year: "Your card's expiration year is in the past.",
    invalid_expiration_date: "Your card's expiration date is invalid.",
    incomplete_expiration_date: "Your card's expiration date is incomplete.",
    invalid_security_code: "Your card's security code is invalid.",
    incomplete_security_code: "Your card's security code is incomplete.",
  },
};

export default texts;
