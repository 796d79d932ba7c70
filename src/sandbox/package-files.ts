/// <reference types="node" />
/**
 * Where the built files that the Node sandbox serves are: the frames and their templates, the script bundles and
 * the sandbox's own pages. In the package, the sandbox's Node code is built into dist/ and they sit beside it; run
 * from the sources (the repository's tests), they are in the repository's dist/ after `npm run build`, and the pages
 * in public/sandbox/.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Set by scripts/build.mjs in the bundles it builds for Node. */
declare const __DR_PACKAGED__: boolean | undefined;
const packaged = typeof __DR_PACKAGED__ !== 'undefined' && __DR_PACKAGED__;

/** The package's dist/ folder. */
export const distUrl = packaged ? new URL('./', import.meta.url) : new URL('../../dist/', import.meta.url);
/** The production frames (the payment API only), as `dr-checkout-widget/frames/*` exports them. */
export const productionFramesUrl = new URL('frames/', distUrl);
/** frame.html and controller.html with `{{API_ORIGINS}}` and `{{API_DEFAULT}}` left to fill, for sandbox deployments. */
export const frameTemplatesUrl = new URL('frame-templates/', distUrl);
/** The 3-D Secure challenge page and the redirect page (service workers cannot answer navigations). */
export const sandboxPagesUrl = packaged ? new URL('sandbox-pages/', distUrl) : new URL('../../public/sandbox/', import.meta.url);

/**
 * Copies the production frames into `folder`, for a static host on another origin than the storefront's pages;
 * returns the names of the files copied.
 */
export function copyProductionFrames(folder: string): string[] {
  const source = fileURLToPath(productionFramesUrl);
  if (!existsSync(source)) throw new Error(`No frames at ${source}: the package is not built (npm run build).`);
  mkdirSync(folder, { recursive: true });
  cpSync(source, folder, { recursive: true });
  return readdirSync(source);
}
