import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { frameUrl, otherOrigin, sandboxForTests, typeInto } from '../../../test/browser/secure-fields.fixtures.js';
import { DigitalRiver } from '../../core/digital-river.js';
import type { RemoteSandbox } from '../../sandbox/remote.js';
import { defineElements } from '../define.js';
import type { FieldChangeDetail } from '../events.js';
import type { DrCardFieldElement } from './card-field.component.js';

defineElements();

let groupCounter = 0;
const freshGroup = () => `test-group-${++groupCounter}`;
const frameOf = (el: DrCardFieldElement) => el.shadowRoot!.querySelector('iframe')!;
let sandbox: RemoteSandbox;

before(async () => {
  sandbox = await sandboxForTests();
});

/** A declarative field on the frame origin, ready for input. */
async function placed<T extends DrCardFieldElement = DrCardFieldElement>(template: ReturnType<typeof html>): Promise<T> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.firstElementChild as T;
  await oneEvent(el, 'dr-ready');
  return el;
}

function recordChanges(el: EventTarget): FieldChangeDetail[] {
  const changes: FieldChangeDetail[] = [];
  el.addEventListener('dr-change', (e) => changes.push((e as CustomEvent<FieldChangeDetail>).detail));
  return changes;
}

describe('dr-card-number in its frame', () => {
  it('takes a frame-url set after it rendered (a framework binding it late), and becomes ready from there', async () => {
    // Rendered first without one: the default, beside the library's script, is this page's own origin and refused.
    const originalError = console.error;
    console.error = () => {};
    const wrapper = await fixture<HTMLElement>(html`<div><dr-card-number group=${freshGroup()}></dr-card-number></div>`);
    const el = wrapper.firstElementChild as DrCardFieldElement;
    await el.updateComplete;
    console.error = originalError;
    expect(frameOf(el).getAttribute('src')).to.equal('about:blank');
    const ready = oneEvent(el, 'dr-ready');
    el.frameUrl = frameUrl();
    await ready;
    expect(frameOf(el).src.startsWith(frameUrl())).to.equal(true);
    const changes = recordChanges(el);
    await typeInto(el, '4');
    await waitUntil(() => changes.at(-1)?.brand === 'visa', 'the field answers');
  });

  it('refuses a frame-url on the page\'s own origin, with one console error that says why', async () => {
    const errors: string[] = [];
    const originalError = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const wrapper = await fixture<HTMLElement>(html`<div><dr-card-number group=${freshGroup()} frame-url="/frames/frame.html"></dr-card-number></div>`);
      const el = wrapper.firstElementChild as DrCardFieldElement;
      await el.updateComplete;
      expect(frameOf(el).getAttribute('src')).to.equal('about:blank');
      expect(errors).to.have.length(1);
      expect(errors[0]).to.contain('frame_same_origin');
    } finally {
      console.error = originalError;
    }
  });

  it('passes an accessibility audit: the frame has a short title', async () => {
    const el = await placed(html`<dr-card-number group=${freshGroup()} frame-url=${frameUrl()}></dr-card-number>`);
    await expect(el).to.be.accessible();
    expect(frameOf(el).title).to.equal('Secure card number field');
  });

  it('loads its input from the frame origin, with payment allowed, and autofill across frames where the browser knows it', async () => {
    const el = await placed(html`<dr-card-number group=${freshGroup()} frame-url=${frameUrl()}></dr-card-number>`);
    const frame = frameOf(el);
    expect(new URL(frame.src).origin).to.equal(otherOrigin());
    expect(new URL(frame.src).origin).not.to.equal(location.origin);
    const known = (document as { featurePolicy?: { features(): string[] } }).featurePolicy?.features() ?? [];
    const allowed = frame.getAttribute('allow')!.split(';').map((feature) => feature.trim());
    expect(allowed).to.include('payment');
    // Only features this browser knows: an unknown one is a console warning on every storefront page.
    for (const feature of allowed) expect(known, feature).to.include(feature);
    expect(el.shadowRoot!.querySelector('input')).to.equal(null);
  });

  it('sends change events with brand, complete and DR.js error codes, never the value', async () => {
    const el = await placed(html`<dr-card-number group=${freshGroup()} frame-url=${frameUrl()}></dr-card-number>`);
    const changes = recordChanges(el);
    await typeInto(el, '4');
    await waitUntil(() => changes.length === 1, 'one change');
    expect(changes.at(-1)).to.deep.equal({ elementType: 'cardnumber', brand: 'visa', complete: false, empty: false, error: null });
    await typeInto(el, '444222233331111');
    await waitUntil(() => changes.at(-1)?.complete, 'complete');
    expect(changes.at(-1)).to.deep.include({ complete: true, brand: 'visa' });
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="brand-icon"]')!.getAttribute('data-brand')).to.equal('visa');
    await el.clear();
    await typeInto(el, '5466160000000009');
    await waitUntil(() => changes.at(-1)?.error, 'an error');
    expect(changes.at(-1)!.error).to.deep.equal({ type: 'validation_error', code: 'invalid_card_number', message: 'Your card number is invalid.' });
    expect(JSON.stringify(changes)).not.to.contain('4444');
  });

  it('sends ready, focus, return and blur events that leave another component\'s shadow root', async () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const seen: string[] = [];
    for (const name of ['dr-ready', 'dr-focus', 'dr-blur', 'dr-return'] as const) host.addEventListener(name, () => seen.push(name));
    const el = document.createElement('dr-card-number');
    el.group = freshGroup();
    el.frameUrl = frameUrl();
    const ready = oneEvent(el, 'dr-ready');
    root.append(el);
    await ready;
    await typeInto(el, '');
    await sendKeys({ press: 'Enter' });
    const blurred = oneEvent(el, 'dr-blur');
    el.blur();
    await blurred;
    expect(seen).to.deep.equal(['dr-ready', 'dr-focus', 'dr-return', 'dr-blur']);
    host.remove();
  });

  it('applies the DR.js classes to its class target', async () => {
    const container = await fixture<HTMLDivElement>(html`<div id="box"></div>`);
    const el = document.createElement('dr-card-number');
    el.group = freshGroup();
    el.frameUrl = frameUrl();
    el.classTarget = container;
    el.classes = { complete: 'is-done' };
    const ready = oneEvent(el, 'dr-ready');
    container.append(el);
    await ready;
    expect([...container.classList]).to.include.members(['DRElement', 'DRElement--empty']);
    await typeInto(el, '4444222233331111');
    await el.updateComplete;
    expect(container.classList.contains('DRElement--focus')).to.equal(true);
    expect(container.classList.contains('is-done')).to.equal(true);
    await el.clear();
    await typeInto(el, '5466160000000009');
    await el.updateComplete;
    expect(container.classList.contains('DRElement--invalid')).to.equal(true);
  });

  it('keeps the security code in step with the number of its group', async () => {
    const group = freshGroup();
    const number = await placed(html`<dr-card-number group=${group} frame-url=${frameUrl()}></dr-card-number>`);
    const cvv = await placed(html`<dr-card-cvv group=${group} frame-url=${frameUrl()}></dr-card-cvv>`);
    await typeInto(cvv, '1234');
    await typeInto(number, '4444222233331111');
    await waitUntil(() => cvv.state.error?.code === 'invalid_security_code', 'a 4-digit code is too long for Visa');
    await number.clear();
    await typeInto(number, '343456789012341');
    await waitUntil(() => cvv.state.complete && cvv.state.brand === 'amex', 'a 4-digit code fits American Express');
  });
});

