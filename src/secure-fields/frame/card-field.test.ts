import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CardBrand } from '../../card/index.js';
import { CardField, type FieldState } from './card-field.js';
import type { FieldKind } from '../shared/field-kind.js';
import { english } from './texts/index.js';

// CardField is what runs inside each field frame: here it drives a plain input in the test page, so the typed text,
// the caret and the published states can all be read.
interface Harness {
  input: HTMLInputElement;
  field: CardField;
  states: FieldState[];
  setBrand(brand: CardBrand): void;
}

async function harness(kind: FieldKind, now = new Date(2026, 10, 23), mask = false): Promise<Harness> {
  const input = await fixture<HTMLInputElement>(html`<input aria-label="field" />`);
  let brand: CardBrand = 'unknown';
  const states: FieldState[] = [];
  const field: CardField = new CardField(kind, {
    now: () => now,
    messages: () => english,
    brand: () => brand,
    mask: () => mask,
    changed: () => states.push(field.state),
  });
  field.attach(input);
  input.focus();
  return { input, field, states, setBrand: (next) => ((brand = next), field.recheck()) };
}

describe('CardField (the field frame) — card number', () => {
  it('formats typed digits with the brand gaps', async () => {
    const { input, states } = await harness('cardnumber');
    await sendKeys({ type: '343456789012341' });
    expect(input.value).to.equal('3434 567890 12341');
    expect(states.at(-1)).to.deep.include({ brand: 'amex', complete: true, empty: false });
  });

  it('drops letters and keeps the caret when typing in the middle', async () => {
    const { input } = await harness('cardnumber');
    await sendKeys({ type: '4444ab2222' });
    expect(input.value).to.equal('4444 2222');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: '9' });
    expect(input.value).to.equal('4444 9222 2');
    expect(input.selectionStart).to.equal(6);
  });

  it('deletes the digit before a gap on Backspace', async () => {
    const { input } = await harness('cardnumber');
    await sendKeys({ type: '44442' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('4442');
  });

  it('removes the digit after a gap on Delete, and keeps the caret', async () => {
    const { input } = await harness('cardnumber');
    await sendKeys({ type: '44442' });
    for (let i = 0; i < 2; i++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Delete' });
    expect(input.value).to.equal('4444');
    expect(input.selectionStart).to.equal(4);
  });

  it('replaces a selection with what is typed, and Backspace deletes a selection', async () => {
    const { input } = await harness('cardnumber');
    await sendKeys({ type: '4444222233331111' });
    input.setSelectionRange(5, 9);
    await sendKeys({ type: '9' });
    expect(input.value).to.equal('4444 9333 3111 1');
    expect(input.selectionStart).to.equal(6);
    input.setSelectionRange(0, input.value.length);
    await sendKeys({ press: 'Backspace' });
    expect(input.value).to.equal('');
  });

  it('formats a pasted number with dashes and spaces, and survives a huge paste', async () => {
    const { input, field } = await harness('cardnumber');
    document.execCommand('insertText', false, '4444-2222 3333 1111');
    expect(input.value).to.equal('4444 2222 3333 1111');
    expect(field.state.complete).to.equal(true);
    field.clear();
    document.execCommand('insertText', false, '4'.repeat(100_000));
    expect(input.value.replace(/\D/g, '').length).to.equal(19);
  });

  it('reports invalid numbers at once and incomplete ones only after the shopper leaves', async () => {
    const { input, field } = await harness('cardnumber');
    await sendKeys({ type: '5466160000000009' });
    expect(field.state.error).to.deep.equal({ type: 'validation_error', code: 'invalid_card_number', message: 'Your card number is invalid.' });
    field.clear();
    await sendKeys({ type: '4444' });
    expect(field.state.error).to.equal(undefined);
    input.blur();
    expect(field.state.error?.code).to.equal('incomplete_card_number');
  });

  it('judges a number that could still grow as it stands once the shopper leaves: a 16-digit Visa failing Luhn is invalid', async () => {
    const { input, field } = await harness('cardnumber');
    await sendKeys({ type: '4444222233331112' });
    expect(field.state.error).to.equal(undefined); // 19 digits may follow while the shopper types
    input.blur();
    expect(field.state.error).to.deep.equal({ type: 'validation_error', code: 'invalid_card_number', message: 'Your card number is invalid.' });
    input.focus();
    expect(field.state.error).to.equal(undefined);
  });

  it('with mask, shows only the last four digits of a complete number once left, and the number again on focus', async () => {
    const { input, field } = await harness('cardnumber', undefined, true);
    await sendKeys({ type: '4444222233331111' });
    input.blur();
    expect(input.value).to.equal('•••• •••• •••• 1111');
    expect(field.readRaw()).to.equal('4444 2222 3333 1111');
    expect(field.state).to.deep.include({ complete: true, brand: 'visa', error: undefined });
    input.focus();
    expect(input.value).to.equal('4444 2222 3333 1111');
    // An incomplete number is not masked: the shopper has to see what is missing.
    field.clear();
    await sendKeys({ type: '4444' });
    input.blur();
    expect(input.value).to.equal('4444');
  });

  it('shows every error when a submit asks, an empty field included', async () => {
    const { field } = await harness('cardnumber');
    expect(field.validateForSubmit()?.code).to.equal('incomplete_card_number');
  });

  it('marks autofilled input (an input event without a typed keystroke)', async () => {
    const { input, field } = await harness('cardnumber');
    input.value = '4444222233331111';
    input.dispatchEvent(new Event('input'));
    expect(field.state).to.deep.include({ autofilled: true, complete: true });
    expect(input.value).to.equal('4444 2222 3333 1111');
  });
});

describe('CardField (the field frame) — expiration and security code', () => {
  it('takes `01 / 20` for the start of a later year while the shopper types, and for a past year once they leave', async () => {
    const { input, field } = await harness('cardexpiration');
    await sendKeys({ type: '0120' });
    expect(input.value).to.equal('01 / 20');
    expect(field.state.error).to.equal(undefined);
    input.blur();
    expect(field.state.error).to.deep.equal({ type: 'validation_error', code: 'invalid_expiration_year', message: "Your card's expiration year is in the past." });
  });

  it('inserts the slash and reports invalid months, past dates and far years', async () => {
    const { input, field } = await harness('cardexpiration');
    await sendKeys({ type: '12' });
    expect(input.value).to.match(/^12 \/ ?$/);
    await sendKeys({ type: '34' });
    expect(input.value).to.equal('12 / 34');
    expect(field.state.complete).to.equal(true);
    for (const [typed, code] of [
      ['13', 'invalid_expiration_month'],
      ['0126', 'invalid_expiration_date'],
      ['0119', 'invalid_expiration_year'],
      ['122099', 'invalid_expiration_date'],
    ] as const) {
      field.clear();
      await sendKeys({ type: typed });
      expect(field.state.error?.code, typed).to.equal(code);
    }
  });

  it('follows the brand of the number for the security code length', async () => {
    const { input, field, setBrand } = await harness('cardcvv');
    await sendKeys({ type: '12345' });
    expect(input.value).to.equal('1234');
    setBrand('visa');
    expect(field.state.error?.code).to.equal('invalid_security_code');
    setBrand('amex');
    expect(field.state).to.deep.include({ complete: true, brand: 'amex' });
  });
});
