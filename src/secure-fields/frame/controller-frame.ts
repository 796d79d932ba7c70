/**
 * The controller frame: one hidden frame per page on the library's frame origin. It keeps the values the field
 * frames hand it (so a field unmounted and mounted again gets its value back, and a destroyed one is erased), and it
 * is the only code that sends card data anywhere: to an API origin its deployment allows (`deployment.ts`). The page
 * asks it, over its port, to validate, tokenize, authenticate or update; it answers with results, never card data.
 * It is also the page's only way to the API: the page's own calls (a source from source data, retrieve, authenticate
 * and update without a card element) go through it, to the same allowed origins, and read no field.
 */
import { createApiClient } from '../../api/client.js';
import type { DrError } from '../../api/errors.js';
import type { AuthenticateSourceRequest, CreateSourceRequest, UpdateSourceRequest } from '../../api/schemas.js';
import { FIELD_KINDS, type FieldKind } from '../shared/field-kind.js';
import { channelName, FIELDS_UNAVAILABLE, type ApiChoice, type FieldIds } from '../shared/names.js';
import { randomId } from '../shared/random-id.js';
import { apiBaseFor, readDeployment } from './deployment.js';
import { isControllerHandshake, parseChannelMessage, parseControllerRequest, type CardPart, type ChannelMessage, type ControllerRequest } from './requests.js';

const params = new URLSearchParams(location.hash.slice(1));
const parentOrigin = params.get('parent') ?? '';
const channelId = params.get('channel') ?? '';

if (parentOrigin && channelId) start();

interface Kept {
  kind: FieldKind;
  raw: string;
  card: CardPart;
  /** Changes with every new value: what `version` answers, so the page can tell a changed card without seeing it. */
  version: string;
}

const VALIDATE_TIMEOUT_MS = 5000;

