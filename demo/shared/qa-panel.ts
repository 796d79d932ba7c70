// The QA panel every demo page shares: sandbox clock and scenarios, reset, test cards, the checkout as the storefront's
// server sees it, store credit, placing the order, and an event log.
import type { Checkout } from '../../src/api/commerce-schemas.js';
import type { RemoteSandbox } from '../../src/sandbox/remote.js';
import type { Scenario } from '../../src/sandbox/scenarios.js';
import { TEST_CARDS } from '../../src/sandbox/test-cards.data.js';
import { forgetDemoSandbox } from './setup.js';
import type { Storefront } from './storefront-server.js';

export interface QaPanel {
  log(text: string): void;
  /** Re-reads the checkout from the storefront's server and shows its sources. */
  refreshCheckout(): Promise<Checkout | undefined>;
}

const SCENARIOS: Record<string, { label: string; scenario: Scenario | null }> = {
  none: { label: 'Normal', scenario: null },
  latency: { label: 'Slow network (2 s per call)', scenario: { name: 'latency', latencyMs: 2000 } },
  declineAttach: { label: 'Attach fails once (server error)', scenario: { name: 'server_error', endpoint: 'POST /checkouts/:id/sources/:sourceId', times: 1 } },
  sourceError: { label: 'Creating the source fails once (500)', scenario: { name: 'server_error', endpoint: 'POST /sources', times: 1 } },
  timeout: { label: 'Creating the source never answers once', scenario: { name: 'timeout', endpoint: 'POST /sources', times: 1 } },
  malformed: { label: 'Malformed response once', scenario: { name: 'malformed_json', endpoint: 'POST /sources', times: 1 } },
  offline: { label: 'Connection drops once', scenario: { name: 'network_error', endpoint: 'POST /sources', times: 1 } },
};

const MINUTE = 60_000;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function section(title: string, ...children: (Node | string)[]): HTMLElement {
  const id = `qa-${title.toLowerCase().replace(/\W+/g, '-')}`;
  const heading = el('h2', { id }, title);
  const box = el('section', {}, heading, ...children);
  box.setAttribute('aria-labelledby', id);
  return box;
}

const money = (amount: number) => `$${amount.toFixed(2)}`;

