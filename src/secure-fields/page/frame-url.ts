import type { DrError } from '../../api/errors.js';
import { integrationError } from '../../core/errors.js';
import { FIELD_DOCUMENT } from '../shared/protocol.js';

// The library's own address, read while its script runs: the field frame is served next to it (dist/frames/).
export const libraryUrl = (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) || import.meta.url;

/**
 * The field frame's URL: the one given, else the page's `<meta name="dr-frame-url">` (which a dev server's plugin can
 * write), else `frames/frame.html` beside the library's script. Refused when it is on
 * the page's own origin (the page could read the fields, and an app's dev server would load itself into them), and
 * outside a browser (a server rendering the page creates no fields).
 */
export function frameUrlOf(given: string | undefined): URL | DrError {
  if (typeof location === 'undefined') {
    return integrationError('not_in_browser', 'The card fields run in a browser: create them on the client, not while rendering on a server.');
  }
  let url: URL;
  try {
    const chosen = given ?? pageFrameUrl();
    url = new URL(chosen ?? `frames/${FIELD_DOCUMENT}`, chosen ? location.href : libraryUrl);
  } catch {
    return integrationError('invalid_frame_url', 'frameUrl is not a valid URL; the card fields cannot load.', 'frameUrl');
  }
  if (url.origin !== location.origin) return url;
  return integrationError(
    'frame_same_origin',
    `The card fields' frames would load from the page's own origin (${url.href}), where the page could read them: serve dist/frames from another origin and pass its frame.html as frameUrl.`,
    'frameUrl',
  );
}

function pageFrameUrl(): string | undefined {
  if (typeof document === 'undefined') return undefined;
  return document.querySelector<HTMLMetaElement>('meta[name="dr-frame-url"]')?.content.trim() || undefined;
}
