/**
 * What the widget reads from the Sources API, checked by hand instead of by schema (zod would be a third of the
 * script tag). Liberal in what it accepts: a body that is a source reaches the caller unchanged, with keys, types and
 * formats the library does not know (a string `amount`, `klarnaCredit`, `payPal.token`). Anything else is refused,
 * and the caller gets a typed `api_error`. The sandbox describes its own answers strictly in `response-schemas.ts`.
 */

/** A value the API may add to later: the known ones autocomplete, any other string is kept. */
type Open<T extends string> = T | (string & Record<never, never>);

export type SourceType = Open<'creditCard' | 'googlePay' | 'applePay' | 'payPal' | 'directDebit' | 'wireTransfer' | 'customerCredit'>;
export type SourceState = Open<
  'chargeable' | 'failed' | 'consumed' | 'cancelled' | 'pending_redirect' | 'pending_funds' | 'requires_action'
>;

export interface Address {
  line1?: string;
  line2?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  country?: string;
}

export interface Owner {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string;
  address?: Address;
}

/** What a source keeps of a card: never the number, never the security code. */
export interface CreditCardDetails {
  brand: string;
  expirationMonth: number;
  expirationYear: number;
  lastFourDigits: string;
}

export interface Source {
  id: string;
  clientSecret: string;
  type: SourceType;
  state: SourceState;
  reusable?: boolean;
  flow?: Open<'standard' | 'redirect' | 'receiver'>;
  createdTime?: string;
  liveMode?: boolean;
  customerId?: string;
  paymentSessionId?: string;
  /** A number from the sandbox; Digital River's documentation shows strings such as `"100.00"`. */
  amount?: number | string;
  currency?: string;
  owner?: Owner;
  creditCard?: CreditCardDetails;
  googlePay?: CreditCardDetails;
  applePay?: CreditCardDetails;
  payPal?: { payerEmail?: string; token?: string; [key: string]: unknown };
  directDebit?: { bankName?: string; [key: string]: unknown };
  wireTransfer?: { accountHolder: string; bankName: string; iban: string; swiftCode: string; referenceId: string };
  redirect?: { redirectUrl: string; returnUrl?: string; cancelUrl?: string };
  /** `requires_action` card sources (3-D Secure): the page the library shows the shopper in its challenge dialog. */
  authentication?: { challengeUrl: string };
  [key: string]: unknown;
}

export interface AuthenticateSourceResponse {
  status: Open<'complete' | 'authentication_not_required' | 'failed'>;
  source: Source;
}

export interface ApiErrorBody {
  type: string;
  errors: { code: string; parameter?: string; message: string }[];
}

type Fields = Record<string, unknown>;

const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The body when it is a source (an id, a client secret, a type and a state), else undefined. */
export function readSource(body: unknown): Source | undefined {
  return isRecord(body) && isText(body.id) && isText(body.clientSecret) && isText(body.type) && isText(body.state)
    ? (body as Source)
    : undefined;
}

export function readAuthenticateResponse(body: unknown): AuthenticateSourceResponse | undefined {
  return isRecord(body) && isText(body.status) && readSource(body.source) ? (body as unknown as AuthenticateSourceResponse) : undefined;
}

/** An API error body: a type and at least one `{code, message}`. */
export function readErrorBody(body: unknown): ApiErrorBody | undefined {
  if (!isRecord(body) || !isText(body.type) || !Array.isArray(body.errors) || body.errors.length === 0) return undefined;
  const detailOk = (e: unknown) =>
    isRecord(e) && isText(e.code) && typeof e.message === 'string' && (e.parameter === undefined || typeof e.parameter === 'string');
  return body.errors.every(detailOk) ? (body as unknown as ApiErrorBody) : undefined;
}
