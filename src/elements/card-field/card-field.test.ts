import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defineElements } from '../define.js';
import type { FieldChangeDetail } from '../events.js';
import type { DrCardFieldElement } from './card-field.component.js';

defineElements();

let groupCounter = 0;
const freshGroup = () => `test-group-${++groupCounter}`;
const inputOf = (el: DrCardFieldElement) => el.shadowRoot!.querySelector('input')!;
const errorOf = (el: DrCardFieldElement) => el.shadowRoot!.querySelector('[part="error"]')!;

/** Collects every dr-change detail the element sends. */
function recordChanges(el: EventTarget): FieldChangeDetail[] {
  const changes: FieldChangeDetail[] = [];
  el.addEventListener('dr-change', (e) => changes.push((e as CustomEvent<FieldChangeDetail>).detail));
  return changes;
}

describe('dr-card-number', () => {
  it('passes an accessibility audit, empty and with an error shown', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    await expect(el).to.be.accessible();
    el.focus();
    await sendKeys({ type: '5466160000000009' });
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('renders an input with card-number autofill, a numeric keyboard, a name and a localized placeholder', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    const input = inputOf(el);
    expect(input.getAttribute('autocomplete')).to.equal('cc-number');
    expect(input.getAttribute('inputmode')).to.equal('numeric');
    expect(input.getAttribute('aria-label')).to.equal('Card number');
    expect(input.placeholder).to.equal('Card number');
    expect(input.getAttribute('aria-invalid')).to.equal('false');

    const german = await fixture<DrCardFieldElement>(html`<dr-card-number locale="de-DE" group=${freshGroup()}></dr-card-number>`);
    expect(inputOf(german).placeholder).to.equal('Kartennummer');
    const custom = await fixture<DrCardFieldElement>(html`<dr-card-number placeholder-text="1234 …" group=${freshGroup()}></dr-card-number>`);
    expect(inputOf(custom).placeholder).to.equal('1234 …');
  });

  it('takes its accessible name from a label pointing at its id', async () => {
    const wrapper = await fixture(html`<div><label for="pan">Kreditkarte</label><dr-card-number id="pan" group=${freshGroup()}></dr-card-number></div>`);
    const el = wrapper.querySelector('dr-card-number')!;
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-label')).to.equal('Kreditkarte');
    wrapper.querySelector('label')!.click();
    expect(el.shadowRoot!.activeElement).to.equal(inputOf(el));
  });

  it('formats typed digits with the brand gaps and shows the brand icon', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    await sendKeys({ type: '34345678901234' });
    await sendKeys({ type: '1' });
    await el.updateComplete;
    expect(inputOf(el).value).to.equal('3434 567890 12341');
    expect(el.shadowRoot!.querySelector('[part="brand-icon"]')!.getAttribute('data-brand')).to.equal('amex');
  });

  it('drops letters and keeps the caret when typing in the middle', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    await sendKeys({ type: '4444ab2222' });
    expect(inputOf(el).value).to.equal('4444 2222');
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ type: '9' });
    expect(inputOf(el).value).to.equal('4444 9222 2');
    expect(inputOf(el).selectionStart).to.equal(6);
  });

  it('deletes the digit before a gap on Backspace', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    await sendKeys({ type: '44442' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Backspace' });
    expect(inputOf(el).value).to.equal('4442');
  });

  it('formats a pasted number with dashes and spaces', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    document.execCommand('insertText', false, '4444-2222 3333 1111');
    await el.updateComplete;
    expect(inputOf(el).value).to.equal('4444 2222 3333 1111');
    expect(el.state.complete).to.equal(true);
  });

  it('survives a huge paste without losing focus or throwing', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    document.execCommand('insertText', false, '4'.repeat(100_000));
    await el.updateComplete;
    expect(inputOf(el).value.replace(/\D/g, '').length).to.equal(19);
  });

  it('sends change events with brand, complete, empty and DR.js error codes, never the value', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    const changes = recordChanges(el);
    el.focus();
    await sendKeys({ type: '4' });
    expect(changes.at(-1)).to.deep.equal({ elementType: 'cardnumber', brand: 'visa', complete: false, empty: false });
    await sendKeys({ type: '444222233331111' });
    expect(changes.at(-1)).to.deep.include({ complete: true, brand: 'visa' });
    el.clear();
    // A Mastercard number has one length only, so a wrong check digit is invalid at once.
    await sendKeys({ type: '5466160000000009' });
    expect(changes.at(-1)!.error).to.deep.equal({ type: 'validation_error', code: 'invalid_card_number', message: 'Your card number is invalid.' });
    expect(JSON.stringify(changes)).not.to.contain('4444');
  });

  it('reports an incomplete number only after the shopper leaves the field, with aria-invalid and an announced message', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    await sendKeys({ type: '4444' });
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-invalid')).to.equal('false');
    const changed = oneEvent(el, 'dr-change');
    el.blur();
    expect((await changed).detail.error?.code).to.equal('incomplete_card_number');
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(el).getAttribute('aria-live')).to.equal('polite');
    expect(errorOf(el).textContent).to.equal('Your card number is incomplete.');
  });

  it('sends ready, focus, blur and return events that bubble out of shadow roots', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const seen: string[] = [];
    for (const name of ['dr-ready', 'dr-focus', 'dr-blur', 'dr-return'] as const) host.addEventListener(name, () => seen.push(name));
    const el = document.createElement('dr-card-number');
    el.group = freshGroup();
    root.append(el);
    await el.updateComplete;
    el.focus();
    await sendKeys({ press: 'Enter' });
    el.blur();
    expect(seen).to.deep.equal(['dr-ready', 'dr-focus', 'dr-return', 'dr-blur']);
    host.remove();
  });

  it('applies the DR.js classes to its class target and the style object inside the field', async () => {
    const container = await fixture<HTMLDivElement>(html`<div id="box"></div>`);
    const el = document.createElement('dr-card-number');
    el.group = freshGroup();
    el.classTarget = container;
    el.classes = { complete: 'is-done' };
    el.fieldStyle = { base: { color: 'rgb(1, 2, 3)', backgroundImage: 'url(x)' }, invalid: { color: 'rgb(200, 0, 0)' } };
    container.append(el);
    await el.updateComplete;
    expect([...container.classList]).to.include.members(['DRElement', 'DRElement--empty']);
    expect(getComputedStyle(inputOf(el)).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(inputOf(el)).backgroundImage).to.equal('none');
    el.focus();
    await el.updateComplete;
    expect(container.classList.contains('DRElement--focus')).to.equal(true);
    await sendKeys({ type: '4444222233331111' });
    await el.updateComplete;
    expect(container.classList.contains('is-done')).to.equal(true);
    expect(container.classList.contains('DRElement--empty')).to.equal(false);
    el.clear();
    await sendKeys({ type: '5466160000000009' });
    await el.updateComplete;
    expect(container.classList.contains('DRElement--invalid')).to.equal(true);
    expect(getComputedStyle(inputOf(el)).color).to.equal('rgb(200, 0, 0)');
  });

  it('never writes the number into an attribute', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-number group=${freshGroup()}></dr-card-number>`);
    el.focus();
    await sendKeys({ type: '4444222233331111' });
    await el.updateComplete;
    const attributes = [el, ...el.shadowRoot!.querySelectorAll('*')].flatMap((node) => [...node.attributes].map((a) => a.value));
    expect(attributes.join(' ').replace(/\s/g, '')).not.to.contain('4444222233331111');
  });
});

describe('dr-card-expiration', () => {
  it('passes an accessibility audit and uses cc-exp autofill', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-expiration group=${freshGroup()}></dr-card-expiration>`);
    await expect(el).to.be.accessible();
    expect(inputOf(el).getAttribute('autocomplete')).to.equal('cc-exp');
    expect(inputOf(el).placeholder).to.equal('MM / YY');
  });

  it('inserts the slash and reports invalid months and past dates', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-expiration group=${freshGroup()}></dr-card-expiration>`);
    const changes = recordChanges(el);
    el.focus();
    await sendKeys({ type: '12' });
    expect(inputOf(el).value).to.match(/^12 \/ ?$/);
    await sendKeys({ type: '34' });
    expect(inputOf(el).value).to.equal('12 / 34');
    expect(changes.at(-1)).to.deep.include({ complete: true });
    el.clear();
    await sendKeys({ type: '13' });
    expect(changes.at(-1)!.error?.code).to.equal('invalid_expiration_month');
    el.clear();
    await sendKeys({ type: '0119' });
    expect(changes.at(-1)!.error?.code).to.equal('invalid_expiration_year');
  });
});

describe('dr-card-cvv', () => {
  it('passes an accessibility audit and uses cc-csc autofill', async () => {
    const el = await fixture<DrCardFieldElement>(html`<dr-card-cvv group=${freshGroup()}></dr-card-cvv>`);
    await expect(el).to.be.accessible();
    expect(inputOf(el).getAttribute('autocomplete')).to.equal('cc-csc');
  });

  it('follows the brand typed in the number field of its group', async () => {
    const group = freshGroup();
    const form = await fixture(html`<div><dr-card-number group=${group}></dr-card-number><dr-card-cvv group=${group}></dr-card-cvv></div>`);
    const [number, cvv] = [form.querySelector('dr-card-number')!, form.querySelector('dr-card-cvv')!];
    await Promise.all([number.updateComplete, cvv.updateComplete]);
    cvv.focus();
    await sendKeys({ type: '12345' });
    expect(inputOf(cvv).value).to.equal('1234');
    number.focus();
    await sendKeys({ type: '4444222233331111' });
    await cvv.updateComplete;
    expect(cvv.state.error?.code).to.equal('invalid_security_code');
    number.clear();
    number.focus();
    await sendKeys({ type: '343456789012341' });
    await cvv.updateComplete;
    expect(cvv.state).to.deep.include({ complete: true, brand: 'amex' });
  });
});
