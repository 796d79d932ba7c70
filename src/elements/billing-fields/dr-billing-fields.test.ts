import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { frameUrl } from '../../../test/browser/secure-fields.fixtures.js';
import german from '../../page-texts/de.js';
import type { DrBillingFieldsElement } from './dr-billing-fields.component.js';
import './dr-billing-fields.js';

// <dr-billing-fields> on its own, in a storefront's form: what a shopper fills in and what an integrator reads.

async function mount(template = html`<form><dr-billing-fields></dr-billing-fields><button>Continue</button></form>`): Promise<DrBillingFieldsElement> {
  const form = await fixture<HTMLFormElement>(template);
  const element = form.querySelector('dr-billing-fields')!;
  await element.updateComplete;
  return element;
}

const input = (element: DrBillingFieldsElement, key: string) => element.querySelector<HTMLInputElement | HTMLSelectElement>(`#owner-${key}`)!;
const labelOf = (element: DrBillingFieldsElement, key: string) => element.querySelector(`label[for="owner-${key}"]`)?.textContent;

async function typeInto(element: DrBillingFieldsElement, key: string, text: string): Promise<void> {
  input(element, key).focus();
  await sendKeys({ type: text });
}

describe('<dr-billing-fields>', () => {
  it('is accessible, with and without the address', async () => {
    await expect(await mount()).to.be.accessible();
    await expect(await mount(html`<form><dr-billing-fields address country="US"></dr-billing-fields></form>`)).to.be.accessible();
  });

  it('labels each field, fills it from the browser’s autofill names, and marks none invalid at first', async () => {
    const element = await mount(html`<form><dr-billing-fields address></dr-billing-fields></form>`);
    expect(element.shadowRoot).to.equal(null);
    const expected = [
      ['firstName', 'First name', 'given-name'],
      ['lastName', 'Last name', 'family-name'],
      ['email', 'Email', 'email'],
      ['line1', 'Address', 'address-line1'],
      ['line2', 'Apartment, suite, etc. (optional)', 'address-line2'],
      ['city', 'City', 'address-level2'],
      ['state', 'State or province (optional)', 'address-level1'],
      ['postalCode', 'Postal code', 'postal-code'],
      ['country', 'Country', 'country'],
    ];
    expect([...element.querySelectorAll('input, select')].map((field) => field.id.replace('owner-', ''))).to.deep.equal(expected.map(([key]) => key));
    for (const [key, label, autocomplete] of expected) {
      expect(labelOf(element, key!), key).to.equal(label);
      expect(input(element, key!).getAttribute('autocomplete'), key).to.equal(autocomplete);
      expect(input(element, key!).getAttribute('aria-invalid'), key).to.equal('false');
    }
    expect(input(element, 'email').type).to.equal('email');
  });

  it('shows name and email only, unless asked for the address', async () => {
    const element = await mount();
    expect([...element.querySelectorAll('input, select')].map((field) => field.id)).to.deep.equal(['owner-firstName', 'owner-lastName', 'owner-email']);
    element.address = true;
    await element.updateComplete;
    expect(input(element, 'country')).to.be.instanceOf(HTMLSelectElement);
  });

  it('by keyboard: Tab goes through the fields in order and Enter submits the surrounding form', async () => {
    const element = await mount();
    const form = element.closest('form')!;
    form.addEventListener('submit', (event) => event.preventDefault());
    await typeInto(element, 'firstName', 'Ada');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Lovelace' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'ada@example.test' });
    const submitted = oneEvent(form, 'submit');
    await sendKeys({ press: 'Enter' });
    await submitted;
    expect(element.readOwner()).to.deep.equal({ owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' } });
  });

  it('names the first missing field, marks it invalid and puts the shopper there', async () => {
    const element = await mount();
    expect(element.readOwner()).to.deep.equal({ invalid: 'firstName', message: 'Enter your first name.' });
    await element.updateComplete;
    expect(input(element, 'firstName').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(input(element, 'firstName'));
    await sendKeys({ type: 'Ada' });
    await typeInto(element, 'lastName', 'Lovelace');
    await typeInto(element, 'email', 'ada@example');
    expect(element.readOwner()).to.deep.equal({ invalid: 'email', message: 'Enter a valid email address.' });
    await element.updateComplete;
    expect(input(element, 'firstName').getAttribute('aria-invalid')).to.equal('false');
    expect(input(element, 'email').getAttribute('aria-invalid')).to.equal('true');
    expect(document.activeElement).to.equal(input(element, 'email'));
    await sendKeys({ type: '.test' });
    expect(element.readOwner()).to.deep.equal({ owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test' } });
    await element.updateComplete;
    expect(element.querySelectorAll('[aria-invalid="true"]')).to.have.length(0);
  });

  it("reads the address as DigitalRiver.js owner.address, optional lines left out, the country as its code", async () => {
    const element = await mount(html`<form><dr-billing-fields address country="gb"></dr-billing-fields></form>`);
    const country = input(element, 'country') as HTMLSelectElement;
    expect(country.value).to.equal('GB');
    expect(country.selectedOptions[0]!.textContent).to.equal('United Kingdom');
    // Every country, named in the page's language, sorted by name; no continents or old codes.
    const codes = [...country.options].map((option) => option.value);
    expect(codes).to.include.members(['US', 'DE', 'JP', 'BR', 'ZA']);
    expect(codes).not.to.include.members(['EU', 'UN', 'ZZ', 'UK', 'BU']);
    const names = [...country.options].slice(1).map((option) => option.textContent!);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b, 'en')));
    await typeInto(element, 'firstName', 'Ada');
    await typeInto(element, 'lastName', 'Lovelace');
    await typeInto(element, 'email', 'ada@example.test');
    expect(element.readOwner()).to.deep.equal({ invalid: 'line1', message: 'Enter your address.' });
    await sendKeys({ type: '12 St James’s Square' });
    expect(element.readOwner()).to.deep.equal({ invalid: 'city', message: 'Enter your city.' });
    await sendKeys({ type: 'London' });
    expect(element.readOwner()).to.deep.equal({ invalid: 'postalCode', message: 'Enter your postal code.' });
    await sendKeys({ type: 'SW1Y 4LB' });
    expect(element.readOwner()).to.deep.equal({
      owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', address: { line1: '12 St James’s Square', city: 'London', postalCode: 'SW1Y 4LB', country: 'GB' } },
    });
    country.value = '';
    expect(element.readOwner()).to.deep.equal({ invalid: 'country', message: 'Choose your country.' });
    expect(document.activeElement).to.equal(country);
  });

  it("speaks the host's language when given its texts, and names the countries in it", async () => {
    const element = await mount(html`<form><dr-billing-fields .texts=${german.checkout} locale="de" address country="DE"></dr-billing-fields></form>`);
    expect(labelOf(element, 'firstName')).to.equal('Vorname');
    expect(labelOf(element, 'postalCode')).to.equal('Postleitzahl');
    expect((input(element, 'country') as HTMLSelectElement).selectedOptions[0]!.textContent).to.equal('Deutschland');
    expect(element.readOwner()).to.deep.equal({ invalid: 'firstName', message: 'Geben Sie Ihren Vornamen ein.' });
  });

  it('loads the texts of its locale from the frames’ deployment when no host gives them', async () => {
    const element = await mount(html`<form><dr-billing-fields locale="fr" frame-url=${frameUrl()}></dr-billing-fields></form>`);
    await waitUntil(() => labelOf(element, 'firstName') === 'Prénom', 'the French texts did not load');
    expect(labelOf(element, 'email')).to.not.equal('Email');
  });
});
