// React 19 TSX as an integrator writes it: compiled by `npm run typecheck`; a line marked @ts-expect-error must fail.
import type { ReactElement } from 'react';
import '../../src/frameworks/react.js';
import type { DrCardNumber } from '../../src/index.js';

export function PaymentForm(props: { onComplete: (complete: boolean) => void; numberRef: { current: DrCardNumber | null } }): ReactElement {
  return (
    <form>
      <dr-card-number
        ref={props.numberRef}
        frame-url="https://frames.example.test/frame.html"
        group="pay"
        placeholder="Card number"
        fieldStyle={{ base: { color: '#111' } }}
        ondr-change={(event) => props.onComplete(event.detail.complete && event.detail.error === null)}
        ondr-ready={(event) => void event.detail.elementType}
      />
      <dr-card-expiration group="pay" mask={false} ondr-blur={() => undefined} />
      <dr-card-cvv group="pay" classes={{ base: 'field', invalid: 'field is-bad' }} />
      {/* @ts-expect-error a change event's detail has no value */}
      <dr-card-cvv group="pay" ondr-change={(event) => event.detail.value} />
      {/* @ts-expect-error group is text */}
      <dr-card-cvv group={3} />
      <dr-checkout public-key="pk_test_x" checkout-id="chk_1" session-id="ses_1" ondr-cvc-expiring={(event) => void event.detail.secondsLeft} />
      <dr-saved-cards frame-url="https://frames.example.test/frame.html" busy={false} ondr-saved-card-choose={(event) => void event.detail.source?.id} />
      <dr-billing-fields address country="US" />
      {/* @ts-expect-error a saved card's change names what changed, not a value */}
      <dr-saved-cards ondr-saved-card-change={(event) => event.detail.value} />
      {/* @ts-expect-error address is a switch */}
      <dr-billing-fields address="yes" />
    </form>
  );
}
