import { expect } from '@open-wc/testing';
import type { Source } from '../api/source.js';
import { fieldOfError } from './card-fields.js';
import { providerAddress } from './pay-redirect.js';

const withRedirect = (redirectUrl?: string) => ({ redirect: redirectUrl === undefined ? undefined : { redirectUrl } }) as unknown as Source;

describe("Drop-in's redirect to the provider", () => {
  it("goes only to a web address: the provider's https or http page", () => {
    expect(providerAddress(withRedirect('https://approve.example/pay?token=1'))?.href).to.equal('https://approve.example/pay?token=1');
    expect(providerAddress(withRedirect('http://127.0.0.1:4010/approve'))?.href).to.equal('http://127.0.0.1:4010/approve');
  });

  it('refuses a script, data or relative address, and a source without one', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<p>pay</p>', '/approve', '', undefined]) {
      expect(providerAddress(withRedirect(url))?.href, String(url)).to.equal(undefined);
    }
  });
});

describe("Drop-in's card errors", () => {
  it('name the field the shopper must go back to', () => {
    const fields = ['invalid_card_number', 'incomplete_expiration_date', 'invalid_expiration_year', 'incomplete_security_code', 'source_failed', ''].map(fieldOfError);
    expect(fields).to.deep.equal(['number', 'expiration', 'expiration', 'cvv', undefined, undefined]);
  });
});
