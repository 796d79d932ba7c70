/**
 * The field frame: runs on the library's frame origin, owns one `<input>` and the raw card data in it (through
 * `CardField`), and tells the page only the field's state. The number frame creates the source itself: it reads the
 * expiry and code from its sibling frames over ports the page hands out but cannot read, and calls the API from here.
 */
import { createApiClient } from '../api/client.js';
import type { DrError } from '../api/errors.js';
import { digitsOf, type CardBrand } from '../card/index.js';
import { styleOptionsToCss } from '../elements/style-options.js';
import { CardField, type FieldState } from '../fields/card-field.js';
import { isFieldKind, type FieldKind } from '../fields/field-kind.js';
import { messagesFor } from '../fields/messages.js';
import {
  HandshakeSchema,
  HostRequestSchema,
  SiblingAnswerSchema,
  SiblingRequestSchema,
  type ApiTarget,
  type FrameSettings,
  type HostRequest,
} from './frame-requests.js';

const params = new URLSearchParams(location.hash.slice(1));
const kindParam = params.get('kind');
const parentOrigin = params.get('parent') ?? '';

if (isFieldKind(kindParam) && parentOrigin) start(kindParam);

function start(kind: FieldKind): void {
  const input = document.querySelector<HTMLInputElement>('input')!;
  const errorText = document.querySelector<HTMLElement>('#error')!;
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  input.autocomplete = ({ cardnumber: 'cc-number', cardexpiration: 'cc-exp', cardcvv: 'cc-csc' } as const)[kind];
  input.name = ({ cardnumber: 'cardnumber', cardexpiration: 'exp-date', cardcvv: 'cvc' } as const)[kind];

  let host: MessagePort | undefined;
  let settings: FrameSettings = { label: '', placeholder: '', disabled: false, brand: 'unknown', nowOffsetMs: 0 };
  const siblings = new Map<FieldKind, MessagePort>();

  const field = new CardField(kind, {
    now: () => new Date(Date.now() + settings.nowOffsetMs),
    messages: () => messagesFor(settings.locale),
    brand: () => settings.brand as CardBrand,
    changed: () => publish(field.state),
  });

  function publish(state: FieldState): void {
    input.setAttribute('aria-invalid', state.error ? 'true' : 'false');
    errorText.textContent = state.error?.message ?? '';
    host?.postMessage({ event: 'state', state: { ...state, error: state.error && { ...state.error }, edits: field.edits } });
    reportHeight();
  }

  let lastHeight = 0;
  function reportHeight(): void {
    const px = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (px !== lastHeight && host) host.postMessage({ event: 'height', px: (lastHeight = px) });
  }

  function configure(next: FrameSettings): void {
    const brandChanged = next.brand !== settings.brand;
    settings = next;
    input.setAttribute('aria-label', next.label);
    input.placeholder = next.placeholder;
    input.disabled = next.disabled;
    sheet.replaceSync(styleOptionsToCss(next.style));
    document.documentElement.lang = next.locale ?? 'en';
    if (brandChanged && kind === 'cardcvv') field.recheck();
    else reportHeight();
  }

  // Sibling frames answer the number frame's "read" over their shared port, never the page.
  function listenToSibling(port: MessagePort): void {
    port.onmessage = (event) => {
      const request = SiblingRequestSchema.safeParse(event.data);
      if (!request.success) return;
      const value =
        kind === 'cardexpiration'
          ? (({ month, year }) => ({ expirationMonth: month, expirationYear: year }))(field.readExpiry())
          : kind === 'cardcvv'
            ? { cvv: digitsOf(field.readRaw()) }
            : {};
      port.postMessage({ id: request.data.id, value });
    };
  }

  let siblingCalls = 0;
  function readSibling(sibling: FieldKind): Promise<{ expirationMonth?: number; expirationYear?: number; cvv?: string }> {
    const port = siblings.get(sibling);
    if (!port) return Promise.reject(new Error('missing sibling'));
    const id = ++siblingCalls;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sibling timeout')), 5000);
      port.addEventListener('message', function answer(event) {
        const parsed = SiblingAnswerSchema.safeParse(event.data);
        if (!parsed.success || parsed.data.id !== id) return;
        clearTimeout(timer);
        port.removeEventListener('message', answer);
        resolve(parsed.data.value);
      });
      port.start();
      port.postMessage({ id, call: 'read' });
    });
  }

  const unexpected = (): { error: DrError } => ({
    error: { type: 'api_error', message: 'The payment source could not be created.', errors: [{ code: 'unexpected_error', message: 'The payment source could not be created.' }] },
  });
  const client = (api: ApiTarget) => createApiClient({ baseUrl: api.baseUrl, publicKey: api.publicKey, ...(api.timeoutMs ? { timeoutMs: api.timeoutMs } : {}) });

  async function tokenize(api: ApiTarget, data: Record<string, unknown>) {
    if (kind !== 'cardnumber') return unexpected();
    try {
      const [expiry, code] = await Promise.all([readSibling('cardexpiration'), readSibling('cardcvv')]);
      const result = await client(api).createSource({
        ...data,
        type: 'creditCard',
        creditCard: { number: digitsOf(field.readRaw()), expirationMonth: expiry.expirationMonth ?? 0, expirationYear: expiry.expirationYear ?? 0, cvv: code.cvv ?? '' },
      } as never);
      return result.error ? { error: result.error } : { source: result.data };
    } catch {
      return unexpected();
    }
  }

  async function answer(request: HostRequest): Promise<unknown> {
    switch (request.call) {
      case 'configure':
        configure(request.settings);
        return true;
      case 'focus':
        // Focus the input only once this frame has the page's focus; before that the input would report a focus
        // that keys do not follow yet. The page's element focuses the frame first, and `focus` on window lands here.
        if (document.hasFocus()) input.focus();
        else focusOnArrival = true;
        return true;
      case 'blur':
        input.blur();
        return true;
      case 'clear':
        field.clear();
        return true;
      case 'validate':
        return { error: field.validateForSubmit() };
      case 'sibling':
        return true;
      case 'tokenize':
        return tokenize(request.api, request.data);
      case 'authenticate': {
        const error = field.validateForSubmit();
        if (error || kind !== 'cardcvv') return { error: error ? { type: 'validation_error', message: error.message, errors: [{ code: error.code, parameter: kind, message: error.message }] } : unexpected().error };
        return client(request.api).authenticateSource(request.sourceId, request.clientSecret, { ...request.body, cvv: digitsOf(field.readRaw()) });
      }
      case 'updateExpiration': {
        const error = field.validateForSubmit();
        if (error || kind !== 'cardexpiration') return { error: error ? { type: 'validation_error', message: error.message, errors: [{ code: error.code, parameter: kind, message: error.message }] } : unexpected().error };
        const { month, year } = field.readExpiry();
        return client(request.api).updateSource(request.sourceId, request.clientSecret, { ...request.body, creditCard: { expirationMonth: month ?? 0, expirationYear: year ?? 0 } });
      }
    }
  }

  function connect(port: MessagePort): void {
    host = port;
    port.onmessage = (event) => {
      const request = HostRequestSchema.safeParse(event.data);
      if (!request.success) return;
      if (request.data.call === 'sibling' && event.ports[0]) {
        siblings.set(request.data.kind, event.ports[0]);
        if (kind !== 'cardnumber') listenToSibling(event.ports[0]);
      }
      void answer(request.data).then((result) => port.postMessage({ id: request.data.id, result }));
    };
    port.postMessage({ event: 'ready' });
    publish(field.state);
  }

  // The handshake: accepted once, only from the parent window, only from the origin the page named in our URL.
  window.addEventListener('message', (event) => {
    if (host || event.source !== window.parent || event.origin !== parentOrigin || !event.ports[0]) return;
    if (!HandshakeSchema.safeParse(event.data).success || event.data.kind !== kind) return;
    connect(event.ports[0]);
  });
  // Focus moved to this frame by the page (its element's focus(), a label click) lands on the input.
  let focusOnArrival = false;
  window.addEventListener('focus', () => {
    if (focusOnArrival && document.activeElement !== input) input.focus();
    focusOnArrival = false;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') host?.postMessage({ event: 'return' });
  });
  new ResizeObserver(reportHeight).observe(document.documentElement);
  field.attach(input);
}
