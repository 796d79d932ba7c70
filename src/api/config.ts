/**
 * Base URL of the payment API. Pages written for DigitalRiver.js pass no base URL, so the library uses this one,
 * and the browser sandbox answers it too: such a page runs offline with no change but adding the sandbox.
 */
export const DEFAULT_API_BASE_URL = 'https://api.digitalriver.com';

/** Client-side request timeout when the caller gives none. */
export const DEFAULT_TIMEOUT_MS = 15_000;
