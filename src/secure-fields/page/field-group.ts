import type { ApiResult } from '../../api/client.js';
import type { DrError } from '../../api/errors.js';
import type { AuthenticateSourceResponse, Source } from '../../api/source.js';
import type { AuthenticateSourceRequest, CreateSourceRequest, UpdateSourceRequest } from '../../api/schemas.js';
import type { CardBrand } from '../../card/index.js';
import { FIELD_KINDS, type FieldKind } from '../shared/field-kind.js';
import { FIELDS_UNAVAILABLE, type ApiChoice, type FieldIds } from '../shared/names.js';
import type { FieldStateMessage } from '../shared/protocol.js';
import type { Controller } from './controller.js';
import type { FrameConnection } from './frame-connection.js';

/** Source data a storefront passes to `createSource`, without the card block the fields supply. */
export type CardSourceData = Omit<CreateSourceRequest, 'creditCard' | 'type'> & { type?: string };

export type TokenizeResult = { source: Source } | { error: DrError };
export type { ApiChoice };

export interface FieldGroupOptions {
  locale?: string;
  now?: () => Date;
}

/** A field frame of the group, as the page knows it: its port, its id (the controller's key) and its controller. */
export interface GroupMember {
  kind: FieldKind;
  fieldId: string;
  connection: FrameConnection;
  controller: Controller;
}


/**
 * The card fields of one DigitalRiver instance (or one declarative group of elements), seen from the page. The fields
 * run in frames on the library's origin, and the controller frame holds their values; this group knows only their
 * state, and names to the controller which fields take part in a call. It never holds anything that can read them.
 */
export class FieldGroup {
  private readonly members = new Map<FieldKind, GroupMember>();
  private readonly states = new Map<FieldKind, FieldStateMessage>();
  private readonly brandListeners = new Set<() => void>();
  /** Fields placed on the page whose frame is still loading, and who waits for them. */
  private readonly loading = new Map<FieldKind, (() => void)[]>();
  /** The language the frames show their texts in; they hold the texts, so the page carries none. */
  locale?: string;
  readonly now: () => Date;

  constructor(options: FieldGroupOptions = {}) {
    this.locale = options.locale;
    this.now = options.now ?? (() => new Date());
  }

