/**
 * The field frame: runs on the library's frame origin and owns one `<input>` and the raw card data in it (through
 * `CardField`). It tells the page only the field's state, and hands its value to the controller frame of the same
 * page over their channel, which the page cannot join. It calls no API: its Content-Security-Policy allows no
 * connections at all.
 */
import { digitsOf, type CardBrand } from '../../card/index.js';
import { isFieldKind, type FieldKind } from '../shared/field-kind.js';
import { channelName } from '../shared/names.js';
import type { FieldStateMessage } from '../shared/protocol.js';
import { CardField, type FieldState } from './card-field.js';
import { isFieldHandshake, parseChannelMessage, parseFieldRequest, type CardPart, type ChannelMessage, type FieldRequest, type FieldSettings } from './requests.js';
import { styleOptionsToCss } from './style-sheet.js';
import { english, localeOf, isRightToLeft, type Locale, type FieldMessages } from './texts/index.js';

/** The hash in the names of the languages' scripts (`scripts/frame-assets.mjs` writes it); English is built in. */
declare const __FIELD_TEXTS_VERSION__: string | undefined;
const textsVersion = typeof __FIELD_TEXTS_VERSION__ === 'string' ? __FIELD_TEXTS_VERSION__ : '';
const loadedTexts = new Map<Locale, FieldMessages>([['en', english]]);
const loadingTexts = new Set<Locale>();

/** Loads a language's texts once (its script hands them over on `window.drFieldTexts`), then calls `then`. */
function loadTexts(locale: Locale, then: () => void): void {
  if (loadedTexts.has(locale) || loadingTexts.has(locale) || !textsVersion) return;
  loadingTexts.add(locale);
  const script = document.createElement('script');
  script.src = `./texts-${locale}-${textsVersion}.js`;
  script.onload = () => {
    const texts = (window as { drFieldTexts?: Partial<Record<Locale, FieldMessages>> }).drFieldTexts?.[locale];
    if (texts) loadedTexts.set(locale, texts);
    then();
  };
  document.head.append(script);
}

const params = new URLSearchParams(location.hash.slice(1));
const kindParam = params.get('kind');
const parentOrigin = params.get('parent') ?? '';
const fieldId = params.get('field') ?? '';
const channelId = params.get('channel') ?? '';

if (isFieldKind(kindParam) && parentOrigin && fieldId && channelId) start(kindParam);

