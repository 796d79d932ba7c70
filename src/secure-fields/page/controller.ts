/**
 * The page's end of the controller frame: one hidden frame per frame deployment on the page. The field frames of the
 * page find it over a channel named by a random id that travels in the frames' URLs; the page itself cannot join.
 *
 * When it loads: it runs on the same origin, so in the same process, as the field frames, and a field becomes ready
 * without it. So it waits while fields are loading (they are what the shopper waits for), and otherwise starts as soon
 * as a DigitalRiver instance exists (warm for fields mounted later), or at once when a call needs it.
 */
import { CONTROLLER_DOCUMENT, CONTROLLER_HANDSHAKE, readControllerMessage, type ApiChoice } from '../shared/protocol.js';
import { randomId } from '../shared/random-id.js';
import { ANSWER_TIMEOUT_MS, FrameConnection, type FrameRequest } from './frame-connection.js';

const FRAME_LOAD_WAIT_MS = 10_000;
const controllers = new Map<string, Controller>();

export class Controller {
  readonly channel = randomId();
  private frame?: HTMLIFrameElement;
  private readonly connection: FrameConnection;
  /** Field frames of this deployment still loading; the controller frame waits for them. */
  private loadingFields = 0;

  /** The controller of the frame deployment that serves this field frame URL, one per page (its frame comes later). */
  static for(fieldFrameUrl: URL): Controller {
    const url = new URL(CONTROLLER_DOCUMENT, fieldFrameUrl);
    // A query on the frame URL (a release, a cache key) names the deployment too.
    url.search = fieldFrameUrl.search;
    url.hash = '';
    let controller = controllers.get(url.href);
    if (!controller) controllers.set(url.href, (controller = new Controller(url)));
    return controller;
  }

  /** Starts the controller frame once the current task is over, unless fields are loading by then. */
  warmUp(): void {
    setTimeout(() => this.loadingFields === 0 && this.mount());
  }

  /** A field frame of this deployment starts loading; call what this returns when it is ready or gone. */
  fieldLoading(): () => void {
    this.loadingFields++;
    let settled = false;
    const settle = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      // After the task that settled it: the last field's `ready` goes out before the controller frame is created.
      if (--this.loadingFields === 0) this.warmUp();
    };
    // A frame that never loads must not keep the controller away.
    const timer = setTimeout(settle, FRAME_LOAD_WAIT_MS);
    return settle;
  }

  private constructor(private readonly url: URL) {
    this.connection = new FrameConnection({ type: CONTROLLER_HANDSHAKE }, readControllerMessage, () => {});
  }

  /** Puts the hidden frame on the page, again if something removed it (what it kept is then gone). */
  mount(): void {
    if (this.frame?.isConnected) return;
    const parent = document.body ?? document.documentElement;
    if (!parent) return;
    const frame = document.createElement('iframe');
    frame.hidden = true;
    frame.tabIndex = -1;
    frame.title = 'Secure card fields controller';
    frame.setAttribute('aria-hidden', 'true');
    const src = new URL(this.url);
    src.hash = new URLSearchParams({ parent: location.origin, channel: this.channel }).toString();
    frame.src = src.href;
    frame.addEventListener('load', () => frame.contentWindow && this.connection.connect(frame.contentWindow, src.origin));
    this.frame = frame;
    parent.append(frame);
  }

  /**
   * Asks the controller; undefined when it is not there or does not answer. A call to the API also waits out the API's
   * own `timeoutMs`, so the controller's `request_timeout` comes back rather than no answer.
   */
  async call(request: FrameRequest): Promise<unknown> {
    this.mount();
    await this.connection.whenReady(FRAME_LOAD_WAIT_MS);
    return this.connection.ready ? this.connection.call(request, ANSWER_TIMEOUT_MS + (Number((request.api as ApiChoice | undefined)?.timeoutMs) || 0)) : undefined;
  }
}
