// Finnish.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Kortin numero", cardexpiration: "Voimassaolopäivä", cardcvv: "Turvakoodi" },
  placeholder: { cardnumber: "Kortin numero", cardexpiration: "KK / VV", cardcvv: "CVC" },
  title: { cardnumber: "Kortin numeron suojattu kenttä", cardexpiration: "Voimassaolopäivän suojattu kenttä", cardcvv: "Turvakoodin suojattu kenttä" },
  errors: {
    invalid_card_number: "Kortin numero on virheellinen.",
    incomplete_card_number: "Kortin numero on puutteellinen.",
    invalid_expiration_month: "Voimassaolokuukausi on virheellinen.",
    invalid_expiration_year: "Voimassaolovuosi on jo mennyt.",
    invalid_expiration_date: "Voimassaolopäivä on virheellinen.",
    incomplete_expiration_date: "Voimassaolopäivä on puutteellinen.",
    invalid_security_code: "Turvakoodi on virheellinen.",
    incomplete_security_code: "Turvakoodi on puutteellinen.",
  },
};

export default texts;
