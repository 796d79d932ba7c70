import { expect } from '@open-wc/testing';
import { checkExpiry, editExpiry } from './expiry.js';
import { at, backspace, forwardDelete, insert, show, typeInto } from './testing.js';

// "Today" for every check: 15 June 2026, local time.
const now = new Date(2026, 5, 15);
const errorOf = (text: string) => checkExpiry(text, now).error;

describe('checkExpiry', () => {
  it('reports empty text as empty, without an error', () => {
    expect(checkExpiry('', now)).to.deep.equal({ empty: true, complete: false });
    expect(checkExpiry(' ', now)).to.deep.equal({ empty: true, complete: false });
  });

  it('reads every accepted way of writing a date as month and 4-digit year', () => {
    for (const text of ['03 / 30', '03/30', '3/30', '0330', '03 / 2030', '032030', '3/2030', '3 / 30']) {
      expect(checkExpiry(text, now), text).to.deep.equal({ empty: false, complete: true, month: 3, year: 2030 });
    }
  });

  it('is incomplete while the date is partly typed', () => {
    for (const text of ['1', '0', '12', '12/', '12 / ', '12/2', '12 / 202', '4', '1/']) {
      expect(errorOf(text), text).to.equal('incomplete_expiration_date');
    }
  });

  it('rejects a month outside 01-12', () => {
    for (const text of ['13/30', '13', '00', '00/30', '0/30', '/30', '123/30']) {
      expect(errorOf(text), text).to.equal('invalid_expiration_month');
    }
  });

  it('accepts the current month and rejects earlier months of this year', () => {
    expect(checkExpiry('06/26', now).complete).to.equal(true);
    expect(checkExpiry('05/26', now)).to.deep.equal({
      empty: false, complete: false, error: 'invalid_expiration_date', month: 5, year: 2026,
    });
  });

  it('rejects a year in the past', () => {
    expect(errorOf('12/25')).to.equal('invalid_expiration_year');
    expect(errorOf('12/2019')).to.equal('invalid_expiration_year');
  });

  it('takes a past 2-digit year that starts this century\'s years as the start of a 4-digit year, until the shopper leaves', () => {
    expect(errorOf('12/20')).to.equal('incomplete_expiration_date'); // maybe 12/2028 on its way
    expect(checkExpiry('01 / 20', now, true).error).to.equal('invalid_expiration_year');
    expect(checkExpiry('1', now, true).error).to.equal('incomplete_expiration_date'); // too short to judge
  });

  it('rejects a year more than 20 years ahead as an invalid date (the year is not in the past)', () => {
    expect(checkExpiry('12/46', now).complete).to.equal(true);
    expect(errorOf('01/47')).to.equal('invalid_expiration_date');
    expect(errorOf('01/2099')).to.equal('invalid_expiration_date');
    expect(errorOf('01/20301')).to.equal('invalid_expiration_date');
  });

  it('rejects text that is no date', () => {
    expect(errorOf('ab/cd')).to.equal('invalid_expiration_date');
    expect(errorOf('12/30/1')).to.equal('invalid_expiration_date');
  });
});

describe('editExpiry', () => {
  const type = (keys: string) => typeInto(editExpiry, keys);
  const paste = (marked: string, text: string) =>
    show(editExpiry(at(marked), insert(at(marked), text), 'insertFromPaste'));
  const back = (marked: string) => show(editExpiry(at(marked), backspace(at(marked)), 'deleteContentBackward'));

  it('adds the separator once the month is known', () => {
    expect(type('1')).to.equal('1|'); // 1 or 10-12: wait
    expect(type('12')).to.equal('12 / |');
    expect(type('1228')).to.equal('12 / 28|');
    expect(type('0')).to.equal('0|');
    expect(type('04')).to.equal('04 / |');
  });

  it('completes the month at once when no month starts with the first digit', () => {
    expect(type('4')).to.equal('04 / |');
    expect(type('428')).to.equal('04 / 28|');
  });

  it('takes a typed slash as the end of a one-digit month', () => {
    expect(type('1/')).to.equal('01 / |');
    expect(type('1/28')).to.equal('01 / 28|');
    expect(type('12/28')).to.equal('12 / 28|'); // the separator is already there
  });

  it('keeps a 4-digit year typed out', () => {
    expect(type('122028')).to.equal('12 / 2028|');
    expect(type('1220281')).to.equal('12 / 2028|');
  });

  it('stops at 2 year digits unless they start a 4-digit year', () => {
    expect(type('12281')).to.equal('12 / 28|');
    expect(type('4281')).to.equal('04 / 28|');
  });

  it('accepts every pasted form', () => {
    expect(paste('|', '12/28')).to.equal('12 / 28|');
    expect(paste('|', '1228')).to.equal('12 / 28|');
    expect(paste('|', '3/28')).to.equal('03 / 28|');
    expect(paste('|', '12 / 2028')).to.equal('12 / 2028|');
    expect(paste('|', '122028')).to.equal('12 / 2028|');
    expect(paste('|', '12/2028 and more')).to.equal('12 / 2028|');
  });

  it('takes autofill', () => {
    expect(show(editExpiry(at('|'), at('03/30|'), 'insertReplacementText'))).to.equal('03 / 30|');
  });

  it('drops letters and extra slashes without moving the caret', () => {
    expect(typeInto(editExpiry, 'a', at('12 / 2|'))).to.equal('12 / 2|');
    expect(typeInto(editExpiry, '/', at('12 / |'))).to.equal('12 / |');
    expect(typeInto(editExpiry, '/', at('0|'))).to.equal('0|');
  });

  it('deletes year digits, keeping the separator', () => {
    expect(back('12 / 28|')).to.equal('12 / 2|');
    expect(back('12 / 2|')).to.equal('12 / |');
  });

  it('backspace over the separator removes the month digit before it', () => {
    expect(back('12 / |')).to.equal('1|');
    expect(back('12 /| ')).to.equal('1|');
    expect(back('12 / |28')).to.equal('1|2 / 8');
    expect(back('04 / |')).to.equal('0|');
  });

  it('delete right before the separator removes the first year digit', () => {
    const before = at('12| / 28');
    expect(show(editExpiry(before, forwardDelete(before), 'deleteContentForward'))).to.equal('12| / 8');
  });

  it('lets the shopper empty the field', () => {
    let field = at('12 / 28|');
    for (let i = 0; i < 7; i++) field = editExpiry(field, backspace(field), 'deleteContentBackward');
    expect(show(field)).to.equal('|');
  });
});
