/**
 * Where this frame deployment lets card data go. The list is written into `controller.html` when the frames are built
 * or served (production: the payment API; a sandbox deployment: its own sandbox), next to the `connect-src` of its
 * Content-Security-Policy, which is generated from the same list. Nothing the page sends can add to it.
 */
import { drError, type DrError } from '../../api/errors.js';
import { DEFAULT_API_BASE_URL } from '../../api/config.js';
import type { ApiChoice } from '../shared/names.js';

export interface Deployment {
  /** Origins the frames may send card data to. */
  origins: readonly string[];
  /** The API base used when the page names none. */
  defaultBaseUrl: string;
}

export function readDeployment(doc: Document): Deployment {
  const meta = (name: string) => doc.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content.trim() ?? '';
  return { origins: meta('dr-api-origins').split(/\s+/).filter(Boolean), defaultBaseUrl: meta('dr-api-default') };
}

const PRODUCTION_ORIGIN = new URL(DEFAULT_API_BASE_URL).origin;

/** The API base to call (with card data or the page's own), or why the page's choice is refused (nothing is sent then). */
export function apiBaseFor(deployment: Deployment, api: ApiChoice): { baseUrl: string } | { error: DrError } {
  let url: URL;
  try {
    url = new URL(api.baseUrl ?? deployment.defaultBaseUrl);
  } catch {
    return { error: refused('api_origin_not_allowed', 'The apiBaseUrl option is not a URL the card fields can use.') };
  }
  if (!deployment.origins.includes(url.origin) || url.username || url.password) {
    return {
      error: refused(
        'api_origin_not_allowed',
        `The card frames call only ${deployment.origins.join(', ') || 'no API'}; apiBaseUrl ${url.origin} is not one of them.`,
      ),
    };
  }
  if (api.publicKey.startsWith('pk_live_') && url.origin !== PRODUCTION_ORIGIN) {
    return { error: refused('live_key_not_allowed', 'A live public key (pk_live_…) can only be used with the production payment API.') };
  }
  return { baseUrl: url.href.replace(/\/$/, '') };
}

function refused(code: string, message: string): DrError {
  return drError('integration_error', code, message, 'apiBaseUrl');
}