describe('secure fields keep the card number out of the page', () => {
  const consoleLines: string[] = [];
  const original = { log: console.log, warn: console.warn, error: console.error, info: console.info, debug: console.debug };
  beforeEach(() => {
    consoleLines.length = 0;
    for (const method of Object.keys(original) as (keyof typeof original)[]) {
      console[method] = (...args: unknown[]) => consoleLines.push(args.map(String).join(' '));
    }
  });
  afterEach(() => Object.assign(console, original));

  /** Every string the page can see: DOM and shadow roots with attributes, events, console, storage and URL. */
  function whatThePageHolds(events: unknown[]): string {
    const parts: string[] = [document.documentElement.outerHTML, location.href, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })];
    const walk = (root: Document | ShadowRoot) => {
      for (const node of root.querySelectorAll('*')) {
        for (const attribute of node.attributes) parts.push(attribute.value);
        if (node.shadowRoot) {
          parts.push(node.shadowRoot.innerHTML);
          walk(node.shadowRoot);
        }
      }
    };
    walk(document);
    parts.push(JSON.stringify(events), consoleLines.join('\n'), document.cookie);
    return parts.join('\n').replace(/[\s-]/g, '');
  }

  it('after typing a full card and creating a source, the page holds no full number, and cannot read the frame', async () => {
    const form = await fixture<HTMLElement>(html`<form><div id="pan"></div><div id="exp"></div><div id="cvc"></div></form>`);
    const events: unknown[] = [];
    for (const name of ['dr-change', 'dr-focus', 'dr-blur', 'dr-ready', 'dr-return']) form.addEventListener(name, (e) => events.push((e as CustomEvent).detail));
    const dr = new DigitalRiver('pk_test_proof', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
    const [number, expiration, cvv] = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => dr.createElement(type)!);
    const readies = [number, expiration, cvv].map((el) => new Promise((resolve) => el!.on('ready', resolve)));
    number!.mount('pan');
    expiration!.mount('exp');
    cvv!.mount('cvc');
    await Promise.all(readies);
    await typeInto(number!, '4444222233331111');
    await typeInto(expiration!, '1234');
    await typeInto(cvv!, '123');
    const result = await dr.createSource(number!, { type: 'creditCard' });
    expect('source' in result && result.source.creditCard?.lastFourDigits).to.equal('1111');
    events.push(result);

    expect(whatThePageHolds(events)).not.to.contain('4444222233331111');
    const frame = frameOf(number!.fieldElement);
    expect(frame.contentDocument).to.equal(null);
    expect(() => frame.contentWindow!.document).to.throw();
  });

  it('ignores forged messages posted from the page to the frame, or to the page as if from the frame', async () => {
    const el = await placed(html`<dr-card-number group=${freshGroup()} frame-url=${frameUrl()}></dr-card-number>`);
    await typeInto(el, '4444');
    await waitUntil(() => !el.state.empty, 'typed');
    const before = el.state;
    const sourcesBefore = (await sandbox.sources()).length;
    const frameWindow = frameOf(el).contentWindow!;
    const api = { baseUrl: sandbox.url, publicKey: 'pk_test_forged' };
    // To the frame: requests outside the port, and a second handshake with a port of the attacker's.
    frameWindow.postMessage({ id: 1, call: 'clear' }, '*');
    frameWindow.postMessage({ id: 2, call: 'tokenize', api, data: {} }, '*');
    const attacker = new MessageChannel();
    const stolen: unknown[] = [];
    attacker.port1.onmessage = (e) => stolen.push(e.data);
    frameWindow.postMessage({ type: 'dr-field-connect', kind: 'cardnumber' }, '*', [attacker.port2]);
    // To the page, as if from the frame.
    window.postMessage({ event: 'state', state: { ...before, elementType: 'cardnumber', complete: true, focused: false, autofilled: false } }, '*');
    expect(el.state).to.deep.equal(before);
    // The frame goes on as before: typing on completes the number typed before the forgeries (nothing cleared it).
    await typeInto(el, '222233331111');
    await waitUntil(() => el.state.complete, 'the number typed before and after the forgeries is complete');
    expect(stolen).to.deep.equal([]);
    expect((await sandbox.sources()).length).to.equal(sourcesBefore);
  });
});

