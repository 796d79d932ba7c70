/**
 * API keys. A publishable key (`pk_test_…`) may create sources and read, update or authenticate one it holds
 * the client secret of; everything else needs a secret key (`sk_test_…`). Live keys are refused.
 */
import { unauthorized } from './sandbox-error.js';

export type KeyKind = 'public' | 'secret';
export type Access = 'public' | 'secret' | 'open';

const KEY = /^Bearer\s+(pk|sk)_test_[A-Za-z0-9_-]+$/;

/** The kind of key on the request, or null when there is none or it is malformed. */
export function keyKindOf(request: Request): KeyKind | null {
  const match = KEY.exec(request.headers.get('authorization')?.trim() ?? '');
  if (!match) return null;
  return match[1] === 'sk' ? 'secret' : 'public';
}

export function authorize(request: Request, access: Access): KeyKind | null {
  const kind = keyKindOf(request);
  if (access === 'open') return kind;
  if (kind === null) {
    const hasHeader = request.headers.has('authorization');
    throw unauthorized(hasHeader ? 'The API key is not valid for the sandbox (use pk_test_… or sk_test_…).' : 'An API key is required.');
  }
  if (access === 'secret' && kind !== 'secret') throw unauthorized('This request needs a secret API key.');
  return kind;
}
