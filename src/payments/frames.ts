import { frameUrlOf } from '../secure-fields/page/frame-url.js';

/**
 * The frames' deployment of a `frameUrl` option (the default one without it), beside which the payment elements load
 * their scripts (texts); undefined where there are no frames (outside a browser, or a refused `frameUrl`).
 */
export function framesAt(frameUrl: string | undefined): URL | undefined {
  const url = frameUrlOf(frameUrl);
  return url instanceof URL ? url : undefined;
}
