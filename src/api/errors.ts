/**
 * The error types: the library's own, and the API's, which pass through unchanged (a type the library does not know
 * yet still arrives as the API sent it).
 */
export type DrErrorType =
  | 'validation_error'
  | 'integration_error'
  | 'network_error'
  | 'request_timeout'
  | 'api_error'
  | 'bad_request'
  | 'unauthorized'
  | 'card_error'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | (string & Record<never, never>);

/** One problem in an error: a stable code, the parameter it concerns (when there is one) and a readable message. */
export interface DrErrorDetail {
  code: string;
  parameter?: string;
  message: string;
}

/**
 * The library's error shape, which is also what every public call resolves to on failure.
 * `message` repeats the first detail's message, because Digital River's examples read both
 * `error.message` and `error.errors[0].message`.
 *
 * Types raised on the client: `validation_error` (card fields), `network_error` (offline, refused, aborted),
 * `request_timeout`, `api_error` (5xx, non-JSON or unexpected bodies). API types pass through unchanged:
 * `bad_request`, `unauthorized`, `card_error`, `forbidden`, `not_found`, `conflict`.
 */
export interface DrError {
  type: DrErrorType;
  message: string;
  errors: DrErrorDetail[];
}

export function drError(type: string, code: string, message: string, parameter?: string): DrError {
  const detail: DrErrorDetail = parameter === undefined ? { code, message } : { code, parameter, message };
  return { type, message, errors: [detail] };
}

/** Builds a DrError from an API error body, keeping every detail. */
export function fromErrorBody(body: { type: string; errors: DrErrorDetail[] }): DrError {
  return { type: body.type, message: body.errors[0]?.message ?? body.type, errors: body.errors };
}

/** HTTP status that goes with each API error type (the sandbox answers with these; the client reads them back). */
export const STATUS_BY_ERROR_TYPE: Readonly<Record<string, number>> = {
  bad_request: 400,
  unauthorized: 401,
  card_error: 402,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  api_error: 500,
};
