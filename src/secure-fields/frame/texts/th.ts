// Thai.
import type { FieldMessages } from './index.js';

const texts: FieldMessages = {
  label: { cardnumber: "หมายเลขบัตร", cardexpiration: "วันหมดอายุ", cardcvv: "รหัสความปลอดภัย" },
  placeholder: { cardnumber: "หมายเลขบัตร", cardexpiration: "ดด / ปป", cardcvv: "CVV" },
  title: { cardnumber: "ช่องกรอกหมายเลขบัตรที่มีการป้องกัน", cardexpiration: "ช่องกรอกวันหมดอายุที่มีการป้องกัน", cardcvv: "ช่องกรอกรหัสความปลอดภัยที่มีการป้องกัน" },
  errors: {
    invalid_card_number: "หมายเลขบัตรไม่ถูกต้อง",
    incomplete_card_number: "หมายเลขบัตรไม่ครบถ้วน",
    invalid_expiration_month: "เดือนหมดอายุไม่ถูกต้อง",
    invalid_expiration_year: "ปีหมดอายุผ่านไปแล้ว",
    invalid_expiration_date: "วันหมดอายุไม่ถูกต้อง",
    incomplete_expiration_date: "วันหมดอายุไม่ครบถ้วน",
    invalid_security_code: "รหัสความปลอดภัยไม่ถูกต้อง",
    incomplete_security_code: "รหัสความปลอดภัยไม่ครบถ้วน",
  },
};

export default texts;
