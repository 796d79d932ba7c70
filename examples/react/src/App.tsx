import { useRef, useState, type FormEvent } from 'react';
import { DigitalRiver, type DrCardNumber, type FieldChangeDetail, type FieldKind, type StyleOptions } from 'dr-checkout-widget';
import 'dr-checkout-widget/react'; // types for <dr-card-*> in TSX

// The card frames' URL is in the page (drCheckout() in vite.config.ts): another origin than the app's.
const PUBLIC_KEY = 'pk_test_react_example';

const PLAIN: StyleOptions = { base: { fontSize: '16px', color: '#1d1d1f' } };
const LARGE: StyleOptions = { base: { fontSize: '22px', color: '#0b57d0' } };
const NOT_COMPLETE: Record<FieldKind, boolean> = { cardnumber: false, cardexpiration: false, cardcvv: false };

// Created in the browser on first use, never while a server renders.
let digitalRiver: DigitalRiver | undefined;

export function App() {
  const numberRef = useRef<DrCardNumber>(null);
  const [shown, setShown] = useState(true);
  const [large, setLarge] = useState(false);
  const [brand, setBrand] = useState('unknown');
  const [complete, setComplete] = useState(NOT_COMPLETE);
  const [result, setResult] = useState('');
  const cardComplete = Object.values(complete).every(Boolean);

  const handleChange = (event: CustomEvent<FieldChangeDetail>) => {
    const { elementType, brand, complete } = event.detail;
    setComplete((fields) => ({ ...fields, [elementType]: complete }));
    if (elementType === 'cardnumber') setBrand(brand);
  };

  const toggleFields = () => {
    setShown((value) => !value);
    setComplete(NOT_COMPLETE);
    setBrand('unknown');
  };

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!numberRef.current) return;
    digitalRiver ??= new DigitalRiver(PUBLIC_KEY);
    setResult('Creating the payment source…');
    const outcome = await digitalRiver.createSource(numberRef.current, {
      type: 'creditCard',
      owner: { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', address: { country: 'US', postalCode: '55410' } },
    });
    setResult('source' in outcome ? `Source ${outcome.source.id} (${outcome.source.creditCard?.brand} ${outcome.source.creditCard?.lastFourDigits}) is ${outcome.source.state}` : `Error: ${outcome.error.message}`);
  };

  return (
    <main>
      <h1>Pay by card (React)</h1>
      <p>
        <button type="button" onClick={toggleFields}>
          {shown ? 'Hide card fields' : 'Show card fields'}
        </button>{' '}
        <button type="button" aria-pressed={large} onClick={() => setLarge((value) => !value)}>
          Large text
        </button>
      </p>
      {shown && (
        <form onSubmit={pay}>
          <label htmlFor="card-number">Card number</label>
          <dr-card-number
            id="card-number"
            ref={numberRef}
            placeholder={large ? 'Number on the card' : 'Card number'}
            fieldStyle={large ? LARGE : PLAIN}
            ondr-change={handleChange}
          />
          <label htmlFor="card-expiration">Expiration</label>
          <dr-card-expiration id="card-expiration" fieldStyle={large ? LARGE : PLAIN} ondr-change={handleChange} />
          <label htmlFor="card-cvv">Security code</label>
          <dr-card-cvv id="card-cvv" fieldStyle={large ? LARGE : PLAIN} ondr-change={handleChange} />
          <button type="submit" disabled={!cardComplete}>
            Pay
          </button>
        </form>
      )}
      <dl>
        <dt>Brand</dt>
        <dd id="brand">{brand}</dd>
        <dt>Card complete</dt>
        <dd id="complete">{cardComplete ? 'yes' : 'no'}</dd>
      </dl>
      <p role="status" id="result">
        {result}
      </p>
    </main>
  );
}
