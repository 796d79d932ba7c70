/**
 * The answer of `GET /payment-methods` (`retrieveAvailablePaymentMethods`), read by hand like a source: what a caller
 * acts on is checked, anything else the API adds is kept as given.
 */

/** The filters Digital River documents for `retrieveAvailablePaymentMethods`. */
export interface AvailablePaymentMethodFilters {
  currency?: string;
  country?: string;
  supportsStorage?: boolean;
  supportsRecurring?: boolean;
  supportsFreeTrial?: boolean;
  /** The payment session: its currency, billing country and amount decide, and the answer names them. */
  sessionId?: string;
}

export interface AvailablePaymentMethod {
  type: string;
  flow: string;
  supportsRecurring: boolean;
  supportsFreeTrial: boolean;
  supportsStorage?: boolean;
  images: { iconImage?: string; [key: string]: unknown };
  [key: string]: unknown;
}

export interface AvailablePaymentMethods {
  /** With a `sessionId` filter: the session's currency, country and amount. */
  sessionInformation?: { currency: string; country: string; amount: string | number };
  paymentMethods: AvailablePaymentMethod[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

function isMethod(value: unknown): value is AvailablePaymentMethod {
  return (
    isRecord(value) &&
    isText(value.type) &&
    isText(value.flow) &&
    typeof value.supportsRecurring === 'boolean' &&
    typeof value.supportsFreeTrial === 'boolean' &&
    (value.supportsStorage === undefined || typeof value.supportsStorage === 'boolean') &&
    isRecord(value.images)
  );
}

/** The body when it is a list of payment methods (and, if present, the session's information), else undefined. */
export function readAvailablePaymentMethods(body: unknown): AvailablePaymentMethods | undefined {
  if (!isRecord(body) || !Array.isArray(body.paymentMethods) || !body.paymentMethods.every(isMethod)) return undefined;
  const session = body.sessionInformation;
  if (session !== undefined && !(isRecord(session) && isText(session.currency) && isText(session.country))) return undefined;
  return body as unknown as AvailablePaymentMethods;
}

/** The filters as a query string, known keys only. */
export function filtersQuery(filters: AvailablePaymentMethodFilters): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, String(value));
  const text = query.toString();
  return text ? `?${text}` : '';
}
