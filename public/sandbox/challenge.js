// The sandbox's 3-D Secure challenge page (no inline script, so it works under a strict CSP).
// It reports the shopper's answer to the sandbox API, as a card issuer would, then tells the library's dialog in the
// parent page that the challenge is over. The parent checks this page's origin; this page posts only to `parentOrigin`.
const params = new URLSearchParams(location.search);
const sourceId = params.get('sourceId') ?? '';
const api = (params.get('api') ?? '').replace(/\/+$/, '');
const parentOrigin = params.get('parentOrigin') ?? location.origin;
const message = document.getElementById('message');
const buttons = [...document.querySelectorAll('button[data-result]')];

const tellParent = (data) => {
  if (window.parent !== window) window.parent.postMessage(data, parentOrigin);
};

async function finish(result) {
  for (const button of buttons) button.disabled = true;
  try {
    const response = await fetch(`${api}/__sandbox/sources/${encodeURIComponent(sourceId)}/challenge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ result }),
    });
    if (!response.ok) throw new Error(`status ${response.status}`);
    tellParent({ type: 'dr-challenge-complete', sourceId });
  } catch {
    message.textContent = 'The sandbox could not record your answer. Try again.';
    for (const button of buttons) button.disabled = false;
  }
}

for (const button of buttons) {
  button.addEventListener('click', () => void finish(button.dataset.result));
  button.disabled = false;
}
// Escape inside the frame never reaches the parent's dialog: pass it on as "cancel".
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') tellParent({ type: 'dr-challenge-cancel', sourceId });
});
buttons[0]?.focus();
