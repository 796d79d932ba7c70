// The page's check of the controller's answer to one of its own API calls (`SourceCall`). Not in protocol.ts, which
// the card elements import too: only DigitalRiver makes these calls, so only its code carries this.
import type { ApiResult } from '../../api/request.js';
import { drError, fromErrorBody } from '../../api/errors.js';
import { readErrorBody } from '../../api/source.js';
import { isObject } from '../shared/guards.js';

/**
 * The controller's answer to an API call, checked as the API's own answer would be: the data with the API reader
 * `read`, an error as an API error body. Data the reader refuses is `invalid_response`, as the API's would be;
 * undefined when the controller did not answer.
 */
export function readApiAnswer<T>(answer: unknown, read: (body: unknown) => T | undefined): ApiResult<T> | undefined {
  if (!isObject(answer)) return undefined;
  if ('error' in answer) {
    const error = readErrorBody(answer.error);
    return error && { error: fromErrorBody(error) };
  }
  const data = read(answer.data);
  return data === undefined ? { error: drError('api_error', 'invalid_response', 'The payment service sent an unexpected response.') } : { data };
}
