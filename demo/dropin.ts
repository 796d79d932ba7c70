// A storefront using Drop-in payments from the script-tag build (digitalriver-dropin.js): the checkout's payment
// session decides the methods shown; onSuccess's source is attached by the storefront's server. The QA panel adds what
// each method needs: the market (which methods the session offers), the options to try, and the wire transfer's funds.
import './shared/setup.js';
import '../src/script-tag-dropin.js';
import type { DropinConfiguration, DropinError, DropinSuccess } from '../src/dropin/configuration.js';
import type { Source } from '../src/index.js';
import { bootstrap } from './shared/bootstrap.js';
import { MARKETS, PUBLIC_KEY, type Market } from './shared/storefront-server.js';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const params = new URLSearchParams(location.search);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * What the storefront shows once Drop-in gave it a source: its state, and for a wire transfer the bank details, as
 * the thank-you page shows them (the delayedpaymentinstructions element).
 */
function showSource(digitalRiver: InstanceType<typeof window.DigitalRiver>, source: Source): void {
  const rows: [string, string][] = [
    ['Source', source.id],
    ['Type', source.type],
    ['State', source.state],
  ];
  if (source.creditCard) rows.push(['Card', `${source.creditCard.brand} ····${source.creditCard.lastFourDigits}`]);
  const list = el('dl');
  for (const [term, value] of rows) list.append(el('dt', {}, term), el('dd', {}, value));
  $('#result').replaceChildren(el('p', {}, 'Drop-in gave the storefront this source:'), list);
  if (source.type !== 'wireTransfer') return;
  $('#result').append(el('div', { id: 'payment-instructions' }));
  digitalRiver.createElement('delayedpaymentinstructions', { sourceId: source.id, sourceClientSecret: source.clientSecret }).mount('payment-instructions');
}

/** The page's address with one option changed (the Drop-in options are read from the address). */
function withParam(name: string, value: string | null): string {
  const url = new URL(location.href);
  if (value === null) url.searchParams.delete(name);
  else url.searchParams.set(name, value);
  return url.href;
}

async function main(): Promise<void> {
  const { sandbox, checkout, panel, frameUrl, storefront } = await bootstrap();
  const { log } = panel;
  let wireTransfer: Source | undefined;
  const fundsButton = el('button', { type: 'button', id: 'receive-funds', disabled: true }, 'Receive the wire transfer’s funds');
  const fundsMessage = el('p', { id: 'funds-message', role: 'status' });

  const digitalRiver = new window.DigitalRiver(PUBLIC_KEY, { locale: params.get('locale') ?? 'en-US', clock: sandbox.clock, apiBaseUrl: sandbox.url, frameUrl });
  const configuration: DropinConfiguration = {
    sessionId: checkout.payment.session.id,
    options: {
      flow: 'checkout',
      showSavePaymentAgreement: true,
      showTermsOfSaleDisclosure: params.get('terms') !== 'off',
      expandFirstPaymentMethod: params.get('expand') !== 'off',
      showComplianceSection: params.get('compliance') !== 'off',
      button: { type: 'payNow' },
      consents: { companyName: 'Demo Storefront', termsOfUse: { url: `${location.origin}/index.html#terms` } },
    },
    billingAddress: {
      firstName: 'Ada',
      // The sandbox picks a redirect method's outcome from the last name (SourceFail: the source fails at once).
      lastName: params.get('lastName') ?? 'Lovelace',
      email: 'ada@example.test',
      phoneNumber: '555-010-0000',
      address: { line1: '1 Analytical Way', city: 'Paris', postalCode: '75005', country: MARKETS[(params.get('market') as Market) ?? 'US']?.country ?? 'US' },
    },
    paymentMethodConfiguration: {
      payPal: { style: { color: 'gold', shape: 'pill', label: 'pay' } },
      googlePay: { style: { buttonType: 'long', buttonColor: 'dark' } },
      applePay: { style: { buttonType: 'buy', buttonColor: 'light-outline' } },
    },
    onReady: (data) => log(`Drop-in onReady: ${data.paymentMethodTypes.join(', ') || 'no method'}`),
    onSuccess: (data: DropinSuccess) => {
      log(`Drop-in onSuccess: ${data.source.type} ${data.source.state}, readyForStorage ${data.readyForStorage}${data.consents ? `, termsOfSale ${data.consents.termsOfSale}` : ''}`);
      showSource(digitalRiver, data.source);
      if (data.source.type === 'wireTransfer') {
        wireTransfer = data.source;
        fundsButton.disabled = false;
      }
      // The storefront's server attaches the source to the checkout.
      void storefront.attachSource(checkout.id, data.source.id).then((result) => {
        log('error' in result ? `attach error ${result.error.errors[0]?.code ?? result.error.type}` : `source attached ${data.source.id}`);
        void panel.refreshCheckout();
      });
    },
    onError: (data: DropinError) => log(`Drop-in onError: ${data.paymentMethod} ${data.errors.map((e) => e.code).join(', ')}`),
    onCancel: (data) => log(`Drop-in onCancel: ${data.paymentMethod}`),
  };
  digitalRiver.createDropin(configuration).mount('drop-in');

  fundsButton.addEventListener('click', async () => {
    if (!wireTransfer) return;
    try {
      await sandbox.receiveFunds(wireTransfer.id);
      fundsMessage.textContent = `The funds arrived: ${wireTransfer.id} is chargeable.`;
      log(`funds received for ${wireTransfer.id}`);
      fundsButton.disabled = true;
    } catch (error) {
      fundsMessage.textContent = `The funds were not received: ${(error as Error).message}`;
    }
    void panel.refreshCheckout();
  });

  // The Drop-in part of the QA panel: market, options, and the controls the methods need.
  const market = (params.get('market') as Market | null) ?? 'US';
  const marketLinks = Object.entries(MARKETS).map(([code, { currency }]) => {
    const link = el('a', { href: withParam('market', code) }, `${code} (${currency})`);
    if (code === market) link.setAttribute('aria-current', 'page');
    return link;
  });
  const toggle = (name: string, label: string) =>
    el('a', { href: withParam(name, params.get(name) === 'off' ? null : 'off') }, `${label}: ${params.get(name) === 'off' ? 'off' : 'on'} (switch)`);
  const heading = el('h2', { id: 'qa-drop-in' }, 'Drop-in');
  const box = el(
    'section',
    {},
    heading,
    el('p', {}, 'Market (the checkout’s currency and billing country decide the methods): ', ...marketLinks.flatMap((link) => [link, ' '])),
    el(
      'p',
      {},
      toggle('terms', 'Terms of sale'),
      ' · ',
      toggle('expand', 'First method open'),
      ' · ',
      toggle('compliance', 'Compliance section'),
      ' · ',
      el('a', { href: withParam('lastName', 'SourceFail') }, 'Redirect source fails at once'),
    ),
    el('p', { className: 'hint' }, 'PayPal and direct debit open the sandbox’s approval page: Approve brings you back with the source chargeable, Decline with onCancel.'),
    el('p', { className: 'hint' }, 'Google Pay and Apple Pay: their own button opens the sandbox’s wallet sheet; Pay gives onSuccess with the wallet’s source, Cancel (or Escape) gives onCancel.'),
    el('div', { className: 'buttons' }, fundsButton),
    fundsMessage,
  );
  box.setAttribute('aria-labelledby', 'qa-drop-in');
  $('#qa-panel').prepend(box);
}

void main();
