import { digitsOf, type CardBrand } from '../card/index.js';
import type { ApiResult } from '../api/client.js';
import type { CreateSourceRequest, Source } from '../api/schemas.js';
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

  /** Validates the three fields (showing their errors) and, when all are complete, creates a source from them. */
  async tokenize(api: SourceCreator, data: CardSourceData, signal?: AbortSignal): Promise<TokenizeResult> {
    const missing = FIELD_KINDS.filter((kind) => !this.fields.has(kind));
    if (missing.length > 0) {
      const message = `createSource needs a mounted ${missing.join(', ')} element from the same DigitalRiver instance.`;
      return { error: { type: 'integration_error', message, errors: [{ code: 'missing_element', parameter: missing[0], message }] } };
    }
    const [number, expiration, cvv] = FIELD_KINDS.map((kind) => this.fields.get(kind) as CardField) as [CardField, CardField, CardField];
    const errors = [number, expiration, cvv].flatMap((field) => {
      const error = field.validateForSubmit();
      return error ? [{ code: error.code, parameter: field.kind, message: error.message }] : [];
    });
    if (errors.length > 0) {
      return { error: { type: 'validation_error', message: errors[0]!.message, errors } };
    }
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