function start(kind: FieldKind): void {
  const input = document.querySelector<HTMLInputElement>('input')!;
  const errorText = document.querySelector<HTMLElement>('#error')!;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  input.autocomplete = ({ cardnumber: 'cc-number', cardexpiration: 'cc-exp', cardcvv: 'cc-csc' } as const)[kind];
  input.name = ({ cardnumber: 'cardnumber', cardexpiration: 'exp-date', cardcvv: 'cvc' } as const)[kind];

  let host: MessagePort | undefined;
  /** The title the page was last told to give this frame. */
  let title = '';
  let settings: FieldSettings = { disabled: false, brand: 'unknown', nowOffsetMs: 0 };
  // The page names the language in the frame's URL, so its texts load with the frame; `configure` may change it.
  let locale = localeOf(params.get('locale'));
  const texts = (): FieldMessages => loadedTexts.get(locale) ?? english;
  const channel = new BroadcastChannel(channelName(channelId));

  const field = new CardField(kind, {
    now: () => new Date(Date.now() + settings.nowOffsetMs),
    messages: texts,
    brand: () => settings.brand as CardBrand,
    mask: () => settings.mask === true,
    changed: () => changed(field.state),
  });

  // Only changes of what the page may know are sent: a message per keystroke would tell the page how long the value is.
  let published = '';
  let kept: string | undefined;
  function changed(state: FieldState): void {
    const message: FieldStateMessage = { ...state, error: state.error && { ...state.error } };
    const text = JSON.stringify(message);
    // Most keystrokes change nothing the page may know, nor anything this document shows but the value.
    if (text !== published) {
      input.setAttribute('aria-invalid', state.error ? 'true' : 'false');
      input.classList.toggle('is-empty', state.empty);
      input.classList.toggle('is-complete', state.complete);
      input.classList.toggle('is-invalid', Boolean(state.error));
      input.classList.toggle('is-autofilled', state.autofilled);
      const error = state.error?.message ?? '';
      if (errorText.textContent !== error) errorText.textContent = error;
      if (host) {
        published = text;
        host.postMessage({ event: 'state', state: message });
      }
    }
    keep();
  }

  /** Hands the controller the current value (as typed, and as the API wants it) whenever it changed. */
  function keep(): void {
    const raw = field.readRaw();
    if (raw === kept) return;
    kept = raw;
    channel.postMessage({ type: 'keep', field: fieldId, kind, raw, card: cardPart() } satisfies ChannelMessage);
  }

  function cardPart(): CardPart {
    if (kind === 'cardnumber') return { number: digitsOf(field.readRaw()) };
    if (kind === 'cardcvv') return { cvv: digitsOf(field.readRaw()) };
    const { month, year } = field.readExpiry();
    return { expirationMonth: month ?? 0, expirationYear: year ?? 0 };
  }

  channel.onmessage = (event) => {
    const message = parseChannelMessage(event.data);
    if (!message) return;
    if (message.type === 'controller') {
      kept = undefined;
      channel.postMessage({ type: 'hello', field: fieldId, kind } satisfies ChannelMessage);
      keep();
      return;
    }
    if (!('field' in message) || message.field !== fieldId) return;
    if (message.type === 'restore' && message.kind === kind) field.restore(message.raw);
    else if (message.type === 'clear') field.clear();
    else if (message.type === 'validate') {
      const error = field.validateForSubmit();
      keep();
      channel.postMessage({ type: 'validated', field: fieldId, request: message.request, ...(error ? { error: { ...error } } : {}) } satisfies ChannelMessage);
    }
  };

  let lastHeight = 0;
  function reportHeight(): void {
    const px = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (px !== lastHeight && host) host.postMessage({ event: 'height', px: (lastHeight = px) });
  }

  function configure(next: FieldSettings): void {
    const recheck = (next.brand !== settings.brand && kind === 'cardcvv') || next.mask !== settings.mask;
    settings = next;
    if (next.locale !== undefined) locale = localeOf(next.locale);
    input.disabled = next.disabled;
    sheet.replaceSync(styleOptionsToCss(next.style));
    showTexts(recheck);
    loadTexts(locale, () => showTexts(true));
  }

  /** The field's name, placeholder, language, direction and title; with `recheck`, its error message too. */
  function showTexts(recheck: boolean): void {
    const current = texts();
    input.setAttribute('aria-label', settings.label ?? current.label[kind]);
    input.placeholder = settings.placeholder ?? current.placeholder[kind];
    document.documentElement.lang = loadedTexts.has(locale) ? locale : 'en';
    document.documentElement.dir = isRightToLeft(locale) && loadedTexts.has(locale) ? 'rtl' : 'ltr';
    if (host && title !== current.title[kind]) host.postMessage({ event: 'title', text: (title = current.title[kind]) });
    if (recheck) field.recheck();
    else reportHeight();
  }

  function answer(request: FieldRequest): boolean {
    switch (request.call) {
      case 'configure':
        configure(request.settings);
        break;
      case 'focus':
        // Focus the input only once this frame has the page's focus; before that the input would report a focus
        // that keys do not follow yet. The page's element focuses the frame first, and `focus` on window lands here.
        if (document.hasFocus()) input.focus();
        break;
      case 'blur':
        input.blur();
        break;
      case 'clear':
        field.clear();
        break;
    }
    return true;
  }

  function connect(port: MessagePort): void {
    host = port;
    title = '';
    port.onmessage = (event) => {
      const request = parseFieldRequest(event.data);
      if (request) port.postMessage({ id: request.id, result: answer(request) });
    };
    port.postMessage({ event: 'ready' });
    changed(field.state);
  }

  // The handshake: accepted once, only from the parent window, only from the origin the page named in our URL.
  window.addEventListener('message', function handshake(event) {
    if (host || event.source !== window.parent || event.origin !== parentOrigin || !event.ports[0]) return;
    if (!isFieldHandshake(event.data, kind)) return;
    window.removeEventListener('message', handshake);
    connect(event.ports[0]);
  });
  // Focus moved to this frame (by its element's focus(), a label click, a click beside the input) lands on the input,
  // and at once: WebKit lets a cross-origin frame the shopper has not used yet move its focus only while a user
  // gesture runs, which this event is part of (a label click), and the page's `focus` request comes after it.
  window.addEventListener('focus', () => {
    if (document.activeElement !== input) input.focus();
  });
  // Without a gesture (the page's focus() from a script), WebKit refuses even that: the frame holds the page's focus
  // and its input does not. The shopper's first key there is an interaction: the input takes the focus and that key.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Tab' && document.activeElement !== input) input.focus();
    },
    true,
  );
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') host?.postMessage({ event: 'return' });
  });
  new ResizeObserver(reportHeight).observe(document.documentElement);
  field.attach(input);
  showTexts(false);
  loadTexts(locale, () => showTexts(true));
  // Ask the controller for the value this field had before a remount.
  channel.postMessage({ type: 'hello', field: fieldId, kind } satisfies ChannelMessage);
}
