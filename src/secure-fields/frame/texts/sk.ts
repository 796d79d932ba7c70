// Slovak.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Číslo karty", cardexpiration: "Platnosť do", cardcvv: "Bezpečnostný kód" },
  placeholder: { cardnumber: "Číslo karty", cardexpiration: "MM / RR", cardcvv: "CVC" },
  title: { cardnumber: "Zabezpečené pole pre číslo karty", cardexpiration: "Zabezpečené pole pre dátum platnosti", cardcvv: "Zabezpečené pole pre bezpečnostný kód" },
  errors: {
    invalid_card_number: "Číslo karty je neplatné.",
    incomplete_card_number: "Číslo karty je neúplné.",
    invalid_expiration_month: "Mesiac platnosti je neplatný.",
    invalid_expiration_year: "Rok platnosti už uplynul.",
    invalid_expiration_date: "Dátum platnosti je neplatný.",
    incomplete_expiration_date: "Dátum platnosti je neúplný.",
    invalid_security_code: "Bezpečnostný kód je neplatný.",
    incomplete_security_code: "Bezpečnostný kód je neúplný.",
  },
};

export default texts;
