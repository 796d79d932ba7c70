// Czech.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Číslo karty", cardexpiration: "Platnost do", cardcvv: "Bezpečnostní kód" },
  placeholder: { cardnumber: "Číslo karty", cardexpiration: "MM / RR", cardcvv: "CVC" },
  title: { cardnumber: "Zabezpečené pole pro číslo karty", cardexpiration: "Zabezpečené pole pro datum platnosti", cardcvv: "Zabezpečené pole pro bezpečnostní kód" },
  errors: {
    invalid_card_number: "Číslo karty je neplatné.",
    incomplete_card_number: "Číslo karty je neúplné.",
    invalid_expiration_month: "Měsíc platnosti je neplatný.",
    invalid_expiration_year: "Rok platnosti již uplynul.",
    invalid_expiration_date: "Datum platnosti je neplatné.",
    incomplete_expiration_date: "Datum platnosti je neúplné.",
    invalid_security_code: "Bezpečnostní kód je neplatný.",
    incomplete_security_code: "Bezpečnostní kód je neúplný.",
  },
};

export default texts;
