import { STYLE_STATES, type StyleDeclarations, type StyleState } from '../shared/style.js';

// Warnings go to the frame's console, once each; the page's own checks happen before it sends the style.
const warned = new Set<string>();
function warn(code: string, message: string): void {
  if (warned.has(code)) return;
  warned.add(code);
  console.warn(`[DigitalRiver] ${message}`);
}

// The input carries a class per state (set by the frame from the field's state); focus and autofill are the browser's.
const stateSelector: Record<StyleState, string> = {
  base: 'input',
  complete: 'input.is-complete',
  empty: 'input.is-empty',
  focus: 'input:focus',
  invalid: 'input.is-invalid',
  webkitAutofill: 'input:is(:-webkit-autofill, .is-autofilled)',
};

const PSEUDOS = [':hover', ':focus', '::placeholder', '::selection', ':-webkit-autofill', ':disabled'];

// Only text appearance (and the field's height, which Digital River's own examples set) may be styled: layout,
// backgrounds and URLs stay under the library's control.
const ALLOWED = /^(color|font(Family|Size|Style|Variant|Weight|Smoothing)?|letterSpacing|lineHeight|textAlign|textDecoration|textShadow|textTransform|padding(Top|Right|Bottom|Left)?|boxShadow|caretColor|height|MozOsxFontSmoothing|WebkitFontSmoothing)$/;
const UNSAFE_VALUE = /[;{}<>\\]|url\(|expression\(|@import/i;

function toKebab(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^(webkit|moz)-/, '-$1-');
}

function declarations(block: StyleDeclarations): string {
  const lines: string[] = [];
  for (const [property, value] of Object.entries(block)) {
    if (typeof value === 'object') continue;
    if (!ALLOWED.test(property)) {
      warn('style_property_ignored', `style property "${property}" is not supported and was ignored.`);
      continue;
    }
    const text = String(value);
    if (UNSAFE_VALUE.test(text)) {
      warn('style_value_ignored', `style value for "${property}" was ignored: it contains characters not allowed in a value.`);
      continue;
    }
    lines.push(`${toKebab(property)}: ${text};`);
  }
  return lines.join(' ');
}

/** Turns a DigitalRiver.js `style` object into the field frame's CSS. Unknown keys are ignored with a warning. */
export function styleOptionsToCss(style: unknown): string {
  if (!style || typeof style !== 'object') return '';
  const rules: string[] = [];
  for (const [key, block] of Object.entries(style as Record<string, unknown>)) {
    // Digital River's style table spells it `webKitAutofill`, its examples `webkitAutofill`.
    const state = key === 'webKitAutofill' ? 'webkitAutofill' : key;
    if (!(STYLE_STATES as readonly string[]).includes(state) || !block || typeof block !== 'object') {
      warn('style_state_ignored', `style key "${state}" is not one of ${STYLE_STATES.join(', ')}.`);
      continue;
    }
    const selector = stateSelector[state as StyleState];
    const own = declarations(block as StyleDeclarations);
    if (own) rules.push(`${selector} { ${own} }`);
    for (const [key, nested] of Object.entries(block as StyleDeclarations)) {
      if (typeof nested !== 'object') continue;
      if (!PSEUDOS.includes(key)) {
        warn('style_pseudo_ignored', `style selector "${key}" is not supported.`);
        continue;
      }
      const inner = declarations(nested);
      if (inner) rules.push(`${selector}${key} { ${inner} }`);
    }
  }
  return rules.join('\n');
}

