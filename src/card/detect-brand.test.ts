import { expect } from '@open-wc/testing';
import creditCardType from 'credit-card-type';
import { detectBrand } from './detect-brand.js';

describe('detectBrand', () => {
  it('is unknown while nothing or only an ambiguous prefix is typed', () => {
    expect(detectBrand('')).to.equal('unknown');
    expect(detectBrand('3')).to.equal('unknown'); // Amex, Diners Club or JCB
    expect(detectBrand('5')).to.equal('unknown'); // MasterCard, Maestro or Dankort
    expect(detectBrand('6')).to.equal('unknown'); // Discover, UnionPay, Maestro, Forbrugsforeningen
    expect(detectBrand('60')).to.equal('unknown'); // Forbrugsforeningen 600 or Discover 6011
  });

  it('names the brand as soon as only one can match', () => {
    expect(detectBrand('4')).to.equal('visa');
    expect(detectBrand('34')).to.equal('amex');
    expect(detectBrand('51')).to.equal('mastercard');
    expect(detectBrand('6011')).to.equal('discover');
  });

  it('is unknown for a prefix no brand uses', () => {
    expect(detectBrand('9')).to.equal('unknown');
    expect(detectBrand('7000000000000000')).to.equal('unknown');
  });

  it('knows the MasterCard 2-series, 2221 to 2720 and no further', () => {
    expect(detectBrand('2221')).to.equal('mastercard');
    expect(detectBrand('2720')).to.equal('mastercard');
    expect(detectBrand('2220')).to.equal('unknown');
    expect(detectBrand('2721')).to.equal('unknown');
  });

  it('tells Dankort (5019) from Maestro (50xx)', () => {
    expect(detectBrand('5019')).to.equal('dankort');
    expect(detectBrand('501971')).to.equal('dankort');
    expect(detectBrand('501871')).to.equal('maestro');
    expect(detectBrand('502000')).to.equal('maestro');
  });

  it('tells Forbrugsforeningen (600) from Maestro (6)', () => {
    expect(detectBrand('600')).to.equal('forbrugsforeningen');
    expect(detectBrand('602')).to.equal('maestro');
  });

  it('never reports brands Digital River does not know', () => {
    expect(detectBrand('4011780000000000')).to.equal('visa'); // Elo inside Visa's range
    expect(detectBrand('2200000000000000')).to.equal('unknown'); // Mir
    expect(detectBrand('6062820000000000')).to.equal('maestro'); // Hipercard
    expect(detectBrand('5060990000000000')).to.equal('maestro'); // Verve
    expect(detectBrand('6370950000000000')).to.equal('maestro'); // Hiper
    expect(detectBrand('9792000000000000')).to.equal('unknown'); // Troy
    expect(detectBrand('6500520000000000')).to.equal('discover'); // Troy inside Discover's range
  });

  it('ignores separators and survives a huge paste', () => {
    expect(detectBrand('4444 2222-3333')).to.equal('visa');
    expect(detectBrand('3'.repeat(1_000_000))).to.equal('unknown');
    expect(detectBrand(`34${'1'.repeat(1_000_000)}`)).to.equal('amex');
  });
});

// The shipped table is checked against the credit-card-type package (a test-only dependency), configured the way
// Digital River reports brands: the library stays the reference without weighing on the bundle.
describe('detectBrand agrees with credit-card-type', () => {
  const referenceBrand: Record<string, string> = {
    visa: 'visa',
    mastercard: 'mastercard',
    'american-express': 'amex',
    'diners-club': 'dinersclub',
    discover: 'discover',
    unionpay: 'unionpay',
    jcb: 'jcb',
    maestro: 'maestro',
    forbrugsforeningen: 'forbrugsforeningen',
    dankort: 'dankort',
  };

  function configureReference(): void {
    creditCardType.resetModifications();
    for (const type of ['elo', 'mir', 'hiper', 'hipercard', 'verve', 'troy', 'naranja']) creditCardType.removeCard(type);
    creditCardType.updateCard('maestro', { patterns: [[500000, 501899], [502000, 509999], [56, 59], 63, 67, 6] });
    const nordic = { gaps: [4, 8, 12], lengths: [16], code: { name: 'CVC', size: 3 } };
    creditCardType.addCard({ ...nordic, niceType: 'Forbrugsforeningen', type: 'forbrugsforeningen', patterns: [600] });
    creditCardType.addCard({ ...nordic, niceType: 'Dankort', type: 'dankort', patterns: [5019] });
  }

  function reference(digits: string): string {
    const matches = creditCardType(digits);
    return matches.length === 1 ? (referenceBrand[matches[0]!.type] ?? 'unknown') : 'unknown';
  }

  it('on every prefix of up to four digits and on 20,000 random numbers', () => {
    configureReference();
    const inputs: string[] = [];
    for (let length = 1; length <= 4; length++) {
      for (let n = 0; n < 10 ** length; n++) inputs.push(String(n).padStart(length, '0'));
    }
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const length = 1 + Math.floor(random() * 19);
      inputs.push(Array.from({ length }, () => Math.floor(random() * 10)).join(''));
    }
    const disagreements = inputs.filter((digits) => detectBrand(digits) !== reference(digits));
    expect(disagreements.slice(0, 5)).to.deep.equal([]);
    creditCardType.resetModifications();
  });
});
