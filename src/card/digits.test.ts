import { expect } from '@open-wc/testing';
import { digitsOf } from './digits.js';

describe('digitsOf', () => {
  it('keeps only 0-9', () => {
    expect(digitsOf(' 4444-2222 3333/1111 ')).to.equal('4444222233331111');
    expect(digitsOf('a1😀b2')).to.equal('12');
    expect(digitsOf('٤٤')).to.equal(''); // Arabic-Indic digits are not card digits
    expect(digitsOf('')).to.equal('');
  });
});
