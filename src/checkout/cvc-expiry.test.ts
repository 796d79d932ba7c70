import { expect } from '@open-wc/testing';
import { createCvcExpiryTracker, cvcStateAt, DEFAULT_CVC_LIFETIME_MS, DEFAULT_CVC_WARNING_MS, type CvcState } from './cvc-expiry.js';

/** A clock and a tick the test moves by hand: no real waiting. */
function manual(start = Date.parse('2030-01-01T12:00:00Z')) {
  let now = start;
  let tickCallback: (() => void) | undefined;
  return {
    clock: { now: () => new Date(now) },
    tick: (callback: () => void) => {
      tickCallback = callback;
      return () => (tickCallback = undefined);
    },
    advance(ms: number) {
      now += ms;
      tickCallback?.();
    },
    get ticking() {
      return tickCallback !== undefined;
    },
  };
}

const describeState = (s: CvcState) => (s.status === 'expiring' ? `expiring ${s.secondsLeft}` : s.status);

describe('createCvcExpiryTracker', () => {
  it('goes fresh -> expiring (counting down each second) -> expired with the default lifetime and lead', () => {
    const time = manual();
    const seen: string[] = [];
    const tracker = createCvcExpiryTracker({ createdTime: time.clock.now().toISOString(), clock: time.clock, tick: time.tick, onChange: (s) => seen.push(describeState(s)) });
    expect(seen).to.deep.equal(['fresh']);
    time.advance(DEFAULT_CVC_LIFETIME_MS - DEFAULT_CVC_WARNING_MS - 1000);
    expect(seen).to.deep.equal(['fresh']);
    time.advance(1000);
    expect(seen.at(-1)).to.equal('expiring 120');
    time.advance(500);
    time.advance(500);
    expect(seen.slice(1)).to.deep.equal(['expiring 120', 'expiring 119']);
    time.advance(30_000);
    expect(seen.at(-1)).to.equal('expiring 89');
    time.advance(89_000);
    expect(seen.at(-1)).to.equal('expired');
    expect(tracker.state.status).to.equal('expired');
    expect(time.ticking).to.equal(false);
  });

  it('takes a configurable lifetime and warning lead, and shows a clock jump within one tick', () => {
    const time = manual();
    const seen: string[] = [];
    createCvcExpiryTracker({ createdTime: time.clock.now(), lifetimeMs: 60_000, warningMs: 10_000, clock: time.clock, tick: time.tick, onChange: (s) => seen.push(describeState(s)) });
    time.advance(49_000);
    expect(seen).to.deep.equal(['fresh']);
    time.advance(2_000);
    expect(seen).to.deep.equal(['fresh', 'expiring 9']);
    time.advance(60 * 60_000);
    expect(seen).to.deep.equal(['fresh', 'expiring 9', 'expired']);
  });

  it('starts expired for a source older than its lifetime, and reports when it runs out', () => {
    const time = manual();
    const seen: CvcState[] = [];
    const created = new Date(time.clock.now().getTime() - 20 * 60_000);
    createCvcExpiryTracker({ createdTime: created.toISOString(), clock: time.clock, tick: time.tick, onChange: (s) => seen.push(s) });
    expect(seen.map((s) => s.status)).to.deep.equal(['expired']);
    expect(seen[0]!.expiresAt.getTime()).to.equal(created.getTime() + DEFAULT_CVC_LIFETIME_MS);
    expect(time.ticking).to.equal(false);
  });

  it('stops ticking on stop()', () => {
    const time = manual();
    const tracker = createCvcExpiryTracker({ createdTime: time.clock.now(), clock: time.clock, tick: time.tick, onChange: () => {} });
    expect(time.ticking).to.equal(true);
    tracker.stop();
    expect(time.ticking).to.equal(false);
  });

  it('cvcStateAt rounds the seconds left up', () => {
    const expiresAt = new Date(10_000);
    expect(cvcStateAt(new Date(8_500), expiresAt, 5_000)).to.deep.include({ status: 'expiring', secondsLeft: 2 });
    expect(cvcStateAt(new Date(10_000), expiresAt, 5_000).status).to.equal('expired');
    expect(cvcStateAt(new Date(1_000), expiresAt, 5_000).status).to.equal('fresh');
  });
});
