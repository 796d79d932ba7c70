import { expect } from '@open-wc/testing';
import { checkCardNumber, editCardNumber, formatCardNumber } from './card-number.js';
import { at, backspace, forwardDelete, insert, show, typeInto } from './testing.js';

const type = (marked: string, text: string) => show(editCardNumber(at(marked), insert(at(marked), text), 'insertText'));
const paste = (marked: string, text: string) =>
  show(editCardNumber(at(marked), insert(at(marked), text), 'insertFromPaste'));
const back = (marked: string) => show(editCardNumber(at(marked), backspace(at(marked)), 'deleteContentBackward'));
const del = (marked: string) => show(editCardNumber(at(marked), forwardDelete(at(marked)), 'deleteContentForward'));

describe('checkCardNumber', () => {
  it('reports empty text as empty, without an error', () => {
    expect(checkCardNumber('')).to.deep.equal({ brand: 'unknown', empty: true, complete: false });
    expect(checkCardNumber('  ')).to.deep.equal({ brand: 'unknown', empty: true, complete: false });
  });

  it('is incomplete below the brand\'s shortest length', () => {
    expect(checkCardNumber('4444 2222')).to.deep.equal({
      brand: 'visa', empty: false, complete: false, error: 'incomplete_card_number',
    });
    expect(checkCardNumber('3434 567890 1234').error).to.equal('incomplete_card_number');
  });

  it('is complete at a valid length with a good checksum, formatted or not', () => {
    expect(checkCardNumber('4444222233331111')).to.deep.equal({ brand: 'visa', empty: false, complete: true });
    expect(checkCardNumber('4444-2222-3333-1111').complete).to.equal(true);
  });

  it('waits for more digits when a bad checksum could still become a longer number', () => {
    expect(checkCardNumber('4444 2222 3333 1112').error).to.equal('incomplete_card_number'); // Visa goes to 19
    expect(checkCardNumber('4444 2222 3333 1112', true).error).to.equal('invalid_card_number'); // the shopper left it so
    expect(checkCardNumber('4444 2222 3333', true).error).to.equal('incomplete_card_number'); // too short to judge
  });

  it('is invalid when a bad checksum is at the brand\'s longest length', () => {
    expect(checkCardNumber('3434 567890 12342').error).to.equal('invalid_card_number'); // Amex: 15 only
    expect(checkCardNumber('5466 1600 0000 0009').error).to.equal('invalid_card_number');
  });

  it('is invalid past the brand\'s longest length', () => {
    expect(checkCardNumber('3434 567890 123410').error).to.equal('invalid_card_number');
    expect(checkCardNumber('4'.repeat(20)).error).to.equal('invalid_card_number');
  });

  it('is incomplete for an unknown brand until the longest length, then invalid', () => {
    expect(checkCardNumber('9'.repeat(16))).to.deep.equal({
      brand: 'unknown', empty: false, complete: false, error: 'incomplete_card_number',
    });
    expect(checkCardNumber('9'.repeat(19)).error).to.equal('invalid_card_number');
  });

  it('is invalid with characters no card number has', () => {
    expect(checkCardNumber('4444 2222 3333 111O').error).to.equal('invalid_card_number');
  });
});

describe('formatCardNumber', () => {
  it('groups by the brand\'s gaps without a trailing space', () => {
    expect(formatCardNumber('4444')).to.equal('4444');
    expect(formatCardNumber('44442')).to.equal('4444 2');
    expect(formatCardNumber('343456')).to.equal('3434 56');
    expect(formatCardNumber('4444222233331111222')).to.equal('4444 2222 3333 1111222'); // Visa's gaps: 4-4-4-rest
  });
});

describe('editCardNumber', () => {
  it('formats as the shopper types', () => {
    expect(typeInto(editCardNumber, '4444222233331111')).to.equal('4444 2222 3333 1111|');
    expect(typeInto(editCardNumber, '343456789012341')).to.equal('3434 567890 12341|');
  });

  it('keeps the caret after the same digit when typing in the middle', () => {
    expect(type('4444 |2222', '9')).to.equal('4444 9|222 2');
    expect(type('444|4 2222', '9')).to.equal('4449 |4222 2');
    expect(type('|4444', '3')).to.equal('3|444 4');
  });

  it('keeps the caret after the pasted digits when pasting in the middle', () => {
    expect(paste('4444 |3333 1111', '2222')).to.equal('4444 2222 |3333 1111');
  });

  it('cleans a pasted number', () => {
    expect(paste('|', '4444-2222 3333 1111')).to.equal('4444 2222 3333 1111|');
    expect(paste('|', ' 3434.567890.12341 ')).to.equal('3434 567890 12341|');
  });

  it('takes autofill and unknown input types the same way', () => {
    const filled = editCardNumber(at('|'), at('4444222233331111|'), 'insertReplacementText');
    expect(show(filled)).to.equal('4444 2222 3333 1111|');
    expect(show(editCardNumber(at('4444|'), at('44442|'), ''))).to.equal('4444 2|');
  });

  it('drops letters and emoji without moving the caret', () => {
    expect(type('4444 2|222', 'a')).to.equal('4444 2|222');
    expect(type('4444 2|222', '😀')).to.equal('4444 2|222');
    expect(paste('44|44', 'abc')).to.equal('44|44');
    expect(type('4444| 2222', 'x')).to.equal('4444| 2222'); // not pushed past the space either
  });

  it('stops at the brand\'s longest length', () => {
    expect(type('5466 1600 0000 0008|', '1')).to.equal('5466 1600 0000 0008|'); // MasterCard: 16
    expect(type('54|66 1600 0000 0008', '1')).to.equal('54|66 1600 0000 0008');
    expect(type('5466| 1600 0000 0008', '1')).to.equal('5466| 1600 0000 0008');
    expect(typeInto(editCardNumber, '9'.repeat(25))).to.equal('9999 9999 9999 9999999|'); // unknown: 19
  });

  it('keeps the start of a paste that is too long, and the digits after the caret', () => {
    expect(paste('|', '3434567890123419999')).to.equal('3434 567890 12341|');
    expect(paste('5466 1600 |0008', '00001234')).to.equal('5466 1600 0000 |0008');
  });

  it('truncates a huge paste without throwing', () => {
    const result = editCardNumber(at('|'), insert(at('|'), '4'.repeat(1_000_000)), 'insertFromPaste');
    expect(show(result)).to.equal('4444 4444 4444 4444444|');
  });

  it('deletes digits with backspace and delete, keeping the caret beside them', () => {
    expect(back('4444 2|222')).to.equal('4444 |222');
    expect(back('4444 2222 3|')).to.equal('4444 2222|');
    expect(del('4444 |2222')).to.equal('4444 |222');
  });

  it('backspace right after a gap deletes the digit before the space', () => {
    expect(back('4444 |2222')).to.equal('444|2 222');
  });

  it('delete right before a gap deletes the digit after the space', () => {
    expect(del('4444| 2222')).to.equal('4444| 222');
  });

  it('re-groups when the brand changes under an edit', () => {
    expect(type('|4345 6789 0123 41', '3')).to.equal('3|434 567890 12341'); // becomes Amex: 4-6-5
  });
});
