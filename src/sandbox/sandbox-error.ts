/**
 * Rule violations inside the sandbox are thrown as SandboxError and turned into the API's error body by the
 * router. Messages are fixed texts: they never repeat what the caller sent.
 */
import type { ApiErrorBody } from '../api/schemas.js';

type Detail = ApiErrorBody['errors'][number];

export class SandboxError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;
  constructor(status: number, type: string, errors: Detail[]) {
    super(errors[0]?.message ?? type);
    this.status = status;
    this.body = { type, errors };
  }
}

const detail = (code: string, message: string, parameter?: string): Detail =>
  parameter === undefined ? { code, message } : { code, parameter, message };

export const badRequest = (errors: Detail[]) => new SandboxError(400, 'bad_request', errors);
export const invalidParameter = (parameter: string, message: string) =>
  badRequest([detail('invalid_parameter', message, parameter)]);
export const unauthorized = (message: string) => new SandboxError(401, 'unauthorized', [detail('unauthorized', message)]);
export const cardDeclined = (code: string, message: string, parameter?: string) =>
  new SandboxError(402, 'card_error', [detail(code, message, parameter)]);
export const notFound = (what: string, parameter?: string) =>
  new SandboxError(404, 'not_found', [detail('not_found', `${what} not found.`, parameter)]);
export const conflict = (code: string, message: string, parameter?: string) =>
  new SandboxError(409, 'conflict', [detail(code, message, parameter)]);
export { detail };
