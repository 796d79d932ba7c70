// The sandbox's approval page for redirect payments (PayPal, direct debit) in browser mode: the service worker cannot
// serve page navigations, so this static page calls the sandbox's control API, then sends the shopper back to the
// storefront's returnUrl (approve) or cancelUrl (decline), as the real provider would.
const params = new URLSearchParams(location.search);
const sourceId = params.get('sourceId') ?? '';
const api = (params.get('api') ?? '').replace(/\/+$/, '');
const summary = document.getElementById('summary');
const message = document.getElementById('message');
const buttons = [...document.querySelectorAll('button[data-action]')];

async function answer(action) {
  for (const button of buttons) button.disabled = true;
  try {
    const response = await fetch(`${api}/__sandbox/sources/${encodeURIComponent(sourceId)}/${action}`, { method: 'POST' });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const source = await response.json();
    summary.textContent = `Payment ${action === 'approve' ? 'approved' : 'declined'}: the source is now ${source.state}.`;
    const back = action === 'approve' ? source.redirect?.returnUrl : (source.redirect?.cancelUrl ?? source.redirect?.returnUrl);
    if (back) location.assign(back);
  } catch {
    message.textContent = 'The sandbox could not record your answer. Try again.';
    for (const button of buttons) button.disabled = false;
  }
}

summary.textContent = `Source ${sourceId} is waiting for your approval.`;
for (const button of buttons) {
  button.addEventListener('click', () => void answer(button.dataset.action));
  button.disabled = false;
}
