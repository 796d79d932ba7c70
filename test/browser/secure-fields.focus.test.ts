// Focus never loses a key: each way a shopper or a storefront puts the focus into a card field, tried once, then the
// whole value typed once. A lost key leaves the field incomplete and fails the test; nothing is retried.
import { fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { DigitalRiver } from '../../src/core/digital-river.js';
import type { DigitalRiverElement } from '../../src/core/element.js';
import { frameUrl, sandboxForTests } from './secure-fields.fixtures.js';

const PAN = '4444222233331111';
let apiBaseUrl: string;
before(async () => {
  apiBaseUrl = (await sandboxForTests()).url;
});

/** A storefront form: a name input, three labelled containers, a Pay button; the fields not yet mounted. */
async function storefront() {
  const form = await fixture<HTMLFormElement>(html`<form>
    <input id="name" aria-label="Name on card" />
    <label for="n">Card number</label><div id="n"></div>
    <label for="e">Expiry</label><div id="e"></div>
    <label for="c">Security code</label><div id="c"></div>
    <button id="pay" type="button">Pay</button>
  </form>`);
  const dr = new DigitalRiver('pk_test_focus', { apiBaseUrl, frameUrl: frameUrl() });
  const [number, expiry, cvv] = (['cardnumber', 'cardexpiration', 'cardcvv'] as const).map((type) => dr.createElement(type)!) as [DigitalRiverElement, DigitalRiverElement, DigitalRiverElement];
  const mountAll = () => {
    const readies = [number, expiry, cvv].map((field) => new Promise((resolve) => field.on('ready', resolve)));
    number.mount('n');
    expiry.mount('e');
    cvv.mount('c');
    return Promise.all(readies);
  };
  return { form, number, expiry, cvv, mountAll };
}

const focused = (field: DigitalRiverElement) => new Promise<void>((resolve) => field.on('focus', () => resolve()));
const complete = (field: DigitalRiverElement, what: string) =>
  waitUntil(() => field.fieldElement.state.complete, `${what}: not complete after typing once: ${JSON.stringify(field.fieldElement.state)}`, { timeout: 3000 });

async function click(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

describe('focus never loses a key', () => {
  it('a click on the field\'s label', async () => {
    const { form, number, mountAll } = await storefront();
    await mountAll();
    const gotFocus = focused(number);
    await click(form.querySelector('label[for="n"]')!);
    await gotFocus;
    await sendKeys({ type: PAN });
    await complete(number, 'label click');
  });

  it('Tab from the input before, and Shift+Tab from the button after', async () => {
    const { form, number, cvv, mountAll } = await storefront();
    await mountAll();
    form.querySelector<HTMLInputElement>('#name')!.focus();
    const numberFocused = focused(number);
    await sendKeys({ press: 'Tab' });
    await numberFocused;
    await sendKeys({ type: PAN });
    await complete(number, 'Tab');
    form.querySelector<HTMLButtonElement>('#pay')!.focus();
    const cvvFocused = focused(cvv);
    await sendKeys({ press: 'Shift+Tab' });
    await cvvFocused;
    await sendKeys({ type: '123' });
    await complete(cvv, 'Shift+Tab');
  });

  it('element.focus() called right after mount(), while the frame is still loading', async () => {
    const { number, mountAll } = await storefront();
    const gotFocus = focused(number);
    const ready = mountAll();
    number.focus();
    await gotFocus;
    await ready;
    await sendKeys({ type: PAN });
    await complete(number, 'focus() right after mount()');
  });

  it('a click on the field while its frame is still loading', async () => {
    const { form, number, mountAll } = await storefront();
    // The shopper was on the page (the previous test left the focus in a frame it removed).
    form.querySelector<HTMLInputElement>('#name')!.focus();
    const ready = mountAll();
    const host = form.querySelector('dr-card-number')!;
    await (host as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const gotFocus = focused(number);
    await click(host.shadowRoot!.querySelector('iframe')!);
    await ready;
    await gotFocus;
    await sendKeys({ type: PAN });
    await complete(number, 'click during load');
  });

  it('moving from field to field by clicking, typing each value once', async () => {
    const { number, expiry, cvv, mountAll } = await storefront();
    await mountAll();
    for (const [field, text] of [
      [number, PAN],
      [expiry, '1234'],
      [cvv, '123'],
    ] as const) {
      const gotFocus = field === number ? focused(field) : oneEvent(field.fieldElement, 'dr-focus');
      await click(field.fieldElement.shadowRoot!.querySelector('iframe')!);
      await gotFocus;
      await sendKeys({ type: text });
      await complete(field, `${field.elementType} after a click`);
    }
  });
});
