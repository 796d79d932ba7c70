/**
 * The sandbox's notion of "now". It runs with real time plus an offset, so tests and QA move it forward
 * (CVC expiry, pending captures) instead of waiting.
 */
export interface Clock {
  now(): Date;
  /** Moves time forward by `ms` and returns the new time. */
  advance(ms: number): Date;
  /** Jumps to `date` (time keeps running from there). */
  set(date: Date | string | number): Date;
  /** Back to real time. */
  reset(): void;
}

export function createClock(realNow: () => number = Date.now): Clock {
  let offset = 0;
  const now = () => new Date(realNow() + offset);
  return {
    now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward.');
      offset += ms;
      return now();
    },
    set(date) {
      const target = new Date(date).getTime();
      if (Number.isNaN(target)) throw new RangeError('Not a date.');
      offset = target - realNow();
      return now();
    },
    reset() {
      offset = 0;
    },
  };
}
