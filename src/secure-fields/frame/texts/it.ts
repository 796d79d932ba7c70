// Italian.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Numero della carta", cardexpiration: "Data di scadenza", cardcvv: "Codice di sicurezza" },
  placeholder: { cardnumber: "Numero della carta", cardexpiration: "MM / AA", cardcvv: "CVV" },
  title: { cardnumber: "Campo sicuro per il numero della carta", cardexpiration: "Campo sicuro per la data di scadenza", cardcvv: "Campo sicuro per il codice di sicurezza" },
  errors: {
    invalid_card_number: "Il numero della carta non è valido.",
    incomplete_card_number: "Il numero della carta è incompleto.",
    invalid_expiration_month: "Il mese di scadenza non è valido.",
    invalid_expiration_year: "L'anno di scadenza è già passato.",
    invalid_expiration_date: "La data di scadenza non è valida.",
    incomplete_expiration_date: "La data di scadenza è incompleta.",
    invalid_security_code: "Il codice di sicurezza non è valido.",
    incomplete_security_code: "Il codice di sicurezza è incompleto.",
  },
};

export default texts;