export function createQaPanel(host: HTMLElement, sandbox: RemoteSandbox, storefront: Storefront, checkoutId: string): QaPanel {
  const logList = el('ol', { id: 'event-log', className: 'event-log' });
  const log = (text: string) => logList.prepend(el('li', {}, `${sandbox.clock.now().toISOString().slice(11, 19)} ${text}`));

  // Clock
  const clockText = el('output', { id: 'sandbox-time' });
  const showClock = () => (clockText.textContent = sandbox.clock.now().toLocaleTimeString('en-US'));
  setInterval(showClock, 1000);
  showClock();
  const advance = async (ms: number, label: string) => {
    try {
      await sandbox.clock.advance(ms);
      log(`clock moved forward ${label}`);
    } catch (error) {
      log(`the clock did not move: ${(error as Error).message}`);
    }
    showClock();
  };
  const clockButtons = [
    [MINUTE, '1 minute'],
    [5 * MINUTE, '5 minutes'],
    [sandbox.cvcLifetimeMs - 90_000, `${Math.round((sandbox.cvcLifetimeMs - 90_000) / MINUTE * 10) / 10} minutes (to the CVC warning)`],
    [sandbox.cvcLifetimeMs, `${sandbox.cvcLifetimeMs / MINUTE} minutes (past the CVC lifetime)`],
  ].map(([ms, label]) => el('button', { type: 'button', onclick: () => void advance(ms as number, label as string) }, `+${label}`));

  // Scenarios
  const scenarioSelect = el('select', { id: 'scenario' });
  for (const [value, { label }] of Object.entries(SCENARIOS)) scenarioSelect.append(el('option', { value }, label));
  scenarioSelect.addEventListener('change', async () => {
    const picked = SCENARIOS[scenarioSelect.value];
    try {
      await sandbox.setScenario(picked?.scenario ?? null);
      log(`scenario: ${picked?.label}`);
    } catch (error) {
      log(`the scenario was not set: ${(error as Error).message}`);
    }
  });
  const scenarioLabel = el('label', { htmlFor: 'scenario' }, 'Network scenario');

  // Checkout as the server sees it
  const checkoutView = el('div', { id: 'checkout-view' });
  async function refreshCheckout(): Promise<Checkout | undefined> {
    const result = await storefront.retrieveCheckout(checkoutId);
    if ('error' in result) {
      checkoutView.textContent = `Could not read the checkout: ${result.error.message}`;
      return undefined;
    }
    const checkout = result.data;
    const rows = checkout.sources.map((source) =>
      el('li', { className: 'attached-source' }, `${source.type} ${source.creditCard ? `${source.creditCard.brand} ····${source.creditCard.lastFourDigits}` : ''} — ${money(source.amount)} — ${source.state}`),
    );
    checkoutView.replaceChildren(
      el('p', {}, `Checkout ${checkout.id}: total ${money(checkout.totalAmount)}, session `, el('strong', { id: 'session-state' }, checkout.payment.session.state)),
      el('ul', { id: 'attached-sources' }, ...rows),
    );
    return checkout;
  }

  // Store credit and the order
  const storeCreditMessage = el('p', { id: 'store-credit-message', role: 'status' });
  const applyCredit = el('button', { type: 'button', id: 'apply-store-credit' }, 'Apply $20.00 store credit');
  applyCredit.addEventListener('click', async () => {
    const result = await storefront.applyStoreCredit(checkoutId, 20);
    if ('error' in result) {
      const code = result.error.errors[0]?.code ?? result.error.type;
      storeCreditMessage.textContent =
        code === 'session_update_not_allowed'
          ? `Store credit could not be applied: apply it before paying by card, then enter the card again. (${code})`
          : `Store credit could not be applied: ${result.error.message} (${code})`;
      log(`store credit error ${code}`);
    } else {
      storeCreditMessage.textContent = `Store credit of ${money(20)} applied.`;
      log('store credit applied');
    }
    await refreshCheckout();
  });

  const orderView = el('div', { id: 'order-view', role: 'status' });
  const placeOrder = el('button', { type: 'button', id: 'place-order' }, 'Place order');
  placeOrder.addEventListener('click', async () => {
    const result = await storefront.placeOrder(checkoutId);
    if ('error' in result) {
      const code = result.error.errors[0]?.code ?? result.error.type;
      orderView.replaceChildren(el('p', { className: 'error' }, `The order was not placed: ${result.error.message} (${code})`));
      log(`order error ${code}`);
      return;
    }
    const order = result.data;
    const charges = await Promise.all(
      order.charges.map(async (charge) => {
        const source = await storefront.retrieveSource(charge.sourceId);
        const sourceState = 'data' in source ? source.data.state : 'unknown';
        return el('li', { className: 'charge' }, `${charge.role} ${charge.type} ${money(charge.amount)}: charge ${charge.state}, source `, el('strong', { className: 'charged-source-state' }, sourceState));
      }),
    );
    orderView.replaceChildren(el('p', {}, `Order ${order.id}: `, el('strong', { id: 'order-state' }, order.state)), el('ul', {}, ...charges));
    log(`order ${order.id} ${order.state}`);
    await refreshCheckout();
  });

  // Test cards
  const cards = el('ul', { id: 'test-cards', className: 'test-cards' });
  for (const card of TEST_CARDS) {
    const copy = el('button', { type: 'button', onclick: () => void navigator.clipboard?.writeText(card.number) }, 'Copy');
    copy.setAttribute('aria-label', `Copy ${card.brand} test card ending ${card.number.slice(-4)}`);
    const notes = [card.brand, card.outcome.replaceAll('_', ' '), card.cvv ? `code ${card.cvv}` : '', card.expiration ? `expiry ${card.expiration.month}/${card.expiration.year}` : '']
      .filter(Boolean)
      .join(' · ');
    cards.append(el('li', {}, el('code', {}, card.number.replace(/(\d{4})(?=\d)/g, '$1 ')), ` ${notes} `, copy));
  }

  const reset = el('button', { type: 'button', id: 'reset' }, 'Reset sandbox and page');
  // A fresh sandbox of its own for the reloaded page; the old one is emptied (its checkout is gone either way).
  reset.addEventListener('click', async () => {
    forgetDemoSandbox();
    await sandbox.reset().catch(() => undefined);
    location.reload();
  });

  host.replaceChildren(
    section('Sandbox', el('p', {}, 'Sandbox time: ', clockText), el('div', { className: 'buttons' }, ...clockButtons), scenarioLabel, scenarioSelect, reset),
    section('Checkout (server view)', checkoutView, el('div', { className: 'buttons' }, applyCredit, placeOrder), storeCreditMessage, orderView),
    section('Test cards', el('p', { className: 'hint' }, 'Type or paste a number; any future expiry works (e.g. 12 / 34).'), cards),
    section('Event log', el('button', { type: 'button', onclick: () => logList.replaceChildren() }, 'Clear log'), logList),
  );
  void refreshCheckout();
  return { log, refreshCheckout };
}
