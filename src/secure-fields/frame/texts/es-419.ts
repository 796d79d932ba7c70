// Spanish (Latin America).
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Número de tarjeta", cardexpiration: "Fecha de vencimiento", cardcvv: "Código de seguridad" },
  placeholder: { cardnumber: "Número de tarjeta", cardexpiration: "MM / AA", cardcvv: "CVV" },
  title: { cardnumber: "Campo seguro del número de tarjeta", cardexpiration: "Campo seguro de la fecha de vencimiento", cardcvv: "Campo seguro del código de seguridad" },
  errors: {
    invalid_card_number: "El número de tarjeta no es válido.",
    incomplete_card_number: "El número de tarjeta está incompleto.",
    invalid_expiration_month: "El mes de vencimiento no es válido.",
    invalid_expiration_year: "El año de vencimiento ya pasó.",
    invalid_expiration_date: "La fecha de vencimiento no es válida.",
    incomplete_expiration_date: "La fecha de vencimiento está incompleta.",
    invalid_security_code: "El código de seguridad no es válido.",
    incomplete_security_code: "El código de seguridad está incompleto.",
  },
};

export default texts;
