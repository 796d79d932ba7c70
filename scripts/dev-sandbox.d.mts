import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export interface DevSandboxOptions {
  /** Default '/sandbox-api'. */
  prefix?: string;
  cvcLifetimeMs?: number;
  challengePageUrl?: string;
  redirectPageUrl?: string;
  maxTenants?: number;
}
export type ConnectMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

export const SANDBOX_PREFIX: string;
export function sandboxMiddleware(options?: DevSandboxOptions): ConnectMiddleware;
export function sandboxVitePlugin(options?: DevSandboxOptions): Plugin;
export function koaMiddleware(middleware: ConnectMiddleware): (ctx: unknown, next: () => Promise<unknown>) => Promise<void>;
