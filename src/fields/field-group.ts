import type { ApiResult } from '../api/client.js';
import type { DrError } from '../api/errors.js';
import type { AuthenticateSourceResponse, Source } from '../api/response-schemas.js';
import type { AuthenticateSourceRequest, CreateSourceRequest, UpdateSourceRequest } from '../api/schemas.js';
import type { CardBrand } from '../card/index.js';
import type { FrameConnection, FrameFieldState } from '../frames/connection.js';
import type { ApiTarget } from '../frames/frame-requests.js';
import type { FieldError } from './card-field.js';
import { FIELD_KINDS, type FieldKind } from './field-kind.js';
import { messagesFor, type FieldMessages } from './messages.js';

/** Source data a storefront passes to `createSource`, without the card block the fields supply. */
export type CardSourceData = Omit<CreateSourceRequest, 'creditCard' | 'type'> & { type?: string };

export type TokenizeResult = { source: Source } | { error: DrError };

export interface FieldGroupOptions {
  locale?: string;
  now?: () => Date;
}

const UNREACHABLE: DrError = {
  type: 'api_error',
  message: 'The card fields did not answer.',
  errors: [{ code: 'field_unavailable', message: 'The card fields did not answer.' }],
};

/**
 * The card fields of one DigitalRiver instance (or one declarative group of elements), seen from the page. The fields
 * themselves run in frames on the library's origin; this broker only knows their state, links the number frame to its
 * siblings (ports the page hands over but never reads), and asks the frames to validate and to call the API.
 */
export class FieldGroup {
  private readonly connections = new Map<FieldKind, FrameConnection>();
  private readonly states = new Map<FieldKind, FrameFieldState>();
  private readonly ids = new WeakMap<FrameConnection, number>();
  private readonly brandListeners = new Set<() => void>();
  /** Fields placed on the page whose frame is still loading, and who waits for them. */
  private readonly loading = new Map<FieldKind, (() => void)[]>();
  private connected = 0;
  private fieldMessages: FieldMessages;
  readonly now: () => Date;

  constructor(options: FieldGroupOptions = {}) {
    this.fieldMessages = messagesFor(options.locale);
    this.now = options.now ?? (() => new Date());
  }

  get messages(): FieldMessages {
    return this.fieldMessages;
  }

  setLocale(locale: string | undefined): void {
    this.fieldMessages = messagesFor(locale);
  }

  /** The brand typed in the number frame; the security-code frame's length follows it. */
  get brand(): CardBrand {
    return (this.states.get('cardnumber')?.brand as CardBrand | undefined) ?? 'unknown';
  }

  /** Milliseconds between the group's clock and the real one, sent to frames for expiry checks. */
  get nowOffsetMs(): number {
    return this.now().getTime() - Date.now();
  }

  onBrandChange(listener: () => void): () => void {
    this.brandListeners.add(listener);
    return () => this.brandListeners.delete(listener);
  }

  /** A field of this kind is on the page and its frame is loading: calls that need it wait for it. */
  expect(kind: FieldKind): void {
    if (!this.loading.has(kind)) this.loading.set(kind, []);
  }

  /** The field of this kind left the page before its frame was ready: stop waiting for it. */
  settle(kind: FieldKind): void {
    for (const resolve of this.loading.get(kind) ?? []) resolve();
    this.loading.delete(kind);
  }

  /** Adds a frame once it is ready, replacing an earlier one of the same kind, and links it to its siblings. */
  add(connection: FrameConnection): void {
    this.settle(connection.kind);
    const previous = this.connections.get(connection.kind);
    if (previous && previous !== connection) this.remove(previous);
    this.connections.set(connection.kind, connection);
    this.ids.set(connection, ++this.connected);
    const number = this.connections.get('cardnumber');
    if (!number) return;
    for (const sibling of connection.kind === 'cardnumber' ? (['cardexpiration', 'cardcvv'] as const) : [connection.kind]) {
      const other = this.connections.get(sibling);
      if (!other || other === number) continue;
      const channel = new MessageChannel();
      void number.call({ call: 'sibling', kind: sibling }, [channel.port1]);
      void other.call({ call: 'sibling', kind: 'cardnumber' }, [channel.port2]);
    }
  }

  remove(connection: FrameConnection): void {
    if (this.connections.get(connection.kind) !== connection) return;
    this.connections.delete(connection.kind);
    this.states.delete(connection.kind);
  }

  has(kind: FieldKind): boolean {
    return this.connections.has(kind);
  }

  /** Records a frame's state (called by its element); a new brand is passed on to the security-code frame. */
  updateState(state: FrameFieldState): void {
    const brandBefore = this.brand;
    this.states.set(state.elementType, state);
    if (this.brand !== brandBefore) for (const listener of this.brandListeners) listener();
  }

