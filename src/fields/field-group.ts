import { digitsOf, type CardBrand } from '../card/index.js';
import type { ApiResult } from '../api/client.js';
import type { AuthenticateSourceRequest, AuthenticateSourceResponse, CreateSourceRequest, Source, UpdateSourceRequest } from '../api/schemas.js';
import type { DrError } from '../api/errors.js';
import { CardField, type FieldState } from './card-field.js';
import { FIELD_KINDS, type FieldKind } from './field-kind.js';
import { messagesFor, type FieldMessages } from './messages.js';

/** Source data a storefront passes to `createSource`, without the card block the fields supply. */
export type CardSourceData = Omit<CreateSourceRequest, 'creditCard' | 'type'> & { type?: string };

export type TokenizeResult = { source: Source } | { error: DrError };

/** The part of the API client the fields need; the card data travels only through it. */
export interface SourceCreator {
  createSource(body: CreateSourceRequest, signal?: AbortSignal): Promise<ApiResult<Source>>;
}

/** The parts of the API client that send a freshly typed security code or expiry for an existing source. */
export interface SourceUpdater {
  authenticateSource(id: string, clientSecret: string, body: AuthenticateSourceRequest, signal?: AbortSignal): Promise<ApiResult<AuthenticateSourceResponse>>;
  updateSource(id: string, clientSecret: string, body: UpdateSourceRequest, signal?: AbortSignal): Promise<ApiResult<Source>>;
}

export interface FieldGroupOptions {
  locale?: string;
  now?: () => Date;
}

/**
 * The card fields of one DigitalRiver instance (or one declarative group of elements).
 * This is the narrow interface around raw card data: fields publish state, and `tokenize` turns them into a Source.
 */
export class FieldGroup {
  private readonly fields = new Map<FieldKind, CardField>();
  private readonly fieldIds = new WeakMap<CardField, number>();
  private createdFields = 0;
  private readonly listeners = new Map<CardField, (state: FieldState) => void>();
  private lastBrand: CardBrand = 'unknown';
  private fieldMessages: FieldMessages;
  private readonly now: () => Date;

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

  /** Creates the group's field of this kind, replacing an earlier one of the same kind. */
  createField(kind: FieldKind, onState: (state: FieldState) => void): CardField {
    const field = new CardField(kind, {
      now: this.now,
      messages: () => this.fieldMessages,
      brand: () => this.fields.get('cardnumber')?.state.brand ?? 'unknown',
      changed: (changedField) => this.handleChange(changedField),
    });
    this.fieldIds.set(field, ++this.createdFields);
    const previous = this.fields.get(kind);
    if (previous) this.removeField(previous);
    this.fields.set(kind, field);
    this.listeners.set(field, onState);
    return field;
  }

  removeField(field: CardField): void {
    field.detach();
    this.listeners.delete(field);
    if (this.fields.get(field.kind) === field) this.fields.delete(field.kind);
  }

  has(kind: FieldKind): boolean {
    return this.fields.has(kind);
  }

  /**
   * Changes whenever any field's value changes (or a field is replaced): equal versions mean the same card data,
   * so a checkout may reuse the source it created from it. Holds no card data.
   */
  get version(): string {
    return FIELD_KINDS.map((kind) => {
      const field = this.fields.get(kind);
      return field ? `${this.fieldIds.get(field)}.${field.edits}` : '-';
    }).join(':');
  }

  /** Shows the security code's error, if any (an empty code included), without sending anything. */
  checkSecurityCode(): DrError | undefined {
    return this.check(['cardcvv']);
  }

  /**
   * Sends the freshly typed security code with `POST /sources/{id}/authenticate` (a saved card's code re-collected,
   * or a 3-D Secure source completed). The code goes from the field to the API and nowhere else.
   */
  async authenticate(
    api: SourceUpdater,
    id: string,
    clientSecret: string,
    body: Omit<AuthenticateSourceRequest, 'cvv' | 'challengeResult'>,
  ): Promise<ApiResult<AuthenticateSourceResponse>> {
    const error = this.check(['cardcvv']);
    if (error) return { error };
    return api.authenticateSource(id, clientSecret, { ...body, cvv: digitsOf(this.fields.get('cardcvv')!.readRaw()) });
  }

  /** Sends the expiry typed in the expiration field (and an optional owner) with `POST /sources/{id}`. */
  async updateExpiration(api: SourceUpdater, id: string, clientSecret: string, body: Omit<UpdateSourceRequest, 'creditCard'>): Promise<TokenizeResult> {
    const error = this.check(['cardexpiration']);
    if (error) return { error };
    const { month, year } = this.fields.get('cardexpiration')!.readExpiry();
    const result = await api.updateSource(id, clientSecret, { ...body, creditCard: { expirationMonth: month ?? 0, expirationYear: year ?? 0 } });
    return result.error ? { error: result.error } : { source: result.data };
  }

  /** Validates the given fields for a submit (showing their errors); a missing field is an integration error. */
  private check(kinds: readonly FieldKind[]): DrError | undefined {
    const missing = kinds.filter((kind) => !this.fields.has(kind));
    if (missing.length > 0) {
      const message = `This call needs a mounted ${missing.join(', ')} element from the same DigitalRiver instance.`;
      return { type: 'integration_error', message, errors: [{ code: 'missing_element', parameter: missing[0], message }] };
    }
    const errors = kinds.flatMap((kind) => {
      const error = this.fields.get(kind)!.validateForSubmit();
      return error ? [{ code: error.code, parameter: kind, message: error.message }] : [];
    });
    return errors.length > 0 ? { type: 'validation_error', message: errors[0]!.message, errors } : undefined;
  }

  /** Validates the three fields (showing their errors) and, when all are complete, creates a source from them. */
  async tokenize(api: SourceCreator, data: CardSourceData, signal?: AbortSignal): Promise<TokenizeResult> {
    const error = this.check(FIELD_KINDS);
    if (error) return { error };
    const [number, expiration, cvv] = FIELD_KINDS.map((kind) => this.fields.get(kind) as CardField) as [CardField, CardField, CardField];
    const { month, year } = expiration.readExpiry();
    const result = await api.createSource(
      {
        ...data,
        type: 'creditCard',
        creditCard: {
          number: digitsOf(number.readRaw()),
          expirationMonth: month ?? 0,
          expirationYear: year ?? 0,
          cvv: digitsOf(cvv.readRaw()),
        },
      } as CreateSourceRequest,
      signal,
    );
    return result.error ? { error: result.error } : { source: result.data };
  }

  private handleChange(field: CardField): void {
    const state = field.state;
    this.listeners.get(field)?.(state);
    if (field.kind === 'cardnumber' && state.brand !== this.lastBrand) {
      this.lastBrand = state.brand;
      const cvv = this.fields.get('cardcvv');
      if (cvv) cvv.recheck();
    }
  }
}

/** Groups of declaratively placed elements, by their `group` attribute. */
const namedGroups = new Map<string, FieldGroup>();
export function namedGroup(name: string): FieldGroup {
  let group = namedGroups.get(name);
  if (!group) namedGroups.set(name, (group = new FieldGroup()));
  return group;
}
