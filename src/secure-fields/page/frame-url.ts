import { warnOnce } from '../../core/warn.js';
import { FIELD_DOCUMENT } from '../shared/protocol.js';

// The library's own address, read while its script runs: the field frame is served next to it (dist/frames/).
const libraryUrl = (typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.src) || import.meta.url;

/** The field frame's URL: the one given, else `frames/frame.html` beside the library's script. */
export function frameUrlOf(given: string | undefined): URL | undefined {
  try {
    const url = new URL(given ?? `frames/${FIELD_DOCUMENT}`, given ? location.href : libraryUrl);
    if (url.origin === location.origin) {
      warnOnce('frame_same_origin', 'the card fields are served from the page\'s own origin, so the page can read them; serve the frames from another origin (frameUrl).');
    }
    return url;
  } catch {
    warnOnce('frame_url_invalid', 'frameUrl is not a valid URL; the card fields cannot load.');
    return undefined;
  }
}
