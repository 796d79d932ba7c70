// Russian.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Номер карты", cardexpiration: "Срок действия", cardcvv: "Код безопасности" },
  placeholder: { cardnumber: "Номер карты", cardexpiration: "ММ / ГГ", cardcvv: "CVC" },
  title: { cardnumber: "Защищённое поле номера карты", cardexpiration: "Защищённое поле срока действия", cardcvv: "Защищённое поле кода безопасности" },
  errors: {
    invalid_card_number: "Неверный номер карты.",
    incomplete_card_number: "Номер карты введён не полностью.",
    invalid_expiration_month: "Неверный месяц окончания срока действия.",
    invalid_expiration_year: "Год окончания срока действия уже прошёл.",
    invalid_expiration_date: "Неверная дата окончания срока действия.",
    incomplete_expiration_date: "Дата окончания срока действия введена не полностью.",
    invalid_security_code: "Неверный код безопасности.",
    incomplete_security_code: "Код безопасности введён не полностью.",
  },
};

export default texts;
