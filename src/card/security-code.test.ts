import { expect } from '@open-wc/testing';
import { checkSecurityCode, editSecurityCode } from './security-code.js';
import { at, backspace, insert, show, typeInto } from './testing.js';

describe('checkSecurityCode', () => {
  it('reports empty text as empty, without an error', () => {
    expect(checkSecurityCode('', 'visa')).to.deep.equal({ empty: true, complete: false });
  });

  it('is complete at the brand\'s length', () => {
    expect(checkSecurityCode('123', 'visa')).to.deep.equal({ empty: false, complete: true });
    expect(checkSecurityCode('1234', 'amex')).to.deep.equal({ empty: false, complete: true });
  });

  it('is incomplete when too short, invalid when too long', () => {
    expect(checkSecurityCode('12', 'visa')).to.deep.equal({
      empty: false, complete: false, error: 'incomplete_security_code',
    });
    expect(checkSecurityCode('123', 'amex').error).to.equal('incomplete_security_code');
    expect(checkSecurityCode('1234', 'visa').error).to.equal('invalid_security_code');
  });

  it('is invalid with anything but digits', () => {
    expect(checkSecurityCode('12a', 'visa').error).to.equal('invalid_security_code');
    expect(checkSecurityCode('1 2', 'unknown').error).to.equal('invalid_security_code');
  });

  it('accepts 3 or 4 digits while the brand is unknown', () => {
    expect(checkSecurityCode('123', 'unknown').complete).to.equal(true);
    expect(checkSecurityCode('1234', 'unknown').complete).to.equal(true);
    expect(checkSecurityCode('12345', 'unknown').error).to.equal('invalid_security_code');
  });
});

describe('editSecurityCode', () => {
  const visa = (before: string, after: string, inputType = 'insertText') =>
    show(editSecurityCode(at(before), at(after), inputType, 'visa'));

  it('takes digits up to the brand\'s length', () => {
    expect(typeInto((b, a, t) => editSecurityCode(b, a, t, 'visa'), '12345')).to.equal('123|');
    expect(typeInto((b, a, t) => editSecurityCode(b, a, t, 'amex'), '12345')).to.equal('1234|');
    expect(typeInto((b, a, t) => editSecurityCode(b, a, t, 'unknown'), '12345')).to.equal('1234|');
  });

  it('drops non-digits without moving the caret', () => {
    expect(visa('1|2', '1x|2')).to.equal('1|2');
  });

  it('keeps the caret in place for edits in the middle', () => {
    expect(visa('1|3', '12|3')).to.equal('12|3');
    expect(visa('|23', '1|23')).to.equal('1|23');
    const before = at('12|3');
    expect(show(editSecurityCode(before, backspace(before), 'deleteContentBackward', 'visa'))).to.equal('1|3');
  });

  it('keeps the start of a long paste', () => {
    const before = at('|');
    expect(show(editSecurityCode(before, insert(before, ' 7 3 7 9 '), 'insertFromPaste', 'visa'))).to.equal('737|');
  });
});
