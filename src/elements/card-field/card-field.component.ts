import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { CardBrand } from '../../card/index.js';
import { Controller, FrameConnection, frameUrlOf, namedGroup, type FieldGroup, type FieldKind, type FieldStateMessage } from '../../secure-fields/page/index.js';
import { FIELD_HANDSHAKE, readFieldMessage } from '../../secure-fields/shared/protocol.js';
import { randomId } from '../../secure-fields/shared/random-id.js';
import { resolveClasses, type ClassOptions, type StyleOptions } from '../style-options.js';
import { reportIntegrationError } from '../../core/errors.js';
import { warnOnce } from '../../core/warn.js';
import { emit, type FieldChangeDetail } from '../events.js';
import { brandIcon } from './brand-icon.js';
import { cardFieldStyles } from './card-field.styles.js';

/** An element the page let go of without destroy(): what the controller keeps of it can never be mounted again. */
const forgotten = new FinalizationRegistry<{ controller: Controller; fieldId: string }>(({ controller, fieldId }) => {
  void controller.call({ call: 'forget', field: fieldId });
});

/**
 * What the frame may use: payment, and autofill across frames where the browser knows `shared-autofill` (naming a
 * feature it does not know prints a console warning on every page, and costs time at each frame's creation).
 */
let frameAllow: string | undefined;
const allowFor = (): string =>
  (frameAllow ??= (document as { featurePolicy?: { features(): string[] } }).featurePolicy?.features().includes('shared-autofill')
    ? 'payment; shared-autofill'
    : 'payment');

/** The frames' titles until a frame tells its own, in its language. */
const frameTitles: Record<FieldKind, string> = {
  cardnumber: 'Secure card number field',
  cardexpiration: 'Secure expiration date field',
  cardcvv: 'Secure security code field',
};

/**
 * One card-entry field. The input and the raw text live in an iframe on the library's frame origin; this element owns
 * the frame, shows the state the frame reports (never the value) and forwards events.
 *
 * @csspart base - The row holding the frame and the brand icon.
 * @csspart frame - The field's iframe.
 * @csspart brand-icon - The detected card brand (card number only).
 * @cssproperty --dr-field-focus-ring - Outline shown while the field has focus.
 * @fires dr-ready - The field's frame is connected and can take input.
 * @fires dr-change - Empty/complete/brand/error changed. Detail: {@link FieldChangeDetail}; never the value.
 * @fires dr-focus - The field gained focus.
 * @fires dr-blur - The field lost focus.
 * @fires dr-return - The shopper pressed Enter in the field.
 */
export abstract class DrCardFieldElement extends LitElement {
  static override styles = cardFieldStyles;

  protected abstract readonly kind: FieldKind;

  @state() private fieldState?: FieldStateMessage;
  @state() private frameHeight?: number;
  /** The frame's title in the field's language, as the frame tells it. */
  @state() private frameTitle?: string;
  private connection?: FrameConnection;
  private fieldGroupInUse?: FieldGroup;
  private stopBrandWatch?: () => void;
  private labelElement?: Element | null;
  private frameSrc = '';
  /** The `frameUrl` the frame was loaded from, and whether it was refused (said once). */
  private frameUrlInUse?: string;
  private frameUrlRefused = false;
  /** The controller frame of the frame deployment this field's frame comes from. */
  private controller?: Controller;
  /** Tells the controller this field's frame is ready (or gone); set while it loads. */
  private loaded?: () => void;
  /** Names this field to the controller, which keeps its value across unmount and mount (never in the page). */
  private readonly fieldId = randomId();
  /** Focus came before the frame was ready (focus(), or a click or Tab into the loading frame): focus it once it is. */
  private focusWhenReady = false;

  /** Overrides the localized placeholder. */
  @property({ attribute: 'placeholder-text' }) placeholderText?: string;

  /** `placeholder`, the name frameworks and HTML use, for {@link placeholderText}. */
  @property() placeholder?: string;

  /** Locale of the placeholder, label and error texts, e.g. `de-DE`. */
  @property() locale?: string;

  /** Elements with the same group name tokenize together (declarative use). */
  @property() group = 'default';

  /** Accessible name; defaults to the text of a `<label for>` pointing at the container, then a localized name. */
  @property() label?: string;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** DigitalRiver.js `mask`: once complete and left, the number shows only its last four digits, the code none. */
  @property({ type: Boolean }) mask = false;