describe('two DigitalRiver instances on one page', () => {
  it('each tokenizes its own fields', async () => {
    await fixture(html`<div><div id="a1"></div><div id="a2"></div><div id="a3"></div><div id="b1"></div><div id="b2"></div><div id="b3"></div></div>`);
    const mountAll = async (prefix: string) => {
      const dr = new DigitalRiver('pk_test_two', { apiBaseUrl: sandbox.url, frameUrl: frameUrl() });
      const els = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => dr.createElement(type)!);
      const readies = els.map((el) => new Promise((resolve) => el.on('ready', resolve)));
      els.forEach((el, i) => el.mount(`${prefix}${i + 1}`));
      await Promise.all(readies);
      return { dr, els };
    };
    const a = await mountAll('a');
    const b = await mountAll('b');
    for (const [{ els }, card] of [
      [a, '4444222233331111'],
      [b, '5466160000000008'],
    ] as const) {
      await typeInto(els[0]!, card);
      await typeInto(els[1]!, '1234');
      await typeInto(els[2]!, '123');
    }
    const [fromA, fromB] = await Promise.all([a.dr.createSource(a.els[0]!, {}), b.dr.createSource(b.els[0]!, {})]);
    expect('source' in fromA && fromA.source.creditCard?.lastFourDigits).to.equal('1111');
    expect('source' in fromB && fromB.source.creditCard?.lastFourDigits).to.equal('0008');
  });
});

describe('keyboard order through the frames', () => {
  it('Tab goes page -> number -> expiry -> code -> next control, and Shift+Tab back, with no trap', async () => {
    const group = freshGroup();
    const form = await fixture<HTMLElement>(html`<form>
      <input id="before" aria-label="Name" />
      <dr-card-number group=${group} frame-url=${frameUrl()}></dr-card-number>
      <dr-card-expiration group=${group} frame-url=${frameUrl()}></dr-card-expiration>
      <dr-card-cvv group=${group} frame-url=${frameUrl()}></dr-card-cvv>
      <button id="after" type="button">Pay</button>
    </form>`);
    const fields = [...form.querySelectorAll<DrCardFieldElement>('dr-card-number, dr-card-expiration, dr-card-cvv')];
    await Promise.all(fields.map((el) => (el.shadowRoot?.querySelector('iframe') ? oneEvent(el, 'dr-ready') : Promise.resolve())));
    const focusedField = () => fields.findIndex((el) => el.shadowRoot!.activeElement?.tagName === 'IFRAME');
    form.querySelector<HTMLInputElement>('#before')!.focus();
    for (const expected of [0, 1, 2]) {
      await sendKeys({ press: 'Tab' });
      await waitUntil(() => focusedField() === expected, `field ${expected} focused`);
    }
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => document.activeElement?.id === 'after', 'Pay focused');
    for (const expected of [2, 1, 0]) {
      await sendKeys({ press: 'Shift+Tab' });
      await waitUntil(() => focusedField() === expected, `field ${expected} focused again`);
    }
    await sendKeys({ press: 'Shift+Tab' });
    await waitUntil(() => document.activeElement?.id === 'before', 'back on the page');
  });
});
