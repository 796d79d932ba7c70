import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import type { CheckoutEventMap, CheckoutEventName } from '../../checkout/checkout-session.js';
import { createCvcExpiryTracker, type CvcExpiryTracker } from '../../checkout/cvc-expiry.js';
import { checkoutEnglish } from '../../page-texts/en.checkout.js';
import { CvcCountdownController, type CvcWatched } from './cvc-countdown.controller.js';

// The countdown controller in a host of its own, over a session's security-code events as the session's tracker sends
// them: the real tracker, on a clock the test moves and a tick it calls (docs/decisions/0004-cvc-lifetime.md).

class CountdownHost extends LitElement {
  expired = 0;
  readonly countdown = new CvcCountdownController(this, { texts: () => checkoutEnglish, onExpired: () => this.expired++ });

  protected override render(): TemplateResult {
    return html`${this.countdown.render()}`;
  }
}
customElements.define('cvc-countdown-host', CountdownHost);

const MINUTE = 60_000;

/** A session's security-code side: a card created at `created`, tracked for 15 minutes with a 2-minute warning. */
function trackedCard() {
  const created = new Date('2030-01-01T10:00:00Z');
  let now = created.getTime();
  let tick = () => {};
  const handlers = new Map<CheckoutEventName, ((data: never) => void)[]>();
  const emit = <K extends CheckoutEventName>(name: K, data: CheckoutEventMap[K]) => handlers.get(name)?.forEach((handler) => handler(data as never));
  let tracker: CvcExpiryTracker | undefined;
  const session: CvcWatched = {
    get cvcState() {
      return tracker?.state;
    },
    on(name, handler) {
      handlers.set(name, [...(handlers.get(name) ?? []), handler as (data: never) => void]);
      return () => handlers.set(name, handlers.get(name)!.filter((h) => h !== handler));
    },
  };
  const attach = () => {
    tracker = createCvcExpiryTracker({
      createdTime: created,
      clock: { now: () => new Date(now) },
      tick: (callback) => ((tick = callback), () => (tick = () => {})),
      onChange: (state) => {
        if (state.status === 'expiring') emit('cvcexpiring', { sourceId: 'src_1', secondsLeft: state.secondsLeft, expiresAt: state.expiresAt.toISOString() });
        if (state.status === 'expired') emit('cvcexpired', { sourceId: 'src_1' });
      },
    });
  };
  /** Moves the clock to `left` ms before the code runs out, and lets the tracker look. */
  const leave = (left: number) => {
    now = created.getTime() + 15 * MINUTE - left;
    tick();
  };
  return { session, attach, leave, listeners: () => [...handlers.values()].flat().length };
}

async function mount() {
  const host = await fixture<CountdownHost>(html`<cvc-countdown-host></cvc-countdown-host>`);
  const region = () => host.shadowRoot!.querySelector<HTMLElement>('[part="cvc-warning"]')!;
  const events: { type: string; detail: unknown }[] = [];
  for (const type of ['dr-cvc-expiring', 'dr-cvc-expired']) host.addEventListener(type, (event) => events.push({ type, detail: (event as CustomEvent).detail }));
  return { host, region, events };
}

describe('CvcCountdownController', () => {
  it('is an empty polite status region while the code is fresh, and accessible', async () => {
    const { host, region } = await mount();
    const card = trackedCard();
    host.countdown.watch(card.session);
    card.attach();
    host.countdown.sync();
    await host.updateComplete;
    expect(region().getAttribute('role')).to.equal('status');
    expect(region().getAttribute('aria-live')).to.equal('polite');
    expect(region().textContent!.trim()).to.equal('');
    expect(host.countdown.state?.status).to.equal('fresh');
    expect(host.countdown.stale).to.equal(false);
    await expect(host).to.be.accessible();
  });

  it('counts down every second but announces only at the start, every 30 seconds and at the end', async () => {
    const { host, region, events } = await mount();
    const card = trackedCard();
    host.countdown.watch(card.session);
    card.attach();
    card.leave(90_000);
    await host.updateComplete;
    const shown = () => region().querySelector('[aria-hidden="true"]')!.textContent;
    const announced = () => region().querySelector('.sr-only')!.textContent;
    expect(shown()).to.equal('Your security code expires in 1:30. Update it to keep your payment ready.');
    expect(announced()).to.equal(shown());
    expect(events).to.deep.equal([{ type: 'dr-cvc-expiring', detail: { sourceId: 'src_1', secondsLeft: 90, expiresAt: '2030-01-01T10:15:00.000Z' } }]);
    expect(host.countdown.stale).to.equal(true);
    await expect(host).to.be.accessible();

    card.leave(85_000);
    await host.updateComplete;
    expect(shown()).to.contain('1:25');
    expect(announced()).to.contain('1:30');
    card.leave(60_000);
    await host.updateComplete;
    expect(announced()).to.contain('1:00');
    expect(events.map((e) => e.type)).to.deep.equal(['dr-cvc-expiring', 'dr-cvc-expiring', 'dr-cvc-expiring']);

    expect(host.expired).to.equal(0);
    card.leave(0);
    await host.updateComplete;
    expect(region().textContent!.trim()).to.equal('Your security code has expired. Enter it again to continue.');
    expect(host.expired).to.equal(1);
    expect(events.at(-1)).to.deep.equal({ type: 'dr-cvc-expired', detail: { sourceId: 'src_1' } });
  });

  it('clears the warning for a fresh card, and stops listening to a session it no longer watches', async () => {
    const { host, region, events } = await mount();
    const card = trackedCard();
    host.countdown.watch(card.session);
    card.attach();
    card.leave(30_000);
    await host.updateComplete;
    expect(region().textContent).to.contain('0:30');

    host.countdown.watch(undefined);
    await host.updateComplete;
    expect(region().textContent!.trim()).to.equal('');
    expect(host.countdown.state).to.equal(undefined);
    expect(card.listeners()).to.equal(0);
    card.leave(0);
    await host.updateComplete;
    expect(events.map((e) => e.type)).to.deep.equal(['dr-cvc-expiring']);
    expect(host.expired).to.equal(0);
  });

  it('stops listening when its host leaves the page', async () => {
    const { host } = await mount();
    const card = trackedCard();
    host.countdown.watch(card.session);
    expect(card.listeners()).to.equal(2);
    host.remove();
    expect(card.listeners()).to.equal(0);
  });
});
