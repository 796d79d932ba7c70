import { coreEnglish } from '../page-texts/en.js';

/**
 * The 3-D Secure challenge: a modal `<dialog>` named "Verify your payment" (in the shopper's language) showing the page
 * the API points at (`source.authentication.challengeUrl`) in an iframe. That page tells the library it is done with `postMessage`;
 * messages count only from that iframe's window and that URL's exact origin. Escape or Cancel ends it as cancelled, and
 * so does a challenge URL that is not http(s), which is never shown. The frame runs sandboxed.
 */
export type ChallengeOutcome = 'completed' | 'cancelled';

let dialogCount = 0;

/**
 * What the challenge frame may do: run script and keep its own origin (the page reports to its API with `fetch`, and
 * its messages count only from that origin), nothing more: no forms, pop-ups, downloads or navigating this page.
 */
const CHALLENGE_FRAME_SANDBOX = 'allow-scripts allow-same-origin';

/** The challenge page's URL when it is a web page; a `javascript:` or `data:` URL would run script. */
function webUrl(challengeUrl: string): URL | null {
  try {
    const url = new URL(challengeUrl, location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

export function runChallenge(challengeUrl: string, sourceId: string, texts = coreEnglish.challenge): Promise<ChallengeOutcome> {
  const url = webUrl(challengeUrl);
  // Nothing the shopper could answer: the payment ends as a cancelled challenge (the caller reports it as failed).
  if (!url) return Promise.resolve('cancelled');
  return new Promise((resolve) => {
    url.searchParams.set('parentOrigin', location.origin);
    const titleId = `dr-challenge-title-${++dialogCount}`;
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', titleId);
    dialog.style.cssText = 'border:0;border-radius:8px;padding:16px;width:min(420px,90vw);font:15px/1.4 system-ui,sans-serif';
    const title = document.createElement('h2');
    title.id = titleId;
    title.textContent = texts.title;
    title.style.cssText = 'font-size:1.1rem;margin:0 0 8px';
    const frame = document.createElement('iframe');
    frame.title = texts.frameTitle;
    // Before `src`, so the page never loads without it.
    frame.setAttribute('sandbox', CHALLENGE_FRAME_SANDBOX);
    frame.src = url.href;
    frame.style.cssText = 'display:block;width:100%;height:260px;border:1px solid #d1d5db;border-radius:6px';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = texts.cancel;
    cancel.style.cssText = 'margin-top:12px;font:inherit;padding:6px 14px';
    dialog.append(title, frame, cancel);

    const returnFocus = document.activeElement as HTMLElement | null;
    const finish = (outcome: ChallengeOutcome) => {
      window.removeEventListener('message', onMessage);
      dialog.close();
      dialog.remove();
      returnFocus?.focus?.();
      resolve(outcome);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== url.origin || event.source !== frame.contentWindow) return;
      const data = event.data as { type?: unknown; sourceId?: unknown } | null;
      if (data?.sourceId !== sourceId) return;
      if (data.type === 'dr-challenge-complete') finish('completed');
      else if (data.type === 'dr-challenge-cancel') finish('cancelled');
    };
    window.addEventListener('message', onMessage);
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      finish('cancelled');
    });
    cancel.addEventListener('click', () => finish('cancelled'));
    document.body.append(dialog);
    dialog.showModal();
    frame.focus();
  });
}