  setLocale(locale: string | undefined): void {
    this.locale = locale;
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
    if (typeof listener === 'function') this.brandListeners.add(listener);
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

  /** Adds a field once its frame is ready, in place of an earlier one of the same kind. */
  add(member: GroupMember): void {
    this.settle(member.kind);
    this.members.set(member.kind, member);
  }

  remove(connection: FrameConnection): void {
    for (const [kind, member] of this.members) {
      if (member?.connection !== connection) continue;
      this.members.delete(kind);
      this.states.delete(kind);
    }
  }

  has(kind: FieldKind): boolean {
    return this.members.has(kind);
  }

  /** Records a frame's state (called by its element); a new brand is passed on to the security-code frame. */
  updateState(state: FieldStateMessage): void {
    const brandBefore = this.brand;
    this.states.set(state.elementType, state);
    if (this.brand !== brandBefore) for (const listener of this.brandListeners) listener();
  }

  /**
   * A token that changes whenever a field's value changes (or a field is replaced): equal tokens mean the same card
   * data, so a checkout may reuse the source it created from it. Holds no card data.
   */
  async version(): Promise<string> {
    const member = this.members.get('cardnumber');
    const answer = member ? await member.controller.call({ call: 'version', fields: this.fieldIds(FIELD_KINDS) }) : undefined;
    return typeof answer === 'string' ? answer : `unknown:${Math.random()}`;
  }

  /** Shows the security code's error, if any (an empty code included), without sending anything. */
  async checkSecurityCode(): Promise<DrError | undefined> {
    const ready = await this.ready(['cardcvv']);
    if ('error' in ready) return ready.error;
    const answer = await ready.controller.call({ call: 'validate', fields: this.fieldIds(['cardcvv']) });
    return isObject(answer) ? (answer.error as DrError | undefined) : FIELDS_UNAVAILABLE;
  }

  /** The controller validates the three fields (each shows its error) and, when all are complete, creates the source. */
  async tokenize(api: ApiChoice, data: CardSourceData): Promise<TokenizeResult> {
    const ready = await this.ready(FIELD_KINDS);
    if ('error' in ready) return ready;
    const result = await ready.controller.call({ call: 'tokenize', fields: this.fieldIds(FIELD_KINDS), api, data: data as Record<string, unknown> });
    return isObject(result) && ('source' in result || 'error' in result) ? (result as TokenizeResult) : { error: FIELDS_UNAVAILABLE };
  }

  /** The controller sends the freshly typed security code with `POST /sources/{id}/authenticate`. */
  async authenticate(
    api: ApiChoice,
    sourceId: string,
    clientSecret: string,
    body: Omit<AuthenticateSourceRequest, 'cvv' | 'challengeResult'>,
  ): Promise<ApiResult<AuthenticateSourceResponse>> {
    const ready = await this.ready(['cardcvv']);
    if ('error' in ready) return ready;
    const result = await ready.controller.call({ call: 'authenticate', fields: this.fieldIds(['cardcvv']), api, sourceId, clientSecret, body: body as Record<string, unknown> });
    return isApiResult(result) ? (result as ApiResult<AuthenticateSourceResponse>) : { error: FIELDS_UNAVAILABLE };
  }

  /** The controller sends the typed expiry (and an optional owner) with `POST /sources/{id}`. */
  async updateExpiration(api: ApiChoice, sourceId: string, clientSecret: string, body: Omit<UpdateSourceRequest, 'creditCard'>): Promise<TokenizeResult> {
    const ready = await this.ready(['cardexpiration']);
    if ('error' in ready) return ready;
    const result = await ready.controller.call({ call: 'updateExpiration', fields: this.fieldIds(['cardexpiration']), api, sourceId, clientSecret, body: body as Record<string, unknown> });
    if (!isApiResult(result)) return { error: FIELDS_UNAVAILABLE };
    return result.error ? { error: result.error } : { source: result.data as Source };
  }

  private fieldIds(kinds: readonly FieldKind[]): FieldIds {
    return Object.fromEntries(kinds.flatMap((kind) => (this.members.has(kind) ? [[kind, this.members.get(kind)!.fieldId]] : [])));
  }

  /**
   * Waits (a while) for fields that are placed but whose frames are still loading (a Pay pressed right away), then
   * names the controller to ask, or the missing fields as an integration error.
   */
  private async ready(kinds: readonly FieldKind[]): Promise<{ controller: Controller } | { error: DrError }> {
    const waits = kinds.filter((kind) => this.loading.has(kind)).map((kind) => new Promise<void>((resolve) => this.loading.get(kind)!.push(resolve)));
    if (waits.length > 0) await Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, FRAME_LOAD_WAIT_MS))]);
    const missing = kinds.filter((kind) => !this.members.has(kind));
    if (missing.length > 0) {
      const message = `This call needs a mounted ${missing.join(', ')} element from the same DigitalRiver instance.`;
      return { error: { type: 'integration_error', message, errors: [{ code: 'missing_element', parameter: missing[0], message }] } };
    }
    return { controller: this.members.get(kinds[0]!)!.controller };
  }
}

const FRAME_LOAD_WAIT_MS = 10_000;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isApiResult(value: unknown): value is { data?: unknown; error?: DrError } {
  return isObject(value) && ('data' in value || 'error' in value);
}

/** Groups of declaratively placed elements, by their `group` attribute. */
const namedGroups = new Map<string, FieldGroup>();
export function namedGroup(name: string): FieldGroup {
  let group = namedGroups.get(name);
  if (!group) namedGroups.set(name, (group = new FieldGroup()));
  return group;
}
