// Compile-time checks of the public types, as an integrator's TypeScript meets them: `npm run typecheck` fails if a
// line marked @ts-expect-error compiles, or another line does not.
import { DigitalRiver, type DigitalRiverElement, type DrErrorType, type FieldChangeDetail, type SourceResult } from '../../src/index.js';

export async function integratorCode(): Promise<void> {
  const dr = new DigitalRiver('pk_test_types');

  // A known element type gives an element; any other string may give undefined.
  const number: DigitalRiverElement = dr.createElement('cardnumber');
  // @ts-expect-error an unknown type can be undefined
  const unknown: DigitalRiverElement = dr.createElement('iban');
  void unknown;

  number.on('change', (event: FieldChangeDetail) => {
    // `error` is null when there is none, as DigitalRiver.js sends it.
    const code: string | undefined = event.error?.code;
    const none: null | object = event.error;
    void code;
    void none;
  });

  // Source data as Digital River documents it, a numeric postal code included.
  const result: SourceResult = await dr.createSource(number, {
    type: 'creditCard',
    sessionId: 'ses_1',
    owner: { firstName: 'A', lastName: 'B', email: 'a@example.test', address: { line1: '1 Main St', postalCode: 55410, country: 'US' } },
  });
  // @ts-expect-error without an element, the source data must say its type
  await dr.createSource({ sessionId: 'ses_1' });
  // @ts-expect-error an owner's first name is text
  await dr.createSource(number, { owner: { firstName: 1, lastName: 'B', email: 'a@example.test' } });

  if ('error' in result) {
    // The error type names the known types and keeps any other the API sends.
    const type: DrErrorType = result.error.type;
    const known: DrErrorType = 'validation_error';
    const other: DrErrorType = 'some_future_type';
    void [type, known, other];
  }
}
