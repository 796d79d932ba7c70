/**
 * The page's end of one field frame: the handshake (one `postMessage` to the frame's exact origin, handing over a
 * `MessagePort`), then requests over the port and schema-checked events back. Nothing here ever sees card data.
 */
import type { FieldKind } from '../fields/field-kind.js';
import type { HostRequest } from './frame-requests.js';
import { FrameMessageSchema, HANDSHAKE } from './protocol.js';
import type { z } from 'zod/mini';
import type { FieldStateMessageSchema } from './protocol.js';

export type FrameFieldState = z.infer<typeof FieldStateMessageSchema>;
type Request = HostRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface FrameEvents {
  ready(): void;
  state(state: FrameFieldState): void;
  height(px: number): void;
  return(): void;
}

const ANSWER_TIMEOUT_MS = 30_000;

export class FrameConnection {
  private port?: MessagePort;
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readyWaiters: (() => void)[] = [];
  private isReady = false;

  constructor(
    readonly kind: FieldKind,
    private readonly events: FrameEvents,
  ) {}

  get ready(): boolean {
    return this.isReady;
  }

  /** Call when the frame document has loaded: hands it a fresh port, to its exact origin only. */
  connect(frame: Window, frameOrigin: string): void {
    this.close();
    const channel = new MessageChannel();
    this.port = channel.port1;
    this.port.onmessage = (event) => this.handle(event.data);
    frame.postMessage({ type: HANDSHAKE, kind: this.kind }, frameOrigin, [channel.port2]);
  }

  /** Resolves once the frame answered the handshake. */
  whenReady(): Promise<void> {
    return this.isReady ? Promise.resolve() : new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Sends a request and resolves with the frame's answer (undefined if the frame goes away first). */
  async call(request: Request, transfer: Transferable[] = []): Promise<unknown> {
    await this.whenReady();
    const port = this.port;
    if (!port) return undefined;
    const id = ++this.nextId;
    return new Promise((resolve) => {
      // A frame that never answers (crashed, hung) must not hang the call: it resolves empty, which callers report.
      const timer = setTimeout(() => this.pending.delete(id) && resolve(undefined), ANSWER_TIMEOUT_MS);
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      port.postMessage({ ...request, id }, transfer);
    });
  }

  close(): void {
    this.port?.close();
    this.port = undefined;
    this.isReady = false;
    for (const resolve of this.pending.values()) resolve(undefined);
    this.pending.clear();
  }

  private handle(data: unknown): void {
    const parsed = FrameMessageSchema.safeParse(data);
    if (!parsed.success) return;
    const message = parsed.data;
    if ('id' in message) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
    } else if (message.event === 'ready') {
      this.isReady = true;
      for (const resolve of this.readyWaiters.splice(0)) resolve();
      this.events.ready();
    } else if (message.event === 'state') this.events.state(message.state);
    else if (message.event === 'height') this.events.height(message.px);
    else this.events.return();
  }
}
