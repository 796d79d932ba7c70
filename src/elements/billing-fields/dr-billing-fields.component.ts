import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Address, Owner } from '../../api/source.js';
import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import type { CheckoutTexts } from '../../page-texts/index.js';
import { localeOf } from '../../secure-fields/shared/locale.js';
import { loadCheckoutTexts } from '../checkout/checkout-texts.js';

/** A field of the billing form: the owner's name and email, and with `address` the owner's address. */
export type BillingField = 'firstName' | 'lastName' | 'email' | keyof Address;

type TextKey = keyof CheckoutTexts;

/** The form as data: each field's label, input type, autofill token, and what the shopper reads when it is missing. */
const NAME_FIELDS: { key: BillingField; label: TextKey; type: string; autocomplete: string; missing?: TextKey }[] = [
  { key: 'firstName', label: 'firstName', type: 'text', autocomplete: 'given-name', missing: 'missingFirstName' },
  { key: 'lastName', label: 'lastName', type: 'text', autocomplete: 'family-name', missing: 'missingLastName' },
  { key: 'email', label: 'email', type: 'email', autocomplete: 'email', missing: 'missingEmail' },
];
const ADDRESS_FIELDS: typeof NAME_FIELDS = [
  { key: 'line1', label: 'addressLine1', type: 'text', autocomplete: 'address-line1', missing: 'missingAddress' },
  { key: 'line2', label: 'addressLine2', type: 'text', autocomplete: 'address-line2' },
  { key: 'city', label: 'city', type: 'text', autocomplete: 'address-level2', missing: 'missingCity' },
  { key: 'state', label: 'state', type: 'text', autocomplete: 'address-level1' },
  { key: 'postalCode', label: 'postalCode', type: 'text', autocomplete: 'postal-code', missing: 'missingPostalCode' },
  { key: 'country', label: 'country', type: 'select', autocomplete: 'country', missing: 'missingCountry' },
];

const ADDRESS_KEYS = new Set<BillingField>(ADDRESS_FIELDS.map(({ key }) => key));
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// Two-letter codes that name no country a card is billed in: continents, unions, pseudo-regions.
const NOT_COUNTRIES = /^(AC|CP|DG|EA|EU|EZ|IC|QO|TA|UN|XA|XB|ZZ)$/;
const countryLists = new Map<string, [string, string][]>();

/**
 * Every country's ISO 3166 code with its name in `language`, sorted by name: the browser's own list (Intl.DisplayNames),
 * so no table of names ships; codes that are another code's old name are left out.
 */
function countries(language: string): [string, string][] {
  const known = countryLists.get(language);
  if (known) return known;
  const names = new Intl.DisplayNames([language], { type: 'region', fallback: 'none' });
  const list: [string, string][] = [];
  for (let first = 65; first < 91; first++) {
    for (let second = 65; second < 91; second++) {
      const code = String.fromCharCode(first, second);
      const name = NOT_COUNTRIES.test(code) || new Intl.Locale(`und-${code}`).region !== code ? undefined : names.of(code);
      if (name) list.push([code, name]);
    }
  }
  countryLists.set(language, list.sort((a, b) => a[1].localeCompare(b[1], language)));
  return list;
}

/**
 * The billing details a card source's `owner` needs: first name, last name and email, and with `address` the
 * billing address (line 1 and 2, city, state, postal code, country). Each field is labelled and autofilled; the one
 * {@link readOwner} found missing is marked `aria-invalid` and focused.
 *
 * It renders into its host's tree, with no shadow root of its own, so its inputs belong to the surrounding form
 * (Enter submits it; the browser's autofill sees one form) and the host's styles reach it: a shadow root that holds it
 * includes `billingFieldsStyles`. Its inputs' ids (`owner-firstName`, `owner-line1`, …) are the host's: one per form.
 *
 * @customElement dr-billing-fields
 * @summary Billing details: name, email and, optionally, address, as DigitalRiver.js `owner`.
 * @csspart billing-fields - The fields' container.
 */
export class DrBillingFieldsElement extends LitElement {
  @state() private invalid?: BillingField;
  /** The texts in `locale`'s language, when no host gives them. */
  @state() private loadedTexts?: CheckoutTexts;

  /** The host's texts (`<dr-checkout>`'s, Drop-in's); without them the element loads `locale`'s. */
  @property({ attribute: false }) texts?: CheckoutTexts;
  @property() locale?: string;
  /** Where the texts of `locale` load from: the card fields' frame URL. */
  @property({ attribute: 'frame-url' }) frameUrl?: string;
  /** Also asks for the billing address. */
  @property({ type: Boolean }) address = false;
  /** The country chosen first (ISO 3166 code, `US`); the shopper can choose another. */
  @property() country?: string;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('locale') || changed.has('frameUrl')) && !this.texts) {
      const asked = this.locale;
      void loadCheckoutTexts(asked, this.frameUrl).then((texts) => asked === this.locale && (this.loadedTexts = texts));
    }
  }

  private get t(): CheckoutTexts {
    return this.texts ?? this.loadedTexts ?? checkoutEnglish;
  }

  /**
   * The owner as typed, trimmed; or the first field missing (or an email that is not one), with what the shopper
   * reads about it: that field is then marked invalid and focused.
   */
  readOwner(): { owner: Owner } | { invalid: BillingField; message: string } {
    const owner = {} as Owner & { address?: Address };
    const address: Address = {};
    for (const { key, missing } of this.address ? [...NAME_FIELDS, ...ADDRESS_FIELDS] : NAME_FIELDS) {
      const input = this.querySelector<HTMLInputElement | HTMLSelectElement>(`#owner-${key}`)!;
      const value = input.value.trim();
      if (missing && (!value || (key === 'email' && !EMAIL.test(value)))) {
        this.invalid = key;
        input.focus();
        return { invalid: key, message: this.t[missing] };
      }
      if (!value) continue;
      if (ADDRESS_KEYS.has(key)) address[key as keyof Address] = value;
      else owner[key as 'firstName'] = value;
    }
    this.invalid = undefined;
    return { owner: this.address ? { ...owner, address } : owner };
  }

  protected override render(): TemplateResult {
    return html`<div class="owner fields" part="billing-fields">
      ${NAME_FIELDS.map((field) => this.renderField(field))}${this.address ? ADDRESS_FIELDS.map((field) => this.renderField(field)) : nothing}
    </div>`;
  }

  private renderField({ key, label, type, autocomplete }: (typeof NAME_FIELDS)[number]) {
    const invalid = this.invalid === key ? 'true' : 'false';
    const language = localeOf(this.locale);
    return html`<div class="field">
      <label for="owner-${key}">${this.t[label]}</label>
      ${type === 'select'
        ? html`<select id="owner-${key}" name=${key} autocomplete=${autocomplete} aria-invalid=${invalid}>
            <option value="" ?selected=${!this.country}></option>
            ${countries(language).map(([code, name]) => html`<option value=${code} ?selected=${code === this.country?.toUpperCase()}>${name}</option>`)}
          </select>`
        : html`<input id="owner-${key}" name=${key} type=${type} autocomplete=${autocomplete} aria-invalid=${invalid} />`}
    </div>`;
  }
}
