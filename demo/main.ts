// QA storefront: the DigitalRiver.js API, unchanged, against the in-browser sandbox.
import { DigitalRiver, type DrError, type Source } from '../src/index.js';
import { startSandbox } from '../src/sandbox/index.js';
import { TEST_CARDS } from '../src/sandbox/test-cards.data.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;

function log(text: string): void {
  const entry = document.createElement('li');
  entry.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  $('#event-log').prepend(entry);
}

function renderTestCards(): void {
  const list = $('#test-cards');
  for (const card of TEST_CARDS) {
    const item = document.createElement('li');
    const code = document.createElement('code');
    code.textContent = card.number.replace(/(\d{4})(?=\d)/g, '$1 ');
    const copy = document.createElement('button');
    copy.type = 'button';
    copy.textContent = 'Copy';
    copy.setAttribute('aria-label', `Copy ${card.brand} test card ending ${card.number.slice(-4)}`);
    copy.addEventListener('click', () => void navigator.clipboard?.writeText(card.number));
    const details = [card.brand, card.outcome.replaceAll('_', ' '), card.cvv ? `code ${card.cvv}` : '', card.expiration ? `expiry ${card.expiration.month}/${card.expiration.year}` : '']
      .filter(Boolean)
      .join(' · ');
    item.append(code, ` ${details} `, copy);
    list.append(item);
  }
}

function showSource(source: Source): void {
  const result = $('#result');
  result.replaceChildren();
  const heading = document.createElement('p');
  heading.textContent = source.state === 'failed' ? 'The card was declined: the source failed.' : 'Payment source created.';
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
  result.append(heading, list);
}

function showError(error: DrError): void {
  const paragraph = document.createElement('p');
  paragraph.className = 'error';
  paragraph.textContent = `${error.message} (${error.type}: ${error.errors.map((e) => e.code).join(', ')})`;
  $('#result').replaceChildren(paragraph);
}

async function main(): Promise<void> {
  renderTestCards();
  await startSandbox({ quiet: true });
  $('#sandbox-status').textContent = 'Sandbox running in this page (no real payments).';

  const digitalRiver = new DigitalRiver('pk_test_demo_storefront', { locale: 'en-US' });
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

  const pay = $<HTMLButtonElement>('#pay');
  $('#payment-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    pay.setAttribute('aria-busy', 'true');
    pay.textContent = 'Processing…';
    const value = (id: string) => $<HTMLInputElement>(id).value;
    const result = await digitalRiver.createSource(cardNumber, {
      type: 'creditCard',
      owner: {
        firstName: value('#first-name'),
        lastName: value('#last-name'),
        email: value('#email'),
        address: { line1: '10380 Bren Road West', city: 'Minnetonka', state: 'MN', postalCode: '55343', country: 'US' },
      },
    });
    pay.removeAttribute('aria-busy');
    pay.textContent = 'Pay';
    if ('source' in result) {
      log(`source ${result.source.id} ${result.source.state}`);
      showSource(result.source);
    } else {
      log(`error ${result.error.type} ${result.error.errors.map((e) => e.code).join(',')}`);
      showError(result.error);
    }
  });
  $('#clear-log').addEventListener('click', () => $('#event-log').replaceChildren());
}

void main();