  /**
   * Changes whenever any field's value changes (or a field is replaced): equal versions mean the same card data,
   * so a checkout may reuse the source it created from it. Holds no card data.
   */
  get version(): string {
    return FIELD_KINDS.map((kind) => {
      const connection = this.connections.get(kind);
      return connection ? `${this.ids.get(connection)}.${this.states.get(kind)?.edits ?? 0}` : '-';
    }).join(':');
  }

  /** Shows the security code's error, if any (an empty code included), without sending anything. */
  checkSecurityCode(): Promise<DrError | undefined> {
    return this.check(['cardcvv']);
  }

  /** Validates the three fields (each frame shows its error) and, when all are complete, the number frame creates the source. */
  async tokenize(api: ApiTarget, data: CardSourceData): Promise<TokenizeResult> {
    const error = await this.check(FIELD_KINDS);
    if (error) return { error };
    const result = await this.connections.get('cardnumber')!.call({ call: 'tokenize', api, data: data as Record<string, unknown> });
    return isResult(result) ? result : { error: UNREACHABLE };
  }

  /** The security-code frame sends the freshly typed code with `POST /sources/{id}/authenticate`. */
  async authenticate(
    api: ApiTarget,
    sourceId: string,
    clientSecret: string,
    body: Omit<AuthenticateSourceRequest, 'cvv' | 'challengeResult'>,
  ): Promise<ApiResult<AuthenticateSourceResponse>> {
    const error = await this.check(['cardcvv']);
    if (error) return { error };
    const result = await this.connections.get('cardcvv')!.call({ call: 'authenticate', api, sourceId, clientSecret, body: body as Record<string, unknown> });
    return isApiResult(result) ? (result as ApiResult<AuthenticateSourceResponse>) : { error: UNREACHABLE };
  }

  /** The expiration frame sends the typed expiry (and an optional owner) with `POST /sources/{id}`. */
  async updateExpiration(api: ApiTarget, sourceId: string, clientSecret: string, body: Omit<UpdateSourceRequest, 'creditCard'>): Promise<TokenizeResult> {
    const error = await this.check(['cardexpiration']);
    if (error) return { error };
    const result = await this.connections.get('cardexpiration')!.call({ call: 'updateExpiration', api, sourceId, clientSecret, body: body as Record<string, unknown> });
    if (!isApiResult(result)) return { error: UNREACHABLE };
    return result.error ? { error: result.error } : { source: result.data as Source };
  }

  /** Waits (a while) for fields that are placed but whose frames are still loading, e.g. a Pay pressed right away. */
  private framesLoaded(kinds: readonly FieldKind[]): Promise<unknown> {
    const waits = kinds.filter((kind) => this.loading.has(kind)).map((kind) => new Promise<void>((resolve) => this.loading.get(kind)!.push(resolve)));
    if (waits.length === 0) return Promise.resolve();
    return Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, FRAME_LOAD_WAIT_MS))]);
  }

  /** Asks each frame to validate for a submit (showing its error); a missing field is an integration error. */
  private async check(kinds: readonly FieldKind[]): Promise<DrError | undefined> {
    await this.framesLoaded(kinds);
    const missing = kinds.filter((kind) => !this.connections.has(kind));
    if (missing.length > 0) {
      const message = `This call needs a mounted ${missing.join(', ')} element from the same DigitalRiver instance.`;
      return { type: 'integration_error', message, errors: [{ code: 'missing_element', parameter: missing[0], message }] };
    }
    const answers = await Promise.all(kinds.map((kind) => this.connections.get(kind)!.call({ call: 'validate' })));
    if (answers.some((answer) => answer === undefined)) return UNREACHABLE;
    const errors = kinds.flatMap((kind, i) => {
      const error = (answers[i] as { error?: FieldError }).error;
      return error ? [{ code: error.code, parameter: kind, message: error.message }] : [];
    });
    return errors.length > 0 ? { type: 'validation_error', message: errors[0]!.message, errors } : undefined;
  }
}

const FRAME_LOAD_WAIT_MS = 10_000;

function isApiResult(value: unknown): value is { data?: unknown; error?: DrError } {
  return typeof value === 'object' && value !== null && ('data' in value || 'error' in value);
}

function isResult(value: unknown): value is TokenizeResult {
  return typeof value === 'object' && value !== null && ('source' in value || 'error' in value);
}

/** Groups of declaratively placed elements, by their `group` attribute. */
const namedGroups = new Map<string, FieldGroup>();
export function namedGroup(name: string): FieldGroup {
  let group = namedGroups.get(name);
  if (!group) namedGroups.set(name, (group = new FieldGroup()));
  return group;
}
