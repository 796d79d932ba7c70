// Greek.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "Αριθμός κάρτας", cardexpiration: "Ημερομηνία λήξης", cardcvv: "Κωδικός ασφαλείας" },
  placeholder: { cardnumber: "Αριθμός κάρτας", cardexpiration: "ΜΜ / ΕΕ", cardcvv: "CVV" },
  title: { cardnumber: "Ασφαλές πεδίο αριθμού κάρτας", cardexpiration: "Ασφαλές πεδίο ημερομηνίας λήξης", cardcvv: "Ασφαλές πεδίο κωδικού ασφαλείας" },
  errors: {
    invalid_card_number: "Ο αριθμός της κάρτας δεν είναι έγκυρος.",
    incomplete_card_number: "Ο αριθμός της κάρτας είναι ελλιπής.",
    invalid_expiration_month: "Ο μήνας λήξης δεν είναι έγκυρος.",
    invalid_expiration_year: "Το έτος λήξης έχει ήδη περάσει.",
    invalid_expiration_date: "Η ημερομηνία λήξης δεν είναι έγκυρη.",
    incomplete_expiration_date: "Η ημερομηνία λήξης είναι ελλιπής.",
    invalid_security_code: "Ο κωδικός ασφαλείας δεν είναι έγκυρος.",
    incomplete_security_code: "Ο κωδικός ασφαλείας είναι ελλιπής.",
  },
};

export default texts;
