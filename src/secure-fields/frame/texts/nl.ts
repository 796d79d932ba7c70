// Dutch.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kaartnummer", cardexpiration: "Vervaldatum", cardcvv: "Beveiligingscode" },
  placeholder: { cardnumber: "Kaartnummer", cardexpiration: "MM / JJ", cardcvv: "CVC" },
  title: { cardnumber: "Beveiligd veld voor het kaartnummer", cardexpiration: "Beveiligd veld voor de vervaldatum", cardcvv: "Beveiligd veld voor de beveiligingscode" },
  errors: {
    invalid_card_number: "Het kaartnummer is ongeldig.",
    incomplete_card_number: "Het kaartnummer is onvolledig.",
    invalid_expiration_month: "De vervalmaand is ongeldig.",
    invalid_expiration_year: "Het vervaljaar ligt in het verleden.",
    invalid_expiration_date: "De vervaldatum is ongeldig.",
    incomplete_expiration_date: "De vervaldatum is onvolledig.",
    invalid_security_code: "De beveiligingscode is ongeldig.",
    incomplete_security_code: "De beveiligingscode is onvolledig.",
  },
};

export default texts;
