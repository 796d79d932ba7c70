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
      parseChannelMessage({ type: 'keep', field: id, kind: 'cardpin', raw: '1', card: {} }),
      parseChannelMessage({ type: 'validated', field: id, request: 'r', error: { code: 1 } }),
      parseChannelMessage({ type: 'restore', field: id, kind: 'cardnumber', raw: 4 }),
    ];
    expect(refused.filter((parsed) => parsed !== undefined)).to.deep.equal([]);
    expect(isFieldHandshake({ type: 'dr-field-connect', kind: 'cardcvv' }, 'cardnumber')).to.equal(false);
  });
});
