import { expect } from '@open-wc/testing';
import { applyUpdate, readPaymentRequest, type PaymentRequest } from './payment-request.js';

async function warnings(run: () => unknown): Promise<string[]> {
  const lines: string[] = [];
  const original = console.warn;
  console.warn = (line: string) => lines.push(line);
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return lines;
}

const base: PaymentRequest = { country: 'US', currency: 'USD', total: { label: 'Total', amount: 10 } };

describe('payment request', () => {
  it('keeps a copy of the documented fields, upper-cases the codes, and leaves out malformed items and options', async () => {
    const given = {
      country: 'us',
      currency: 'usd',
      total: { label: 'Total', amount: 300, isPending: true },
      displayItems: [{ label: 'Item', amount: 100 }, { label: 'No amount' }, { label: '', amount: 1 }, 'item'],
      shippingOptions: [
        { id: 'a', label: 'A', amount: 0, detail: 'Soon' },
        { id: 'a', label: 'A again', amount: 1, detail: '' },
        { id: 'b', label: 'B', amount: '5' },
      ],
      requestShipping: 'yes',
      style: { buttonType: 'huge', buttonColor: 'light' },
    };
    let read: ReturnType<typeof readPaymentRequest> | undefined;
    const printed = await warnings(() => (read = readPaymentRequest(given)));
    expect(read!.problem).to.equal(undefined);
    expect(read!.request).to.deep.equal({
      country: 'US',
      currency: 'USD',
      total: { label: 'Total', amount: 300, isPending: true },
      displayItems: [{ label: 'Item', amount: 100 }],
      shippingOptions: [{ id: 'a', label: 'A', amount: 0, detail: 'Soon' }],
      style: { buttonColor: 'light' },
    });
    (given.displayItems[0] as { label: string }).label = 'Changed later';
    expect(read!.request.displayItems![0]!.label).to.equal('Item');
    expect(printed.some((line) => line.includes('invalid_payment_item'))).to.equal(true);
    expect(printed.some((line) => line.includes('invalid_shipping_option'))).to.equal(true);
    expect(printed.some((line) => line.includes('"huge"'))).to.equal(true);
  });

  it('names every missing required field in one integration error', () => {
    const { problem } = readPaymentRequest({ country: 'USA', total: { label: 'Total', amount: 'ten' } });
    expect(problem!.type).to.equal('integration_error');
    expect(problem!.errors[0]).to.include({ code: 'invalid_payment_request', parameter: 'country' });
    expect(problem!.message).to.contain('country, currency, total');
  });

  it('merges a success update, keeps the request on a failure with its messages, and refuses what is not an update', async () => {
    const success = applyUpdate(base, { status: 'success', total: { label: 'New', amount: 20 }, displayItems: [{ label: 'Ship', amount: 10 }] })!;
    expect(success.request).to.deep.equal({ ...base, total: { label: 'New', amount: 20 }, displayItems: [{ label: 'Ship', amount: 10 }] });
    const failure = applyUpdate(base, { status: 'failure', error: { message: 'We cannot ship there.', fields: { postalCode: 'Your postal code is invalid.' } } })!;
    expect(failure).to.deep.equal({ request: base, failure: 'We cannot ship there. Your postal code is invalid.' });
    const printed = await warnings(() => {
      expect(applyUpdate(base, undefined)).to.equal(undefined);
      expect(applyUpdate(base, { status: 'ok' })).to.equal(undefined);
    });
    expect(printed).to.have.length(1);
    expect(printed[0]).to.contain('invalid_update');
  });
});
