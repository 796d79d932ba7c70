import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';
import { cardName, expiryDate } from '../../checkout/card-name.js';
import type { SavedSourceChange, SavedSourcesResult } from '../../checkout/checkout-session.js';
import type { CardElement } from '../../core/digital-river.js';
import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import { fill, type CheckoutTexts } from '../../page-texts/index.js';
import type { DrCardCvv, DrCardExpiration } from '../card-field/card-fields.js';
import { loadCheckoutTexts } from '../checkout/checkout-texts.js';
import { emit } from '../events.js';
import type { SavedCardChange } from './saved-cards-events.js';

/** What `<dr-saved-cards>` asks of the checkout: a `CheckoutSession` (`dr.checkout({…, customerId})`) is one. */
export interface SavedCardsService {
  listSavedSources(): Promise<SavedSourcesResult>;
  setDefaultSource(sourceId: string): Promise<SavedSourceChange>;
  removeSavedSource(sourceId: string): Promise<SavedSourceChange>;
  updateSavedSourceExpiry(source: Source, expirationElement: CardElement): Promise<{ source: Source } | { error: DrError }>;
}

let instances = 0;

/**
 * A signed-in customer's saved cards: the shopper picks one, pays with it after typing its security code in a secure
 * field, makes it the default, removes it, or gives it a new expiration date in a lone secure field. Shows nothing
 * while the customer has no saved card. The host pays: with {@link chosen} and {@link securityCodeField}
 * (`session.useSavedSource(chosen, securityCodeField)`).
 *
 * It renders into its host's tree, with no shadow root of its own, so its card fields, labels and buttons belong to
 * the host's form (Enter submits it, `label for` names the fields) and the host's styles reach it: a shadow root that
 * holds it includes `savedCardsStyles`. Its fields' ids (`saved-cvv`, `saved-expiry`) are the host's: one per form.
 *
 * @customElement dr-saved-cards
 * @summary Saved cards: choose one, its security code, default, remove, new expiration date.
 * @csspart saved-cards - The fieldset of saved cards (a part of the shadow root that holds the element).
 * @csspart saved-card - One card's choice: a radio and the card's name, expiry and "(default)".
 * @fires dr-saved-cards-load - Detail `{sources, defaultSourceId}`: the list was (re)loaded.
 * @fires dr-saved-card-choose - Detail `{source}`: pay with this saved card, or with a new card (`null`).
 * @fires dr-saved-card-change - Detail `{change, source, message}`: `'default'`, `'remove'` or `'expiration'` done.
 * @fires dr-saved-card-error - Detail `{error}`: a change failed.
 */
export class DrSavedCardsElement extends LitElement {
  @state() private sources: Source[] = [];
  @state() private defaultSourceId?: string;
  @state() private selectedId?: string;
  @state() private usingId?: string;
  /** The card whose expiration date the shopper is changing. */
  @state() private updatingExpiryId?: string;
  /** A change of this element is running. */
  @state() private working = false;
  /** The texts in `locale`'s language, when no host gives them. */
  @state() private loadedTexts?: CheckoutTexts;

