// A storefront written for DigitalRiver.js: the script-tag build's global `DigitalRiver` (digitalriver-checkout.js),
// used as DigitalRiver.js documents it, plus the checkout session that attaches the source and watches its code.
import './shared/setup.js';
import '../src/script-tag-checkout.js';
import type { DrError, Source } from '../src/index.js';
import { sandboxCheckoutServer } from '../src/sandbox/checkout-server.js';
import { bootstrap } from './shared/bootstrap.js';
import { PUBLIC_KEY } from './shared/storefront-server.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function showSource(source: Source): void {
  const heading = document.createElement('p');
  heading.textContent = source.state === 'failed' ? 'The card was declined: the source failed.' : 'Payment source created and attached to the checkout.';
  const list = document.createElement('dl');
  const rows: [string, string][] = [
    ['Source', source.id],
    ['State', source.state],
    ['Brand', source.creditCard?.brand ?? '—'],
    ['Last four', source.creditCard?.lastFourDigits ?? '—'],
    ['Reusable', String(source.reusable)],
  ];
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dd.dataset.field = term.toLowerCase().replace(' ', '-');
    list.append(dt, dd);
  }
  $('#result').replaceChildren(heading, list);
}

function showError(error: DrError): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'error';
  paragraph.textContent = `${error.message} (${error.type}: ${error.errors.map((e) => e.code).join(', ')})`;
  $('#result').replaceChildren(paragraph);
}

async function main(): Promise<void> {
  const { sandbox, checkout, panel, frameUrl } = await bootstrap();
  const { log } = panel;

  // The sandbox's API base and the frames' origin; a storefront on the real API passes neither.
  const digitalRiver = new window.DigitalRiver(PUBLIC_KEY, { locale: 'en-US', clock: sandbox.clock, apiBaseUrl: sandbox.url, frameUrl });
  const style = { base: { fontSize: '16px', '::placeholder': { color: '#6b7280' } }, invalid: { color: '#b3261e' } };
  const cardNumber = digitalRiver.createElement('cardnumber', { style })!;
  const cardExpiration = digitalRiver.createElement('cardexpiration', { style })!;
  const cardCvv = digitalRiver.createElement('cardcvv', { style })!;
  cardNumber.mount('card-number');
  cardExpiration.mount('card-expiration');
  cardCvv.mount('card-cvv');
  for (const element of [cardNumber, cardExpiration, cardCvv]) {
    element.on('ready', (e) => log(`ready ${e.elementType}`));
    element.on('change', (e) => log(`change ${e.elementType} brand=${e.brand} complete=${e.complete} empty=${e.empty}${e.error ? ` error=${e.error.code}` : ''}`));
    element.on('focus', (e) => log(`focus ${e.elementType}`));
    element.on('blur', (e) => log(`blur ${e.elementType}`));
    element.on('return', () => $<HTMLFormElement>('#payment-form').requestSubmit());
  }

  const session = digitalRiver.checkout({
    checkoutId: checkout.id,
    sessionId: checkout.payment.session.id,
    server: sandboxCheckoutServer({ baseUrl: sandbox.url }),
    clock: sandbox.clock,
  });
  const warning = $('#cvc-warning');
  session.on('sourceattached', ({ source }) => {
    log(`source attached ${source.id}`);
    warning.textContent = '';
    void panel.refreshCheckout();
  });
  session.on('sourcedetached', ({ sourceId }) => log(`source detached ${sourceId}`));
  session.on('cvcexpiring', ({ secondsLeft }) => {
    warning.textContent = `Your security code expires in ${Math.floor(secondsLeft / 60)}:${String(secondsLeft % 60).padStart(2, '0')}. Place your order or enter the code again.`;
  });
  session.on('cvcexpired', ({ sourceId }) => {
    log(`security code expired for ${sourceId}`);
    warning.textContent = 'Your security code has expired. Enter it again and press Pay.';
    cardCvv.clear();
    cardCvv.focus();
  });
  session.on('error', ({ error }) => log(`error ${error.type} ${error.errors.map((e) => e.code).join(',')}`));

  const pay = $<HTMLButtonElement>('#pay');
  $('#payment-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    pay.setAttribute('aria-busy', 'true');
    pay.disabled = true;
    pay.textContent = 'Processing…';
    const value = (id: string) => $<HTMLInputElement>(id).value;
    const result = await session.pay(cardNumber, {
      owner: { firstName: value('#first-name'), lastName: value('#last-name'), email: value('#email') },
    });
    pay.removeAttribute('aria-busy');
    pay.disabled = false;
    pay.textContent = 'Pay';
    if ('source' in result) showSource(result.source);
    else showError(result.error);
  });
}

void main();
