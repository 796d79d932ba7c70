import type { DrError } from '../../api/errors.js';
import type { Source } from '../../api/source.js';

/** What happened to a saved card: made the default, removed, or given a new expiration date. */
export type SavedCardChange = 'default' | 'remove' | 'expiration';

/** Events of `<dr-saved-cards>` (`dr-` prefix, bubbling, composed). */
export interface DrSavedCardsEventMap {
  /** The customer's saved cards were (re)loaded. */
  'dr-saved-cards-load': CustomEvent<{ sources: Source[]; defaultSourceId?: string }>;
  /**
   * The shopper chose to pay with a saved card (its security-code field is shown and focused), or `source: null`: with
   * a new card instead.
   */
  'dr-saved-card-choose': CustomEvent<{ source: Source | null }>;
  /** A saved card changed; `message` says so in the shopper's words, for the host's status. */
  'dr-saved-card-change': CustomEvent<{ change: SavedCardChange; source: Source; message: string }>;
  /** A change failed: `error.message` is in the shopper's words, `error.errors[0].code` is for the integrator. */
  'dr-saved-card-error': CustomEvent<{ error: DrError }>;
}
