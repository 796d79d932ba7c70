/**
 * The sandbox's stand-in for a wallet's payment sheet (no wallet exists offline): a modal dialog in a shadow root of
 * its own, marked as the sandbox's, English only. It shows the payment request (items, total, shipping options), lets
 * the tester pick a shipping address and option (the page re-prices through `updateWith`), and accept or cancel.
 *
 * It lives in the page, so a page script could reach it: paying and cancelling take the shopper's own click or key
 * only (a script's `click()` or dispatched event is not trusted and is ignored; a test tool's choice of address, which
 * sets the value from script, still counts), and what the page gives it is shown as text, never as markup.
 * It is a script of the sandbox's frames deployment (`sandbox-wallet.js`, `sandbox-wallet.ts`), loaded when a wallet
 * element first shows it, not part of any bundle. Decision 0009 has the rest.
 */
import type { DrError } from '../../api/errors.js';
import { isRightToLeft, type Locale } from '../../secure-fields/shared/locale.js';
import { formatAmount } from '../format-amount.js';
import type { PaymentItem, PaymentRequest, ShippingOption } from './payment-request.js';
import { SANDBOX_ADDRESSES, SANDBOX_CONTACT, type ContactInformation, type WalletAddress } from './sandbox-wallet.data.js';

/** What the tester accepted: the choices and the sandbox shopper a wallet would hand over. */
export interface SheetChoice {
  shippingAddress?: WalletAddress;
  shippingOption?: ShippingOption;
  billingAddress: WalletAddress;
  contactInformation: ContactInformation;
}

/** What the wallet element does when the tester acts in the sheet. */
export interface SheetHooks {
  /** A new shipping address: resolves with the request to show, or a failure message, once the page answered. */
  addressChanged(address: WalletAddress): Promise<{ request: PaymentRequest; failure?: string }>;
  optionChanged(option: ShippingOption): Promise<{ request: PaymentRequest; failure?: string }>;
  /** Accept: make the source; an error keeps the sheet open with its message. */
  accept(choice: SheetChoice): Promise<DrError | undefined>;
  cancel(): void;
}

/** The sheet's English is the sandbox's; the page's labels (items, total, options) are in `labelsLanguage`. */
export interface SheetOptions {
  labelsLanguage: Locale;
}

/** Opens the sheet; it removes itself when the payment is accepted or cancelled. */
export type OpenSandboxWallet = (walletName: string, initial: PaymentRequest, hooks: SheetHooks, options: SheetOptions) => { close(): void };

const STYLES = `
  dialog { border: 0; border-radius: 10px; padding: 0; width: min(400px, 92vw); font: 15px/1.4 system-ui, sans-serif; color: #1f2937; }
  dialog::backdrop { background: rgb(15 23 42 / 55%); }
  .sandbox { margin: 0; padding: 8px 16px; background: #fef3c7; color: #78350f; font-weight: 600; border-radius: 10px 10px 0 0; }
  .body { padding: 12px 16px 16px; }
  h2 { font-size: 1.1rem; margin: 0 0 8px; }
  ul { list-style: none; margin: 0 0 8px; padding: 0; }
  li, .total { display: flex; justify-content: space-between; gap: 12px; }
  .total { font-weight: 700; border-top: 1px solid #d1d5db; padding-top: 6px; margin: 0 0 12px; }
  label, legend { display: block; font-weight: 600; margin: 0 0 4px; }
  select { font: inherit; width: 100%; padding: 6px; margin: 0 0 12px; }
  fieldset { border: 0; padding: 0; margin: 0 0 12px; }
  fieldset label { font-weight: 400; }
  .detail { color: #4b5563; font-size: 0.9em; }
  [role='alert'] { color: #b3261e; margin: 0 0 8px; }
  [role='status'] { min-height: 1.4em; margin: 0 0 8px; color: #374151; }
  .buttons { display: flex; gap: 8px; justify-content: flex-end; }
  button { font: inherit; padding: 8px 16px; border-radius: 6px; border: 1px solid #4b5563; background: #fff; cursor: pointer; }
  button.pay { background: #1d4ed8; border-color: #1d4ed8; color: #fff; }
  button:disabled { opacity: 0.6; cursor: default; }
  :focus-visible { outline: 3px solid #93c5fd; outline-offset: 2px; }
`;

let sheetCount = 0;

const addressLine = ({ address: a }: WalletAddress) => [a.line1, a.city, a.state, a.postalCode, a.country].filter(Boolean).join(', ');