  /** The field frame's URL (`frames/frame.html` on the library's frame origin); defaults to beside the library script. */
  @property({ attribute: 'frame-url' }) frameUrl?: string;

  /** DigitalRiver.js `style` option, applied inside the frame. */
  @property({ attribute: 'field-style', converter: objectAttribute('field-style') }) fieldStyle?: StyleOptions;

  /** DigitalRiver.js `classes` option, applied to {@link classTarget}; as an attribute, JSON. */
  @property({ converter: objectAttribute('classes') }) classes?: ClassOptions;

  /**
   * {@link fieldStyle} under its attribute's name, for frameworks that set a property of that name when the element
   * has one (Vue's `:field-style="style"`) rather than writing the object into the attribute.
   */
  set 'field-style'(value: StyleOptions | undefined) {
    this.fieldStyle = value;
  }
  get 'field-style'(): StyleOptions | undefined {
    return this.fieldStyle;
  }

  /** The group set by a DigitalRiver instance; declarative elements use {@link group}. */
  @property({ attribute: false }) fieldGroup?: FieldGroup;

  /** Where the DigitalRiver.js state classes go: the mount container, or the element itself. */
  @property({ attribute: false }) classTarget?: HTMLElement;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('blur', this.handleWindowBlur);
    // The frame loads from here on; calls that need this field wait for it rather than fail, and the controller frame
    // waits for it to be ready before it loads.
    this.groupInUse().expect(this.kind);
    this.loaded?.();
    this.source();
    this.loaded = this.controller?.fieldLoading();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('blur', this.handleWindowBlur);
    // The label stays on the page: its listener must not keep this element alive (a checkout opened and closed often).
    this.labelElement?.removeEventListener('click', this.handleLabelClick);
    this.labelElement = undefined;
    this.loaded?.();
    this.disconnectFrame();
    this.groupInUse().settle(this.kind);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('fieldGroup') || changed.has('group')) && this.connection && this.groupInUse() !== this.fieldGroupInUse) {
      this.fieldGroupInUse?.remove(this.connection);
      this.joinGroup(this.connection);
    }
    if (changed.has('locale') && this.locale) this.groupInUse().setLocale(this.locale);
    // A frame URL set after the first render (a framework binding it late) takes effect: the field loads from there.
    if (this.isConnected && this.frameUrl !== this.frameUrlInUse) {
      this.disconnectFrame();
      this.loaded?.();
      this.frameSrc = '';
      this.frameUrlRefused = false;
      this.source();
      this.loaded = this.controller?.fieldLoading();
    }
    // Names no longer in use leave the container they were on: a new container, or new class names.
    if (changed.has('classTarget') && changed.get('classTarget')) this.clearClasses(changed.get('classTarget') as HTMLElement, this.classes);
    if (changed.has('classes')) this.clearClasses(this.classTarget ?? this, changed.get('classes') as ClassOptions | undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Set through the CSSOM, which a page's CSP without 'unsafe-inline' styles allows.
    this.frame?.style.setProperty('height', `${this.frameHeight ?? this.initialHeight()}px`);
    this.applyClasses(this.classTarget ?? this);
    const settings = ['placeholderText', 'placeholder', 'locale', 'label', 'disabled', 'fieldStyle', 'mask'] as const;
    if (settings.some((key) => changed.has(key))) this.configure();
  }

  private get frame(): HTMLIFrameElement | null | undefined {
    return this.shadowRoot?.querySelector('iframe');
  }

  private groupInUse(): FieldGroup {
    return this.fieldGroup ?? namedGroup(this.group);
  }

  /** Each load of the frame document (first render, or after the element was moved) gets a new port. */
  private readonly handleFrameLoad = (): void => {
    const frame = this.frame;
    const origin = frame?.src ? new URL(frame.src).origin : '';
    if (!frame?.contentWindow || !origin || origin === 'null') return; // about:blank: no frame to connect to
    this.disconnectFrame();
    const connection = new FrameConnection({ type: FIELD_HANDSHAKE, kind: this.kind }, readFieldMessage, (event) => {
      if (event.event === 'ready') {
        this.loaded?.();
        this.joinGroup(connection);
        this.configure();
        emit(this, 'dr-ready', { elementType: this.kind });
        if (this.focusWhenReady) this.focus();
      } else if (event.event === 'state') this.handleFieldState(event.state);
      else if (event.event === 'height') this.frameHeight = event.px;
      else if (event.event === 'title') this.frameTitle = event.text;
      else if (event.event === 'return') emit(this, 'dr-return', { elementType: this.kind });
    });
    this.connection = connection;
    connection.connect(frame.contentWindow, origin);
  };

  private joinGroup(connection: FrameConnection): void {
    const group = this.groupInUse();
    if (this.locale) group.setLocale(this.locale);
    this.fieldGroupInUse = group;
    if (this.controller) group.add({ kind: this.kind, fieldId: this.fieldId, connection, controller: this.controller });
    this.stopBrandWatch?.();
    if (this.kind === 'cardcvv') this.stopBrandWatch = group.onBrandChange(() => this.configure());
  }

  private disconnectFrame(): void {
    if (this.connection) this.fieldGroupInUse?.remove(this.connection);
    this.connection?.close();
    this.connection = undefined;
    this.stopBrandWatch?.();
    this.stopBrandWatch = undefined;
    this.fieldState = undefined;
  }

  /** Sends the frame what it shows: name, placeholder, locale, style, the number's brand and the group's clock. */
  private configure(): void {
    const connection = this.connection;
    if (!connection?.ready) return;
    const group = this.groupInUse();
    void connection.call({
      call: 'configure',
      settings: {
        // Label and placeholder only when the page has its own; the frame knows the defaults in every language.
        ...optional('label', this.accessibleName()),
        ...optional('placeholder', this.placeholderText ?? this.placeholder),
        ...optional('locale', this.locale ?? group.locale),
        ...(this.fieldStyle ? { style: JSON.parse(JSON.stringify(this.fieldStyle)) as Record<string, unknown> } : {}),
        disabled: this.disabled,
        mask: this.mask,
        brand: group.brand,
        nowOffsetMs: group.nowOffsetMs,
      },
    });
  }

  private handleFieldState(next: FieldStateMessage): void {
    const previous = this.fieldState ?? emptyState(this.kind);
    this.fieldState = next;
    this.fieldGroupInUse?.updateState(next);
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

  private readonly handleLabelClick = (): void => this.focus();

  /**
   * A click the browser gave to the page instead of the frame (it can, before it knows where a frame it has just laid
   * out sits): the shopper meant the field, so the field takes the focus.
   */
  private readonly handleFrameMouseDown = (event: MouseEvent): void => {
    event.preventDefault();
    this.focus();
  };

  /**
   * The page lost the focus to this field's frame while it was loading (a click or Tab into it): the document that
   * loads there does not keep that focus, so the input takes it once the frame is ready.
   */
  private readonly handleWindowBlur = (): void => {
    if (!this.connection?.ready && this.shadowRoot?.activeElement === this.frame) this.focusWhenReady = true;
  };

  /** Empties the field; resolves once the frame has (keys typed after that land in the empty field). */
  async clear(): Promise<void> {
    await this.connection?.call({ call: 'clear' });
  }

  /** @internal Empties the field and erases what the controller keeps of it, mounted or not (DigitalRiver.js `destroy()`). */
  async erase(): Promise<void> {
    void this.clear();
    await this.controller?.call({ call: 'forget', field: this.fieldId });
  }

  override focus(): void {
    const frame = this.frame;
    this.focusWhenReady = !this.connection?.ready;
    // A frame that already holds the page's focus (given before its document loaded) gets no new focus event:
    // hand the focus back and forth so the frame learns it has it, and puts it on its input.
    if (frame && this.shadowRoot?.activeElement === frame && !this.fieldState?.focused) frame.blur();
    frame?.focus();
    if (!this.focusWhenReady) void this.connection?.call({ call: 'focus' });
  }

  override blur(): void {
    void this.connection?.call({ call: 'blur' });
  }

  /** The current state (never the value). */
  get state(): FieldChangeDetail {
    return changeDetail(this.fieldState ?? emptyState(this.kind));
  }

  private accessibleName(): string | undefined {
    if (this.label) return this.label;
    const container = this.classTarget ?? this;
    const label = container.id ? (container.getRootNode() as Document | ShadowRoot).querySelector?.(`label[for="${CSS.escape(container.id)}"]`) : null;
    if (label !== this.labelElement) {
      this.labelElement?.removeEventListener('click', this.handleLabelClick);
      label?.addEventListener('click', this.handleLabelClick);
      this.labelElement = label;
    }
    return label?.textContent?.trim() || undefined;
  }

  private applyClasses(target: HTMLElement): void {
    const state = this.fieldState ?? emptyState(this.kind);
    const names = resolveClasses(this.classes);
    const toggle = (list: string[], on: boolean) => list.forEach((name) => target.classList.toggle(name, on));
    toggle(names.base, true);
    toggle(names.complete, state.complete);
    toggle(names.empty, state.empty);
    toggle(names.focus, state.focused);
    toggle(names.invalid, Boolean(state.error));
    toggle(names.webkitAutofill, state.autofilled);
  }

  private clearClasses(target: HTMLElement, classes: ClassOptions | undefined): void {
    target.classList.remove(...Object.values(resolveClasses(classes)).flat());
  }

  /** The frame's first height comes from the style (its height, else font size and line height), so nothing moves when it loads. */
  private initialHeight(): number {
    const base = this.fieldStyle?.base ?? {};
    const height = String(base.height ?? '');
    if (/^\d+(\.\d+)?px$/.test(height)) return Math.ceil(parseFloat(height));
    const fontSize = parseFloat(String(base.fontSize ?? '16')) || 16;
    const lineHeight = parseFloat(String(base.lineHeight ?? '')) || 0;
    const line = String(base.lineHeight ?? '').endsWith('px') ? lineHeight : fontSize * (lineHeight || 1.5);
    const padding = ['paddingTop', 'paddingBottom'].reduce((sum, key) => sum + (parseFloat(String(base[key] ?? '0')) || 0), 0);
    return Math.ceil(line + padding);
  }

  private source(): string {
    if (!this.frameSrc) {
      const url = frameUrlOf(this.frameUrl);
      this.frameUrlInUse = this.frameUrl;
      if (!(url instanceof URL)) {
        if (!this.frameUrlRefused) reportIntegrationError(url);
        this.frameUrlRefused = true;
        this.groupInUse().settle(this.kind); // no frame is coming: calls that need it fail now, not after a wait
        return 'about:blank';
      }
      this.controller = Controller.for(url);
      forgotten.register(this, { controller: this.controller, fieldId: this.fieldId });
      const hash = new URLSearchParams({ kind: this.kind, parent: location.origin, field: this.fieldId, channel: this.controller.channel });
      // The language, so the frame loads its texts with itself rather than once the page configures it.
      const locale = this.locale ?? this.groupInUse().locale;
      if (locale) hash.set('locale', locale);
      url.hash = hash.toString();
      this.frameSrc = url.href;
    }
    return this.frameSrc;
  }

  protected override render(): TemplateResult {
    return html`
      <div part="base" class="field">
        <iframe
          part="frame"
          title=${this.frameTitle ?? frameTitles[this.kind]}
          src=${this.source()}
          allow=${allowFor()}
          scrolling="no"
          @load=${this.handleFrameLoad}
          @mousedown=${this.handleFrameMouseDown}
        ></iframe>
        ${this.kind === 'cardnumber' ? this.renderBrandIcon((this.fieldState?.brand as CardBrand | undefined) ?? 'unknown') : nothing}
      </div>
    `;
  }

  private renderBrandIcon(brand: CardBrand) {
    return html`<span part="brand-icon" data-brand=${brand}>${brandIcon(brand)}</span>`;
  }
}

/**
 * An object-valued property written as an attribute: JSON is read; anything else (a framework writing an object as
 * `[object Object]`) is ignored with a console warning that says how to pass it.
 */
function objectAttribute(name: string) {
  return {
    fromAttribute(value: string | null): object | undefined {
      if (value === null || value.trim() === '') return undefined;
      try {
        const parsed: unknown = JSON.parse(value);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed;
      } catch {
        // reported below
      }
      warnOnce(`${name}_attribute_ignored`, `the ${name} attribute must be JSON; to pass an object, set the property instead (in Vue: :${name}.prop="…").`);
      return undefined;
    },
    toAttribute: (value: unknown) => (value === undefined ? null : JSON.stringify(value)),
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}

function emptyState(kind: FieldKind): FieldStateMessage {
  return { elementType: kind, empty: true, complete: false, brand: 'unknown', focused: false, autofilled: false };
}

function changeDetail(state: FieldStateMessage): FieldChangeDetail {
  return {
    elementType: state.elementType,
    brand: state.brand as CardBrand,
    complete: state.complete,
    empty: state.empty,
    error: state.error ? ({ ...state.error } as NonNullable<FieldChangeDetail['error']>) : null,
  };
}
