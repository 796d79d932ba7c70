import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CardBrand } from '../../card/index.js';
import { namedGroup, type CardField, type FieldGroup, type FieldKind, type FieldState } from '../../fields/index.js';
import { styleOptionsToCss, resolveClasses, type ClassOptions, type StyleOptions } from '../style-options.js';
import { emit, type FieldChangeDetail } from '../events.js';
import { brandIcon } from './brand-icon.js';
import { cardFieldStyles } from './card-field.styles.js';

const inputAttributes: Record<FieldKind, { autocomplete: string; name: string }> = {
  cardnumber: { autocomplete: 'cc-number', name: 'cardnumber' },
  cardexpiration: { autocomplete: 'cc-exp', name: 'exp-date' },
  cardcvv: { autocomplete: 'cc-csc', name: 'cvc' },
};

/**
 * One card-entry field. The raw text stays in the shadow-root `<input>`, handled by `src/fields`; the element only shows
 * state and forwards events.
 *
 * @csspart base - The row holding the input and the brand icon.
 * @csspart input - The text input.
 * @csspart brand-icon - The detected card brand (card number only).
 * @csspart error - The error message, announced politely.
 * @cssproperty --dr-field-text-color - Text colour.
 * @cssproperty --dr-field-error-color - Error message colour.
 * @cssproperty --dr-field-focus-ring - Outline shown while the field has focus.
 * @fires dr-ready - The field is rendered and can take input.
 * @fires dr-change - Empty/complete/brand/error changed. Detail: {@link FieldChangeDetail}; never the value.
 * @fires dr-focus - The field gained focus.
 * @fires dr-blur - The field lost focus.
 * @fires dr-return - The shopper pressed Enter in the field.
 */
export abstract class DrCardFieldElement extends LitElement {
  static override styles = cardFieldStyles;

  protected abstract readonly kind: FieldKind;

  @query('input') private input?: HTMLInputElement;

  @state() private fieldState?: FieldState;
  private field?: CardField;
  private fieldGroupInUse?: FieldGroup;
  private optionsSheet = new CSSStyleSheet();
  private labelElement?: Element | null;

  /** Overrides the localized placeholder. */
  @property({ attribute: 'placeholder-text' }) placeholderText?: string;

  /** Locale of the placeholder, label and error texts, e.g. `de-DE`. */
  @property() locale?: string;

  /** Elements with the same group name tokenize together (declarative use). */
  @property() group = 'default';

  /** Accessible name; defaults to the text of a `<label for>` pointing at the container, then a localized name. */
  @property() label?: string;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** DigitalRiver.js `style` option. */
  @property({ attribute: false }) fieldStyle?: StyleOptions;

  /** DigitalRiver.js `classes` option, applied to {@link classTarget}. */
  @property({ attribute: false }) classes?: ClassOptions;

  /** The group set by a DigitalRiver instance; declarative elements use {@link group}. */
  @property({ attribute: false }) fieldGroup?: FieldGroup;

