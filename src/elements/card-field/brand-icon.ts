import { svg, type SVGTemplateResult } from 'lit';
import type { CardBrand } from '../../card/index.js';

// Small, self-drawn marks (colour + short name) keep the bundle light and need no image requests.
const marks: Record<CardBrand, [colour: string, text: string]> = {
  visa: ['#1a1f71', 'VISA'],
  mastercard: ['#eb001b', 'MC'],
  amex: ['#2e77bc', 'AMEX'],
  dinersclub: ['#0079be', 'DC'],
  discover: ['#e55c20', 'DISC'],
  unionpay: ['#d10429', 'UP'],
  jcb: ['#0b7a3e', 'JCB'],
  maestro: ['#0099df', 'MAE'],
  forbrugsforeningen: ['#00205b', 'FBF'],
  dankort: ['#e31837', 'DK'],
  unknown: ['#9ca3af', ''],
};

export function brandIcon(brand: CardBrand): SVGTemplateResult {
  const [colour, text] = marks[brand];
  return svg`<svg viewBox="0 0 32 20" width="32" height="20" aria-hidden="true" focusable="false">
    <rect width="32" height="20" rx="3" fill=${colour}></rect>
    ${text
      ? svg`<text x="16" y="13.5" fill="#fff" font-family="Arial,sans-serif" font-size="7" font-weight="700" text-anchor="middle">${text}</text>`
      : svg`<rect x="3" y="5" width="26" height="3" fill="#fff"></rect><rect x="3" y="12" width="9" height="2" fill="#fff"></rect>`}
  </svg>`;
}
