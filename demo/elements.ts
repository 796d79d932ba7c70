// Custom elements placed in plain HTML; the page only listens to their events and asks for a source on submit.
// `./shared/setup.js` comes first: it gives the dr-card-* elements their frame-url before they upgrade.
import './shared/setup.js';
import { DigitalRiver } from '../src/index.js';
import '../src/entries/checkout.js'; // digitalRiver.checkout()
import { sandboxCheckoutServer } from '../src/sandbox/checkout-server.js';
import { bootstrap } from './shared/bootstrap.js';
import { PUBLIC_KEY } from './shared/storefront-server.js';

async function main(): Promise<void> {
  const { sandbox, checkout, panel, frameUrl } = await bootstrap();
  const form = document.querySelector<HTMLFormElement>('#payment-form')!;
  const result = document.querySelector('#result')!;
  form.addEventListener('dr-change', (e) => panel.log(`dr-change ${e.detail.elementType} brand=${e.detail.brand} complete=${e.detail.complete}${e.detail.error ? ` error=${e.detail.error.code}` : ''}`));
  form.addEventListener('dr-return', () => form.requestSubmit());

  const digitalRiver = new DigitalRiver(PUBLIC_KEY, { clock: sandbox.clock, apiBaseUrl: sandbox.url, frameUrl });
  const session = digitalRiver.checkout({
    checkoutId: checkout.id,
    sessionId: checkout.payment.session.id,
    server: sandboxCheckoutServer({ baseUrl: sandbox.url }),
    clock: sandbox.clock,
  });
  session.on('sourceattached', () => void panel.refreshCheckout());
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const outcome = await session.pay(form.querySelector('dr-card-number')!, {});
    result.textContent = 'source' in outcome ? `Source ${outcome.source.id} attached: ${outcome.source.state}.` : `${outcome.error.message} (${outcome.error.errors[0]?.code})`;
    panel.log('source' in outcome ? `source ${outcome.source.id}` : `error ${outcome.error.errors[0]?.code}`);
  });
}

void main();
