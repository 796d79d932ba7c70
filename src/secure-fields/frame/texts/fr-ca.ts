// French (Canada).
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Numéro de carte", cardexpiration: "Date d'expiration", cardcvv: "Code de sécurité" },
  placeholder: { cardnumber: "Numéro de carte", cardexpiration: "MM / AA", cardcvv: "CVV" },
  title: { cardnumber: "Champ sécurisé du numéro de carte", cardexpiration: "Champ sécurisé de la date d'expiration", cardcvv: "Champ sécurisé du code de sécurité" },
  errors: {
    invalid_card_number: "Le numéro de carte n'est pas valide.",
    incomplete_card_number: "Le numéro de carte est incomplet.",
    invalid_expiration_month: "Le mois d'expiration n'est pas valide.",
    invalid_expiration_year: "L'année d'expiration est passée.",
    invalid_expiration_date: "La date d'expiration n'est pas valide.",
    incomplete_expiration_date: "La date d'expiration est incomplète.",
    invalid_security_code: "Le code de sécurité n'est pas valide.",
    incomplete_security_code: "Le code de sécurité est incomplet.",
  },
};

export default texts;