function start(): void {
  const deployment = readDeployment(document);
  const channel = new BroadcastChannel(channelName(channelId));
  const kept = new Map<string, Kept>();
  const validations = new Map<string, (error: ChannelMessage & { type: 'validated' }) => void>();
  let host: MessagePort | undefined;

  channel.onmessage = (event) => {
    const message = parseChannelMessage(event.data);
    if (!message) return;
    if (message.type === 'keep') {
      const before = kept.get(message.field);
      if (before && before.kind !== message.kind) return;
      // An empty field has nothing to give back: keeping no entry for it keeps a page that opens many checkouts small.
      if (!message.raw) return void kept.delete(message.field);
      const version = before?.raw === message.raw ? before.version : randomId();
      kept.set(message.field, { kind: message.kind, raw: message.raw, card: message.card, version });
    } else if (message.type === 'hello') {
      const value = kept.get(message.field);
      if (value?.kind === message.kind && value.raw) channel.postMessage({ type: 'restore', field: message.field, kind: value.kind, raw: value.raw } satisfies ChannelMessage);
    } else if (message.type === 'validated') {
      validations.get(`${message.request}:${message.field}`)?.(message);
    }
  };

  /**
   * Asks each field to validate as for a submit (each shows its own error). A field answers after the values it
   * handed over before, on the same channel, so what is kept here is current once it answered.
   */
  async function validate(fields: FieldIds): Promise<DrError | undefined> {
    const request = randomId();
    const entries = FIELD_KINDS.flatMap((kind) => (fields[kind] ? [[kind, fields[kind]] as const] : []));
    const answers = await Promise.all(
      entries.map(
        ([, field]) =>
          new Promise<(ChannelMessage & { type: 'validated' }) | undefined>((resolve) => {
            const key = `${request}:${field}`;
            const timer = setTimeout(() => settle(undefined), VALIDATE_TIMEOUT_MS);
            const settle = (answer: (ChannelMessage & { type: 'validated' }) | undefined) => {
              clearTimeout(timer);
              validations.delete(key);
              resolve(answer);
            };
            validations.set(key, settle);
            channel.postMessage({ type: 'validate', field, request } satisfies ChannelMessage);
          }),
      ),
    );
    if (answers.some((answer) => !answer)) return FIELDS_UNAVAILABLE;
    const errors = entries.flatMap(([kind], i) => {
      const error = answers[i]!.error;
      return error ? [{ code: error.code, parameter: kind, message: error.message }] : [];
    });
    return errors.length > 0 ? { type: 'validation_error', message: errors[0]!.message, errors } : undefined;
  }

  function partOf(fields: FieldIds, kind: FieldKind): CardPart {
    const id = fields[kind];
    const value = id ? kept.get(id) : undefined;
    return value?.kind === kind ? value.card : {};
  }

  function clientFor(api: ApiChoice) {
    const target = apiBaseFor(deployment, api);
    if ('error' in target) return target;
    return { client: createApiClient({ baseUrl: target.baseUrl, publicKey: api.publicKey, ...(api.timeoutMs ? { timeoutMs: api.timeoutMs } : {}) }) };
  }

  async function answer(request: ControllerRequest): Promise<unknown> {
    switch (request.call) {
      case 'validate':
        return { error: await validate(request.fields) };
      case 'version':
        return FIELD_KINDS.map((kind) => (request.fields[kind] && kept.get(request.fields[kind]!)?.version) ?? '-').join(':');
      case 'forget':
        kept.delete(request.field);
        channel.postMessage({ type: 'clear', field: request.field } satisfies ChannelMessage);
        return true;
    }
    // The API is checked first: a refused one gets nothing, not even a validation round.
    const api = clientFor(request.api);
    if ('error' in api) return { error: api.error };
    switch (request.call) {
      // The page's own data, sent as given: these calls name no field and read none.
      case 'createSource':
        return api.client.createSource(request.data as CreateSourceRequest);
      case 'retrieveSource':
        return api.client.retrieveSource(request.sourceId, request.clientSecret);
      case 'authenticateSource':
        return api.client.authenticateSource(request.sourceId, request.clientSecret, request.body as AuthenticateSourceRequest);
      case 'updateSource':
        return api.client.updateSource(request.sourceId, request.clientSecret, request.body as UpdateSourceRequest);
      case 'retrieveAvailablePaymentMethods':
        return api.client.retrieveAvailablePaymentMethods(request.filters);
    }
    const error = await validate(request.fields);
    if (error) return { error };
    switch (request.call) {
      case 'tokenize': {
        const number = partOf(request.fields, 'cardnumber');
        const expiry = partOf(request.fields, 'cardexpiration');
        const code = partOf(request.fields, 'cardcvv');
        const body = {
          ...request.data,
          type: 'creditCard',
          creditCard: { number: number.number ?? '', expirationMonth: expiry.expirationMonth ?? 0, expirationYear: expiry.expirationYear ?? 0, cvv: code.cvv ?? '' },
        } as CreateSourceRequest;
        const result = await api.client.createSource(body);
        return result.error ? { error: result.error } : { source: result.data };
      }
      case 'authenticate':
        return api.client.authenticateSource(request.sourceId, request.clientSecret, { ...request.body, cvv: partOf(request.fields, 'cardcvv').cvv ?? '' });
      case 'updateExpiration': {
        const { expirationMonth = 0, expirationYear = 0 } = partOf(request.fields, 'cardexpiration');
        return api.client.updateSource(request.sourceId, request.clientSecret, { ...request.body, creditCard: { expirationMonth, expirationYear } });
      }
    }
  }

  function connect(port: MessagePort): void {
    host = port;
    port.onmessage = (event) => {
      const request = parseControllerRequest(event.data);
      if (!request) return;
      void answer(request).then(
        (result) => port.postMessage({ id: request.id, result }),
        () => port.postMessage({ id: request.id, result: { error: FIELDS_UNAVAILABLE } }),
      );
    };
    port.postMessage({ event: 'ready', defaultApiBaseUrl: deployment.defaultBaseUrl });
  }

  // The handshake: accepted once, only from the parent window, only from the origin the page named in our URL.
  window.addEventListener('message', function handshake(event) {
    if (host || event.source !== window.parent || event.origin !== parentOrigin || !event.ports[0]) return;
    if (!isControllerHandshake(event.data)) return;
    window.removeEventListener('message', handshake);
    connect(event.ports[0]);
  });
  // Field frames that started before this frame tell it their values again.
  channel.postMessage({ type: 'controller' } satisfies ChannelMessage);
}
