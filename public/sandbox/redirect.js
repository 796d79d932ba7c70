// The sandbox's approval page for redirect payments (PayPal, direct debit) in browser mode: the service worker cannot
// serve page navigations, so this static page calls the sandbox's control API, then sends the shopper back to the
// storefront's returnUrl (approve) or cancelUrl (decline), as the real provider would.
const params = new URLSearchParams(location.search);
const sourceId = params.get('sourceId') ?? '';
const summary = document.getElementById('summary');
const message = document.getElementById('message');
const buttons = [...document.querySelectorAll('button[data-action]')];

/**
 * The sandbox base from `?api=`, only on this page's own origin: anyone can link this page, and a foreign API would
 * choose where the shopper is sent. Null for anything else.
 */
function sameOriginApi(raw) {
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw, location.href);
  } catch {
    return null;
  }
  if (url.origin !== location.origin) return null;
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Only web addresses: a `javascript:` or `data:` URL would run script on this page's origin. */
function webUrl(raw) {
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

const api = sameOriginApi(params.get('api'));

async function answer(action) {
  for (const button of buttons) button.disabled = true;
  let source;
  try {
    const response = await fetch(`${api}/__sandbox/sources/${encodeURIComponent(sourceId)}/${action}`, { method: 'POST' });
    if (!response.ok) throw new Error(`status ${response.status}`);
    source = await response.json();
  } catch {
    message.textContent = 'The sandbox could not record your answer. Try again.';
    for (const button of buttons) button.disabled = false;
    return;
  }
  summary.textContent = `Payment ${action === 'approve' ? 'approved' : 'declined'}: the source is now ${source.state}.`;
  const back = action === 'approve' ? source.redirect?.returnUrl : (source.redirect?.cancelUrl ?? source.redirect?.returnUrl);
  if (!back) return;
  const target = webUrl(back);
  if (target) location.assign(target);
  else message.textContent = 'The store’s return address is not an http or https address, so this page does not open it.';
}

if (api === null) {
  // The buttons stay disabled: there is no sandbox this page may report to.
  summary.textContent = 'This approval link is not valid.';
  message.textContent = 'This page only reports to the sandbox on its own site, and the link names another (or none).';
} else {
  summary.textContent = `Source ${sourceId} is waiting for your approval.`;
  for (const button of buttons) {
    button.addEventListener('click', () => void answer(button.dataset.action));
    button.disabled = false;
  }
}