  /** The checkout that lists and changes the cards; a new one reloads the list. */
  @property({ attribute: false }) service?: SavedCardsService;
  /** The host's texts (`<dr-checkout>`'s, Drop-in's); without them the element loads `locale`'s. */
  @property({ attribute: false }) texts?: CheckoutTexts;
  /** The card fields' frame URL, as the `dr-card-*` elements take it. */
  @property({ attribute: 'frame-url' }) frameUrl?: string;
  @property() locale?: string;
  /** The card-field group of the security-code and expiration fields: apart from the new card's. */
  @property() group = `dr-saved-cards-${++instances}`;
  /** The host is working (paying): the changes wait. */
  @property({ type: Boolean }) busy = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('service')) {
      this.sources = [];
      void this.reload();
    }
    if ((changed.has('locale') || changed.has('frameUrl')) && !this.texts) {
      const asked = this.locale;
      void loadCheckoutTexts(asked, this.frameUrl).then((texts) => asked === this.locale && (this.loadedTexts = texts));
    }
  }

  private get t(): CheckoutTexts {
    return this.texts ?? this.loadedTexts ?? checkoutEnglish;
  }

  private find(id: string | undefined): Source | undefined {
    return id === undefined ? undefined : this.sources.find((s) => s.id === id);
  }

  private async handleUse(): Promise<void> {
    this.usingId = this.selectedId;
    await this.updateComplete;
    this.securityCodeField?.focus();
    emit(this, 'dr-saved-card-choose', { source: this.chosen ?? null });
  }

  private readonly handleUseNewCard = async (): Promise<void> => {
    this.usingId = undefined;
    await this.updateComplete;
    emit(this, 'dr-saved-card-choose', { source: null });
  };

  private async handleEditExpiry(): Promise<void> {
    this.updatingExpiryId = this.selectedId;
    await this.updateComplete;
    this.querySelector<DrCardExpiration>('#saved-expiry')?.focus();
  }

  /** Makes the chosen card the default, removes it, or sends the new expiration date from its field (updateSource). */
  private async change(change: SavedCardChange): Promise<void> {
    const source = this.find(change === 'expiration' ? this.updatingExpiryId : this.selectedId);
    const field = this.querySelector<DrCardExpiration>('#saved-expiry');
    const service = this.service;
    if (!source || !service || this.busy || this.working || (change === 'expiration' && !field)) return;
    this.working = true;
    const result =
      change === 'default'
        ? await service.setDefaultSource(source.id)
        : change === 'remove'
          ? await service.removeSavedSource(source.id)
          : await service.updateSavedSourceExpiry(source, field!);
    this.working = false;
    if ('error' in result) {
      emit(this, 'dr-saved-card-error', { error: result.error });
      return;
    }
    const changed = 'source' in result ? result.source : source;
    if (change === 'expiration') this.updatingExpiryId = undefined;
    const text = change === 'default' ? this.t.nowDefault : change === 'remove' ? this.t.removed : this.t.nowExpires;
    emit(this, 'dr-saved-card-change', { change, source: changed, message: fill(text, { card: cardName(changed, this.t), date: expiryDate(changed) }) });
    await this.reload();
  }

  /** Lists the customer's saved cards again (after a card was saved, for example). */
  async reload(): Promise<void> {
    const service = this.service;
    const result = await service?.listSavedSources();
    if (!result || 'error' in result || service !== this.service) return;
    const has = (id?: string) => result.sources.some((s) => s.id === id);
    this.sources = result.sources;
    this.defaultSourceId = result.defaultSourceId;
    if (!has(this.selectedId)) this.selectedId = undefined;
    if (!has(this.usingId)) this.usingId = undefined;
    if (!has(this.updatingExpiryId)) this.updatingExpiryId = undefined;
    await this.updateComplete;
    emit(this, 'dr-saved-cards-load', { sources: result.sources, ...(result.defaultSourceId ? { defaultSourceId: result.defaultSourceId } : {}) });
  }

  /** The saved card the shopper chose to pay with ("Use this card"), if any. */
  get chosen(): Source | undefined {
    return this.find(this.usingId);
  }

  /** The security-code field of the {@link chosen} card. */
  get securityCodeField(): DrCardCvv | null {
    return this.querySelector<DrCardCvv>('#saved-cvv');
  }

  protected override render(): TemplateResult | typeof nothing {
    if (this.sources.length === 0) return nothing;
    const t = this.t;
    const using = this.chosen;
    const idle = this.selectedId === undefined || this.busy || this.working;
    return html`<fieldset part="saved-cards">
      <legend>${t.savedCards}</legend>
      ${this.sources.map(
        (source) => html`<label class="saved-card" part="saved-card">
          <input type="radio" name="saved-card" .value=${source.id} .checked=${this.selectedId === source.id} @change=${() => (this.selectedId = source.id)} />
          ${cardName(source, t)}${source.creditCard ? fill(t.expiresSuffix, { date: expiryDate(source) }) : ''}${source.id === this.defaultSourceId ? t.defaultSuffix : ''}
        </label>`,
      )}
      <div class="actions">
        <button type="button" ?disabled=${idle} @click=${() => void this.handleUse()}>${t.useThisCard}</button>
        <button type="button" ?disabled=${idle} @click=${() => void this.change('default')}>${t.makeDefault}</button>
        <button type="button" ?disabled=${idle} @click=${() => void this.handleEditExpiry()}>${t.updateExpiration}</button>
        <button type="button" ?disabled=${idle} @click=${() => void this.change('remove')}>${t.remove}</button>
      </div>
      ${this.renderExpiryEditor()}
      ${using
        ? html`<div class="field">
              <label for="saved-cvv">${fill(t.securityCodeFor, { card: cardName(using, t) })}</label>
              <dr-card-cvv id="saved-cvv" group=${this.group} frame-url=${this.frameUrl ?? nothing} locale=${this.locale ?? nothing}></dr-card-cvv>
            </div>
            <div class="actions"><button type="button" @click=${this.handleUseNewCard}>${t.useNewCard}</button></div>`
        : nothing}
    </fieldset>`;
  }

  private renderExpiryEditor() {
    const source = this.find(this.updatingExpiryId);
    if (!source) return nothing;
    const t = this.t;
    return html`<div class="field">
        <label for="saved-expiry">${fill(t.newExpirationFor, { card: cardName(source, t) })}</label>
        <dr-card-expiration id="saved-expiry" group=${this.group} frame-url=${this.frameUrl ?? nothing} locale=${this.locale ?? nothing}></dr-card-expiration>
      </div>
      <div class="actions">
        <button type="button" ?disabled=${this.busy || this.working} @click=${() => void this.change('expiration')}>${t.saveExpiration}</button>
        <button type="button" @click=${() => (this.updatingExpiryId = undefined)}>${t.cancel}</button>
      </div>`;
  }
}
