import { expect } from '@open-wc/testing';
import { isFieldHandshake, parseChannelMessage, parseControllerRequest, parseFieldRequest } from './requests.js';

// The frames' checks of what reaches them, fed what a hostile page (or a broken frame) could send.
describe('frame message checks', () => {
  const id = 'a1b2c3d4e5f6a7b8';

  it('keep only the known keys of a well-formed message', () => {
    const settings = { label: 'Card', placeholder: '', disabled: false, brand: 'visa', nowOffsetMs: 0, extra: 'x' };
    expect(parseFieldRequest({ id: 1, call: 'configure', settings, port: 'x' })).to.deep.equal({
      id: 1,
      call: 'configure',
      settings: { label: 'Card', placeholder: '', disabled: false, brand: 'visa', nowOffsetMs: 0 },
    });
    expect(parseControllerRequest({ id: 2, call: 'tokenize', fields: { cardnumber: id }, api: { publicKey: 'pk_test_x', baseUrl: 'http://127.0.0.1:1', extra: 1 }, data: {} })).to.deep.equal({
      id: 2,
      call: 'tokenize',
      fields: { cardnumber: id },
      api: { publicKey: 'pk_test_x', baseUrl: 'http://127.0.0.1:1' },
      data: {},
    });
    expect(parseChannelMessage({ type: 'keep', field: id, kind: 'cardcvv', raw: '123', card: { cvv: '123', other: 1 } })).to.deep.equal({ type: 'keep', field: id, kind: 'cardcvv', raw: '123', card: { cvv: '123' } });
  });

  it('take the page\'s own API calls without any field: a `fields` sent along is dropped', () => {
    const api = { publicKey: 'pk_test_x', baseUrl: 'http://127.0.0.1:1', timeoutMs: 500 };
    const fields = { cardnumber: id, cardcvv: id };
    expect(parseControllerRequest({ id: 1, call: 'createSource', fields, api, data: { type: 'payPal' } })).to.deep.equal({ id: 1, call: 'createSource', api, data: { type: 'payPal' } });
    expect(parseControllerRequest({ id: 2, call: 'retrieveSource', fields, api, sourceId: 's', clientSecret: 'c', body: { cvv: '1' } })).to.deep.equal({
      id: 2,
      call: 'retrieveSource',
      api,
      sourceId: 's',
      clientSecret: 'c',
    });
    for (const call of ['authenticateSource', 'updateSource']) {
      expect(parseControllerRequest({ id: 3, call, fields, api, sourceId: 's', clientSecret: 'c', body: { returnUrl: 'x' } })).to.deep.equal({
        id: 3,
        call,
        api,
        sourceId: 's',
        clientSecret: 'c',
        body: { returnUrl: 'x' },
      });
    }
    const filters = { currency: 'EUR', country: 'fr', sessionId: 'ps_1', supportsStorage: true, supportsRecurring: false, supportsFreeTrial: true };
    expect(parseControllerRequest({ id: 4, call: 'retrieveAvailablePaymentMethods', fields, api, filters })).to.deep.equal({ id: 4, call: 'retrieveAvailablePaymentMethods', api, filters });
  });

  it('refuse anything else: wrong types, unknown calls, odd ids, prototype keys', () => {
    const refused = [
      parseFieldRequest(null),
      parseFieldRequest({ id: '1', call: 'focus' }),
      parseFieldRequest({ id: 1, call: 'read' }),
      parseFieldRequest({ id: 1, call: 'sibling', kind: 'cardcvv' }),
      parseFieldRequest({ id: 1, call: 'configure', settings: { label: 1 } }),
      parseFieldRequest({ id: Infinity, call: 'focus' }),
      parseControllerRequest({ id: 1, call: 'tokenize', fields: { cardnumber: id }, api: { publicKey: 'pk_test_x' } }),
      parseControllerRequest({ id: 1, call: 'validate', fields: JSON.parse(`{"__proto__": "${id}"}`) }),
      parseControllerRequest({ id: 1, call: 'validate', fields: { cardnumber: '../x' } }),
      parseControllerRequest({ id: 1, call: 'forget', field: 'short' }),
      parseControllerRequest({ id: 1, call: 'read', fields: {} }),
      parseControllerRequest({ id: 1, call: 'createSource', api: { publicKey: 'pk_test_x' } }),
      parseControllerRequest({ id: 1, call: 'createSource', api: { baseUrl: 'http://127.0.0.1:1' }, data: {} }),
      parseControllerRequest({ id: 1, call: 'retrieveSource', api: { publicKey: 'pk_test_x' }, sourceId: 's' }),
      parseControllerRequest({ id: 1, call: 'updateSource', api: { publicKey: 'pk_test_x' }, sourceId: 's', clientSecret: 'c' }),
      parseControllerRequest({ id: 1, call: 'authenticateSource', api: { publicKey: 'pk_test_x', timeoutMs: '1' }, sourceId: 's', clientSecret: 'c', body: {} }),
      // retrieveAvailablePaymentMethods: the documented filters only, each of its type.
      parseControllerRequest({ id: 1, call: 'retrieveAvailablePaymentMethods', api: { publicKey: 'pk_test_x' } }),
      parseControllerRequest({ id: 1, call: 'retrieveAvailablePaymentMethods', api: { publicKey: 'pk_test_x' }, filters: { currency: 'EURO' } }),
      parseControllerRequest({ id: 1, call: 'retrieveAvailablePaymentMethods', api: { publicKey: 'pk_test_x' }, filters: { supportsStorage: 'true' } }),
      parseControllerRequest({ id: 1, call: 'retrieveAvailablePaymentMethods', api: { publicKey: 'pk_test_x' }, filters: { sessionId: 'a b' } }),
      parseControllerRequest({ id: 1, call: 'retrieveAvailablePaymentMethods', api: { publicKey: 'pk_test_x' }, filters: { path: '/../x' } }),
      parseChannelMessage({ type: 'keep', field: id, kind: 'cardpin', raw: '1', card: {} }),
      parseChannelMessage({ type: 'validated', field: id, request: 'r', error: { code: 1 } }),
      parseChannelMessage({ type: 'restore', field: id, kind: 'cardnumber', raw: 4 }),
    ];
    expect(refused.filter((parsed) => parsed !== undefined)).to.deep.equal([]);
    expect(isFieldHandshake({ type: 'dr-field-connect', kind: 'cardcvv' }, 'cardnumber')).to.equal(false);
  });
});