  /** Where the DigitalRiver.js state classes go: the mount container, or the element itself. */
  @property({ attribute: false }) classTarget?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    this.joinGroup();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.leaveGroup();
  }

  protected override firstUpdated(): void {
    if (this.renderRoot instanceof ShadowRoot) this.renderRoot.adoptedStyleSheets = [...this.renderRoot.adoptedStyleSheets, this.optionsSheet];
    if (this.input && this.field) this.field.attach(this.input);
    emit(this, 'dr-ready', { elementType: this.kind });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('fieldGroup') || changed.has('group')) && this.isConnected && this.groupInUse() !== this.fieldGroupInUse) {
      this.leaveGroup();
      this.joinGroup();
    }
    if (changed.has('locale') && this.locale) this.groupInUse().setLocale(this.locale);
    if (changed.has('fieldStyle')) this.optionsSheet.replaceSync(styleOptionsToCss(this.fieldStyle));
    if (changed.has('classTarget') && changed.get('classTarget')) this.clearClasses(changed.get('classTarget') as HTMLElement);
  }

  protected override updated(): void {
    this.applyClasses(this.classTarget ?? this);
  }

  private groupInUse(): FieldGroup {
    return this.fieldGroup ?? namedGroup(this.group);
  }

  private joinGroup(): void {
    const group = this.groupInUse();
    if (this.locale) group.setLocale(this.locale);
    this.fieldGroupInUse = group;
    this.field = group.createField(this.kind, (next) => this.handleFieldState(next));
    this.fieldState = this.field.state;
    if (this.input) this.field.attach(this.input);
  }

  private leaveGroup(): void {
    if (this.field) this.fieldGroupInUse?.removeField(this.field);
    this.field = undefined;
    this.fieldGroupInUse = undefined;
  }

  private handleFieldState(next: FieldState): void {
    const previous = this.fieldState;
    this.fieldState = next;
    if (!previous) return;
    if (previous.focused !== next.focused) emit(this, next.focused ? 'dr-focus' : 'dr-blur', { elementType: this.kind });
    if (
      previous.empty !== next.empty ||
      previous.complete !== next.complete ||
      previous.brand !== next.brand ||
      previous.error?.code !== next.error?.code ||
      previous.error?.message !== next.error?.message
    ) {
      emit(this, 'dr-change', changeDetail(next));
    }
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') emit(this, 'dr-return', { elementType: this.kind });
  }

  private readonly handleLabelClick = (): void => this.focus();

  /** Empties the field. */
  clear(): void {
    this.field?.clear();
  }

  override focus(options?: FocusOptions): void {
    this.input?.focus(options);
  }

  override blur(): void {
    this.input?.blur();
  }

  /** The current state (never the value). */
  get state(): FieldChangeDetail {
    return changeDetail(this.field?.state ?? this.fieldState!);
  }

  private accessibleName(): string {
    if (this.label) return this.label;
    const container = this.classTarget ?? this;
    const label = container.id ? (container.getRootNode() as Document | ShadowRoot).querySelector?.(`label[for="${CSS.escape(container.id)}"]`) : null;
    if (label !== this.labelElement) {
      this.labelElement?.removeEventListener('click', this.handleLabelClick);
      label?.addEventListener('click', this.handleLabelClick);
      this.labelElement = label;
    }
    return label?.textContent?.trim() || this.groupInUse().messages.label[this.kind];
  }

  private applyClasses(target: HTMLElement): void {
    const state = this.fieldState;
    if (!state) return;
    const names = resolveClasses(this.classes);
    target.classList.add(names.base);
    target.classList.toggle(names.complete, state.complete);
    target.classList.toggle(names.empty, state.empty);
    target.classList.toggle(names.focus, state.focused);
    target.classList.toggle(names.invalid, Boolean(state.error));
    target.classList.toggle(names.webkitAutofill, state.autofilled);
  }

  private clearClasses(target: HTMLElement): void {
    target.classList.remove(...Object.values(resolveClasses(this.classes)));
  }

  protected override render() {
    const state = this.fieldState;
    const error = state?.error;
    const { autocomplete, name } = inputAttributes[this.kind];
    const messages = this.groupInUse().messages;
    return html`
      <div part="base" class="field">
        <input
          part="input"
          class=${classMap({ 'is-complete': Boolean(state?.complete), 'is-empty': state?.empty ?? true, 'is-invalid': Boolean(error) })}
          type="text"
          name=${name}
          autocomplete=${autocomplete}
          inputmode="numeric"
          spellcheck="false"
          autocorrect="off"
          aria-label=${this.accessibleName()}
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby="error"
          placeholder=${this.placeholderText ?? messages.placeholder[this.kind]}
          ?disabled=${this.disabled}
          @keydown=${this.handleKeydown}
        />
        ${this.kind === 'cardnumber' ? this.renderBrandIcon(state?.brand ?? 'unknown') : nothing}
      </div>
      <div part="error" id="error" class="error" role="status" aria-live="polite">${ifDefined(error?.message)}</div>
    `;
  }

  private renderBrandIcon(brand: CardBrand) {
    return html`<span part="brand-icon" data-brand=${brand}>${brandIcon(brand)}</span>`;
  }
}

function changeDetail(state: FieldState): FieldChangeDetail {
  return {
    elementType: state.elementType,
    brand: state.brand,
    complete: state.complete,
    empty: state.empty,
    ...(state.error ? { error: { ...state.error } } : {}),
  };
}
