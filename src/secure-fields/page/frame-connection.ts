/**
 * The page's end of one frame (a field frame or the controller frame): the handshake (one `postMessage` to the
 * frame's exact origin, handing over a `MessagePort`), then requests over the port and checked messages back.
 * Nothing that comes this way is card data.
 */
import type { ControllerMessage, FieldMessage } from '../shared/protocol.js';

type FrameMessage = FieldMessage | ControllerMessage;
export type FrameEvent = Exclude<FrameMessage, { id: number }>;
/** A request without its id, which the connection adds. */
export type FrameRequest = { call: string } & Record<string, unknown>;

export const ANSWER_TIMEOUT_MS = 30_000;

export class FrameConnection {
  private port?: MessagePort;
  private nextId = 0;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readyWaiters: (() => void)[] = [];
  private isReady = false;

  constructor(
    private readonly handshake: Record<string, unknown>,
    /** The message with only its known keys, or undefined when it is not one this frame sends. */
    private readonly read: (data: unknown) => FrameMessage | undefined,
    private readonly onEvent: (event: FrameEvent) => void,
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
    frame.postMessage(this.handshake, frameOrigin, [channel.port2]);
  }

  /** Resolves once the frame answered the handshake, or after `timeoutMs` (then `ready` is still false). */
  whenReady(timeoutMs = Infinity): Promise<void> {
    if (this.isReady) return Promise.resolve();
    return new Promise((resolve) => {
      this.readyWaiters.push(resolve);
      if (timeoutMs !== Infinity) setTimeout(resolve, timeoutMs);
    });
  }

  /** Sends a request and resolves with the frame's answer (undefined if the frame goes away or never answers). */
  async call(request: FrameRequest, timeoutMs = ANSWER_TIMEOUT_MS): Promise<unknown> {
    await this.whenReady();
    const port = this.port;
    if (!port) return undefined;
    const id = ++this.nextId;
    return new Promise((resolve) => {
      // A frame that never answers (crashed, hung) must not hang the call: it resolves empty, which callers report.
      const timer = setTimeout(() => this.pending.delete(id) && resolve(undefined), timeoutMs);
      this.pending.set(id, (result) => {
        clearTimeout(timer);
        resolve(result);
      });
      port.postMessage({ ...request, id });
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
    const message = this.read(data);
    if (!message) return;
    if ('id' in message) {
      this.pending.get(message.id)?.(message.result);
      this.pending.delete(message.id);
      return;
    }
    if (message.event === 'ready') {
      this.isReady = true;
      for (const resolve of this.readyWaiters.splice(0)) resolve();
    }
    this.onEvent(message);
  }
}
