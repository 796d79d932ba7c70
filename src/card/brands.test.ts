import { expect } from '@open-wc/testing';
import { brandDetails, checkCardNumber, checkSecurityCode, detectBrand, formatCardNumber } from './index.js';
import type { CardBrand } from './types.js';

/** Per brand: Source display name, numbers from DR's sandbox list (or the brand's published test numbers). */
const cases: { brand: CardBrand; displayName: string; cvc: number; numbers: [digits: string, shown: string][] }[] = [
  {
    brand: 'visa',
    displayName: 'Visa',
    cvc: 3,
    numbers: [
      ['4444222233331111', '4444 2222 3333 1111'],
      ['4917610000000000', '4917 6100 0000 0000'],
      ['4000000000003295', '4000 0000 0000 3295'],
    ],
  },
  {
    brand: 'mastercard',
    displayName: 'MasterCard',
    cvc: 3,
    numbers: [
      ['5466160000000008', '5466 1600 0000 0008'],
      ['5454545454545454', '5454 5454 5454 5454'],
      ['2223000048400011', '2223 0000 4840 0011'],
    ],
  },
  { brand: 'amex', displayName: 'American Express', cvc: 4, numbers: [['343456789012341', '3434 567890 12341']] },
  { brand: 'dinersclub', displayName: 'Diners Club', cvc: 3, numbers: [['30345678901235', '3034 567890 1235']] },
  { brand: 'discover', displayName: 'Discover', cvc: 3, numbers: [['6011987698769876', '6011 9876 9876 9876']] },
  { brand: 'unionpay', displayName: 'UnionPay', cvc: 3, numbers: [['6226220000000009', '6226 2200 0000 0009']] },
  { brand: 'jcb', displayName: 'JCB', cvc: 3, numbers: [['3528987698769879', '3528 9876 9876 9879']] },
  {
    brand: 'maestro',
    displayName: 'Maestro',
    cvc: 3,
    numbers: [
      ['6771798021000008', '6771 7980 2100 0008'],
      ['5000550000000029', '5000 5500 0000 0029'],
    ],
  },
  {
    brand: 'forbrugsforeningen',
    displayName: 'Forbrugsforeningen',
    cvc: 3,
    numbers: [['6007220000000004', '6007 2200 0000 0004']],
  },
  { brand: 'dankort', displayName: 'Dankort', cvc: 3, numbers: [['5019717010103742', '5019 7170 1010 3742']] },
];

for (const { brand, displayName, cvc, numbers } of cases) {
  describe(`brand ${brand}`, () => {
    it(`is shown as ${displayName} in a Source`, () => {
      expect(brandDetails(brand).displayName).to.equal(displayName);
    });

    for (const [digits, shown] of numbers) {
      it(`detects ${shown} from its prefix on, and accepts it complete`, () => {
        expect(detectBrand(digits)).to.equal(brand);
        expect(detectBrand(digits.slice(0, 6))).to.equal(brand);
        expect(checkCardNumber(shown)).to.deep.equal({ brand, empty: false, complete: true });
      });

      it(`formats ${digits} with the brand's gaps`, () => {
        expect(formatCardNumber(digits)).to.equal(shown);
      });

      it(`rejects ${shown} with a wrong check digit`, () => {
        const wrong = digits.slice(0, -1) + ((Number(digits.slice(-1)) + 1) % 10);
        expect(checkCardNumber(wrong).complete).to.equal(false);
        expect(checkCardNumber(wrong).error).to.be.oneOf(['invalid_card_number', 'incomplete_card_number']);
      });
    }

    it(`wants a ${cvc}-digit security code`, () => {
      expect(checkSecurityCode('1234'.slice(0, cvc), brand)).to.deep.equal({ empty: false, complete: true });
      expect(checkSecurityCode('12345'.slice(0, cvc + 1), brand).error).to.equal('invalid_security_code');
      expect(checkSecurityCode('1234'.slice(0, cvc - 1), brand).error).to.equal('incomplete_security_code');
    });
  });
}

describe('brand table', () => {
  it('covers every brand DigitalRiver.js reports', () => {
    const known = cases.map((c) => c.brand);
    expect(known).to.have.members([
      'visa', 'mastercard', 'amex', 'dinersclub', 'discover', 'unionpay', 'jcb', 'maestro', 'forbrugsforeningen', 'dankort',
    ]);
    for (const brand of known) expect(brandDetails(brand).brand).to.equal(brand);
  });

  it('describes an unknown brand loosely enough for any card', () => {
    expect(brandDetails('unknown')).to.deep.equal({
      brand: 'unknown',
      displayName: 'Unknown',
      lengths: [12, 13, 14, 15, 16, 17, 18, 19],
      gaps: [4, 8, 12],
      cvcLength: [3, 4],
    });
  });

  it('hands out copies, so a caller cannot change the rules', () => {
    brandDetails('visa').lengths.push(99);
    brandDetails('visa').gaps.length = 0;
    expect(brandDetails('visa').lengths).to.not.include(99);
    expect(formatCardNumber('4444222233331111')).to.equal('4444 2222 3333 1111');
  });
});
