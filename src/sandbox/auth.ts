/**
 * API keys. A publishable key (`pk_…`: `pk_test_…`, `pk_hc_…`, plain hex, as Digital River's documentation shows them)
 * may create sources and read, update or authenticate one it holds the client secret of; everything else needs a
 * secret key (`sk_…`). Live keys (`pk_live_…`, `sk_live_…`) are refused: the sandbox is never the live API.
 */
import { unauthorized } from './sandbox-error.js';

export type KeyKind = 'public' | 'secret';
export type Access = 'public' | 'secret' | 'open';

const KEY = /^Bearer\s+(pk|sk)_([\x21-\x7e]+)$/;

/** The kind of key on the request, or null when there is none or it is malformed. */
export function keyKindOf(request: Request): KeyKind | null {
  const match = KEY.exec(request.headers.get('authorization')?.trim() ?? '');
  if (!match || match[2]!.startsWith('live_')) return null;
  return match[1] === 'sk' ? 'secret' : 'public';
}

export function authorize(request: Request, access: Access): KeyKind | null {
  const kind = keyKindOf(request);
  if (access === 'open') return kind;
  if (kind === null) {
    const hasHeader = request.headers.has('authorization');
    throw unauthorized(hasHeader ? 'The API key is not valid for the sandbox (use a test key, pk_… or sk_…, not a live one).' : 'An API key is required.');
  }
  if (access === 'secret' && kind !== 'secret') throw unauthorized('This request needs a secret API key.');
  return kind;
}
