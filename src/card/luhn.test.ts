import { expect } from '@open-wc/testing';
import { passesLuhn } from './luhn.js';

describe('passesLuhn', () => {
  it('accepts numbers whose check digit is right', () => {
    expect(passesLuhn('4444222233331111')).to.equal(true);
    expect(passesLuhn('343456789012341')).to.equal(true); // odd length
    expect(passesLuhn('0')).to.equal(true);
  });

  it('rejects a changed digit and swapped neighbours', () => {
    expect(passesLuhn('4444222233331112')).to.equal(false);
    expect(passesLuhn('4444222233331121')).to.equal(false);
    expect(passesLuhn('343456789012314')).to.equal(false);
  });

  it('rejects empty and non-digit input', () => {
    expect(passesLuhn('')).to.equal(false);
    expect(passesLuhn('4444 2222 3333 1111')).to.equal(false);
  });
});
