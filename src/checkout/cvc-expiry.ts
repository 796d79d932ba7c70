/**
 * How long a card source's security code stays usable: its age from `createdTime` against a lifetime, with a
 * warning lead before the end. The clock is injected, and every tick re-reads it, so moving the clock (tests, the
 * demo's fast-forward) shows within one tick. See docs/decisions/0004-cvc-lifetime.md for the defaults.
 */

/** Default security-code lifetime: the sandbox's (`DEFAULT_CVC_LIFETIME_MS`), 15 minutes. */
export const DEFAULT_CVC_LIFETIME_MS = 15 * 60 * 1000;
/** Default warning lead: the countdown starts 2 minutes before the code runs out. */
export const DEFAULT_CVC_WARNING_MS = 2 * 60 * 1000;

export type CvcState =
  | { status: 'fresh'; expiresAt: Date }
  | { status: 'expiring'; secondsLeft: number; expiresAt: Date }
  | { status: 'expired'; expiresAt: Date };

/** Calls `callback` repeatedly until the returned function is called. */
export type Tick = (callback: () => void) => () => void;

export interface CvcExpiryTrackerOptions {
  /** The source's `createdTime` (ISO string, Date or epoch ms). */
  createdTime: string | Date | number;
  lifetimeMs?: number;
  warningMs?: number;
  clock: { now(): Date };
  /** Default: every second. */
  tick?: Tick;
  /** Called with the first state and after every change (each second of the countdown is a change). */
  onChange(state: CvcState): void;
}

export interface CvcExpiryTracker {
  readonly state: CvcState;
  /** Re-reads the clock now, without waiting for the next tick. */
  check(): void;
  stop(): void;
}

export const everySecond: Tick = (callback) => {
  const timer = setInterval(callback, 1000);
  return () => clearInterval(timer);
};

export function cvcStateAt(now: Date, expiresAt: Date, warningMs: number): CvcState {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return { status: 'expired', expiresAt };
  if (left <= warningMs) return { status: 'expiring', secondsLeft: Math.ceil(left / 1000), expiresAt };
  return { status: 'fresh', expiresAt };
}

export function createCvcExpiryTracker(options: CvcExpiryTrackerOptions): CvcExpiryTracker {
  const lifetimeMs = positive(options.lifetimeMs) ?? DEFAULT_CVC_LIFETIME_MS;
  const warningMs = Math.min(positive(options.warningMs) ?? DEFAULT_CVC_WARNING_MS, lifetimeMs);
  const expiresAt = new Date(new Date(options.createdTime).getTime() + lifetimeMs);
  let state = cvcStateAt(options.clock.now(), expiresAt, warningMs);
  let stopTick: (() => void) | undefined;

  const check = () => {
    const next = cvcStateAt(options.clock.now(), expiresAt, warningMs);
    if (next.status === state.status && (next.status !== 'expiring' || state.status !== 'expiring' || next.secondsLeft === state.secondsLeft)) return;
    state = next;
    options.onChange(state);
    if (state.status === 'expired') stop();
  };
  const stop = () => {
    stopTick?.();
    stopTick = undefined;
  };

  options.onChange(state);
  if (state.status !== 'expired') stopTick = (options.tick ?? everySecond)(check);
  return {
    get state() {
      return state;
    },
    check,
    stop,
  };
}

function positive(value: number | undefined): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;
}
