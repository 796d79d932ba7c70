/** The sandbox's in-memory data. Everything lives here so that `reset()` really starts over. */
import type { Source, SourceState } from '../api/schemas.js';
import type { PaymentOutcome } from './test-cards.data.js';

export interface SourceRecord {
  source: Source;
  /** Sandbox behaviour picked at creation (test card or `owner.lastName`). */
  outcome: PaymentOutcome;
  /** When the card's security code was last collected (epoch ms on the sandbox clock); cards only. */
  cvcCollectedAt?: number;
  /** Every state the source has been in, oldest first. */
  history: SourceState[];
}

export interface Store {
  sources: Map<string, SourceRecord>;
  /** Unique id with a readable prefix, e.g. `src_3f9a…`. */
  newId(prefix: string): string;
  reset(): void;
}

export function createStore(): Store {
  const store: Store = {
    sources: new Map(),
    newId: (prefix) => `${prefix}_${randomHex(12)}`,
    reset() {
      store.sources.clear();
    },
  };
  return store;
}

/** Hex from the platform's CSPRNG (also present on insecure origins, unlike `crypto.randomUUID`). */
export function randomHex(bytes: number): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  return Array.from(buffer, (b) => b.toString(16).padStart(2, '0')).join('');
}
