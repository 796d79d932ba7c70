// Types of frame-assets.mjs for the TypeScript code that uses it (the sandbox's command line).
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface FrameDeployment {
  origins: string[];
  defaultBaseUrl: string;
}
export const PRODUCTION_API: string;
export const PRODUCTION_DEPLOYMENT: FrameDeployment;
export function sandboxDeployment(host: string | undefined, apiPath?: string): FrameDeployment | undefined;
export function buildFrameAssets(deployment?: FrameDeployment): Promise<Record<string, string>>;
export function frameAssetsMiddleware(options?: {
  prefix?: string;
  apiPath?: string;
  minify?: boolean;
  watch?: boolean;
}): (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
export const CACHE_CONTROL: { script: string; document: string };
