// Swedish.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kortnummer", cardexpiration: "Utgångsdatum", cardcvv: "Säkerhetskod" },
  placeholder: { cardnumber: "Kortnummer", cardexpiration: "MM / ÅÅ", cardcvv: "CVC" },
  title: { cardnumber: "Säkert fält för kortnummer", cardexpiration: "Säkert fält för utgångsdatum", cardcvv: "Säkert fält för säkerhetskod" },
  errors: {
    invalid_card_number: "Kortnumret är ogiltigt.",
    incomplete_card_number: "Kortnumret är ofullständigt.",
    invalid_expiration_month: "Utgångsmånaden är ogiltig.",
    invalid_expiration_year: "Utgångsåret har redan passerat.",
    invalid_expiration_date: "Utgångsdatumet är ogiltigt.",
    incomplete_expiration_date: "Utgångsdatumet är ofullständigt.",
    invalid_security_code: "Säkerhetskoden är ogiltig.",
    incomplete_security_code: "Säkerhetskoden är ofullständig.",
  },
};

export default texts;