export const openSandboxWallet: OpenSandboxWallet = (walletName, initial, hooks, { labelsLanguage }) => {
  let request = initial;
  const shipping = request.requestShipping === true;
  let address = shipping ? SANDBOX_ADDRESSES[0] : undefined;
  let optionId = shipping ? (request.shippingOptions?.find((o) => o.selected) ?? request.shippingOptions?.[0])?.id : undefined;
  let busy = false;
  let blocked = false;
  let changes = 0;
  let renderedOptions: ShippingOption[] | undefined;
  const id = `dr-wallet-${++sheetCount}`;

  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: object = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] => {
    const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props);
    node.append(...children);
    return node;
  };

  const dialog = el('dialog');
  dialog.lang = 'en';
  dialog.setAttribute('aria-labelledby', `${id}-title`);
  dialog.setAttribute('aria-describedby', `${id}-note`);
  const items = el('ul');
  const total = el('p', { className: 'total' });
  const options = el('fieldset');
  const alert = el('p');
  alert.setAttribute('role', 'alert');
  const status = el('p');
  status.setAttribute('role', 'status');
  const pay = el('button', { type: 'button', className: 'pay' });
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const body = el('div', { className: 'body' }, el('h2', { id: `${id}-title` }, `${walletName} (sandbox)`), items, total);

  if (shipping) {
    const select = el('select', { id: `${id}-address` });
    for (const [index, entry] of SANDBOX_ADDRESSES.entries()) select.append(el('option', { value: String(index) }, addressLine(entry)));
    select.addEventListener('change', () => {
      address = SANDBOX_ADDRESSES[Number(select.value)];
      void change('Updating the total for this address…', () => hooks.addressChanged(address!));
    });
    body.append(el('label', { htmlFor: select.id }, 'Ship to'), select, options);
  }
  body.append(alert, status, el('div', { className: 'buttons' }, cancel, pay));
  dialog.append(el('p', { className: 'sandbox', id: `${id}-note` }, 'Sandbox wallet — no real wallet is used, and nothing is charged.'), body);
  root.append(el('style', {}, STYLES), dialog);

  // The page's labels, in the page's language (Drop-in's "Total de la commande"), so a screen reader says them right.
  const labelLanguage = labelsLanguage === 'en' ? {} : { lang: labelsLanguage, dir: isRightToLeft(labelsLanguage) ? 'rtl' : 'ltr' };
  const label = (text: string) => el('span', labelLanguage, text);

  /** What the request says now: items, total, the pay button's amount, the shipping options. */
  function render() {
    const line = (item: PaymentItem) => el('li', {}, label(item.label), el('span', {}, formatAmount(item.amount, request.currency)));
    items.replaceChildren(...(request.displayItems ?? []).map(line));
    total.replaceChildren(request.total.label ? label(request.total.label) : el('span', {}, 'Total'), el('span', {}, formatAmount(request.total.amount, request.currency)));
    pay.textContent = `Pay ${formatAmount(request.total.amount, request.currency)}`;
    pay.disabled = busy || blocked;
    const shown = shipping ? (request.shippingOptions ?? []) : [];
    if (!shown.some((o) => o.id === optionId)) optionId = (shown.find((o) => o.selected) ?? shown[0])?.id;
    options.hidden = shown.length === 0;
    // Rebuilt only when the page sent other options, so the radio the shopper is on keeps the focus.
    if (shown !== renderedOptions) {
      renderedOptions = shown;
      options.replaceChildren(el('legend', {}, 'Shipping option'), ...shown.map(optionLabel));
    }
    for (const radio of options.querySelectorAll('input')) radio.checked = radio.value === optionId;
  }

  function optionLabel(option: ShippingOption) {
    const radio = el('input', { type: 'radio', name: `${id}-option`, value: option.id });
    radio.addEventListener('change', () => {
      optionId = option.id;
      void change('Updating the total for this shipping option…', () => hooks.optionChanged(option));
    });
    return el('label', {}, radio, ' ', label(option.label), `, ${formatAmount(option.amount, request.currency)} `, el('span', { className: 'detail', ...labelLanguage }, option.detail));
  }

  /** A shipping change: wait for the page's answer (the pay button waits too), then show it. */
  async function change(waiting: string, ask: () => Promise<{ request: PaymentRequest; failure?: string }>) {
    const turn = ++changes;
    busy = true;
    alert.textContent = '';
    status.textContent = waiting;
    render();
    const answer = await ask();
    // A later change while the page was answering: its answer is the one to show.
    if (turn !== changes) return;
    busy = false;
    request = answer.request;
    blocked = answer.failure !== undefined;
    alert.textContent = answer.failure ?? '';
    status.textContent = answer.failure === undefined ? `Total: ${formatAmount(request.total.amount, request.currency)}` : '';
    render();
  }

  // The control that opened the sheet, inside shadow roots too (the wallet button is in one).
  let returnFocus = document.activeElement;
  while (returnFocus?.shadowRoot?.activeElement) returnFocus = returnFocus.shadowRoot.activeElement;
  const close = () => {
    dialog.close();
    host.remove();
    (returnFocus as HTMLElement | null)?.focus?.();
  };
  pay.addEventListener('click', async (event) => {
    if (!event.isTrusted || busy || blocked) return;
    busy = true;
    alert.textContent = '';
    status.textContent = 'Processing…';
    render();
    const option = request.shippingOptions?.find((o) => o.id === optionId);
    const error = await hooks.accept({
      ...(address ? { shippingAddress: address } : {}),
      ...(option ? { shippingOption: option } : {}),
      billingAddress: SANDBOX_ADDRESSES[0]!,
      contactInformation: SANDBOX_CONTACT,
    });
    busy = false;
    if (!error) return close();
    status.textContent = '';
    alert.textContent = error.message;
    render();
    // Pay was disabled while it worked, which took its focus: back on it, to pay again (the alert says why it failed).
    pay.focus();
  });
  const cancelled = () => {
    close();
    hooks.cancel();
  };
  cancel.addEventListener('click', (event) => event.isTrusted && cancelled());
  // Escape: the dialog's own cancel request.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    if (event.isTrusted) cancelled();
  });
  // Tab stays in the sheet, as in a wallet's own: from the last control back to the first, and the other way.
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...dialog.querySelectorAll<HTMLElement>('select, input:checked, button')].filter((c) => !(c as HTMLButtonElement).disabled && c.offsetParent !== null);
    const first = controls[0];
    const last = controls[controls.length - 1];
    const current = root.activeElement;
    if (event.shiftKey && current === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && current === last) {
      event.preventDefault();
      first?.focus();
    }
  });

  render();
  document.body.append(host);
  dialog.showModal();
  (shipping ? root.getElementById(`${id}-address`) : pay)?.focus();
  return { close };
};
