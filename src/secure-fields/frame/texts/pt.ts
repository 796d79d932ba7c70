// Portuguese.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Número do cartão", cardexpiration: "Data de validade", cardcvv: "Código de segurança" },
  placeholder: { cardnumber: "Número do cartão", cardexpiration: "MM / AA", cardcvv: "CVV" },
  title: { cardnumber: "Campo seguro do número do cartão", cardexpiration: "Campo seguro da data de validade", cardcvv: "Campo seguro do código de segurança" },
  errors: {
    invalid_card_number: "O número do cartão não é válido.",
    incomplete_card_number: "O número do cartão está incompleto.",
    invalid_expiration_month: "O mês de validade não é válido.",
    invalid_expiration_year: "O ano de validade já passou.",
    invalid_expiration_date: "A data de validade não é válida.",
    incomplete_expiration_date: "A data de validade está incompleta.",
    invalid_security_code: "O código de segurança não é válido.",
    incomplete_security_code: "O código de segurança está incompleto.",
  },
};

export default texts;
