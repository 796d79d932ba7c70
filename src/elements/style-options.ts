import { warnOnce } from '../core/warn.js';

/** DigitalRiver.js `style` option: per-state declarations, each with nested pseudo-class/element blocks. */
export interface StyleDeclarations {
  [property: string]: string | number | StyleDeclarations;
}
export type StyleOptions = Partial<Record<StyleState, StyleDeclarations>>;
export type ClassOptions = Partial<Record<StyleState, string>>;

export const STYLE_STATES = ['base', 'complete', 'empty', 'focus', 'invalid', 'webkitAutofill'] as const;
export type StyleState = (typeof STYLE_STATES)[number];

export const DEFAULT_CLASSES: Record<StyleState, string> = {
  base: 'DRElement',
  complete: 'DRElement--complete',
  empty: 'DRElement--empty',
  focus: 'DRElement--focus',
  invalid: 'DRElement--invalid',
  webkitAutofill: 'DRElement--autofilled',
};

// Selectors inside the field's shadow root; the input carries state classes set by the element.
const stateSelector: Record<StyleState, string> = {
  base: 'input',
  complete: 'input.is-complete',
  empty: 'input.is-empty',
  focus: 'input:focus',
  invalid: 'input.is-invalid',
  webkitAutofill: 'input:-webkit-autofill',
};

const PSEUDOS = [':hover', ':focus', '::placeholder', '::selection', ':-webkit-autofill', ':disabled'];

// Only text appearance may be styled: layout, backgrounds and URLs stay under the library's control.
const ALLOWED = /^(color|font(Family|Size|Style|Variant|Weight|Smoothing)?|letterSpacing|lineHeight|textAlign|textDecoration|textShadow|textTransform|padding(Top|Right|Bottom|Left)?|boxShadow|caretColor|MozOsxFontSmoothing|WebkitFontSmoothing)$/;
const UNSAFE_VALUE = /[;{}<>\\]|url\(|expression\(|@import/i;

function toKebab(property: string): string {
  return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`).replace(/^(webkit|moz)-/, '-$1-');
}

function declarations(block: StyleDeclarations): string {
  const lines: string[] = [];
  for (const [property, value] of Object.entries(block)) {
    if (typeof value === 'object') continue;
    if (!ALLOWED.test(property)) {
      warnOnce('style_property_ignored', `style property "${property}" is not supported and was ignored.`);
      continue;
    }
    const text = String(value);
    if (UNSAFE_VALUE.test(text)) {
      warnOnce('style_value_ignored', `style value for "${property}" was ignored: it contains characters not allowed in a value.`);
      continue;
    }
    lines.push(`${toKebab(property)}: ${text};`);
  }
  return lines.join(' ');
}

/** Turns a DigitalRiver.js `style` object into CSS for the field's shadow root. Unknown keys are ignored with a warning. */
export function styleOptionsToCss(style: unknown): string {
  if (!style || typeof style !== 'object') return '';
  const rules: string[] = [];
  for (const [state, block] of Object.entries(style as Record<string, unknown>)) {
    if (!(STYLE_STATES as readonly string[]).includes(state) || !block || typeof block !== 'object') {
      warnOnce('style_state_ignored', `style key "${state}" is not one of ${STYLE_STATES.join(', ')}.`);
      continue;
    }
    const selector = stateSelector[state as StyleState];
    const own = declarations(block as StyleDeclarations);
    if (own) rules.push(`${selector} { ${own} }`);
    for (const [key, nested] of Object.entries(block as StyleDeclarations)) {
      if (typeof nested !== 'object') continue;
      if (!PSEUDOS.includes(key)) {
        warnOnce('style_pseudo_ignored', `style selector "${key}" is not supported.`);
        continue;
      }
      const inner = declarations(nested);
      if (inner) rules.push(`${selector}${key} { ${inner} }`);
    }
  }
  return rules.join('\n');
}

/** Merges storefront class names over the DigitalRiver.js defaults, keeping only valid class tokens. */
export function resolveClasses(classes: unknown): Record<StyleState, string> {
  const resolved = { ...DEFAULT_CLASSES };
  if (!classes || typeof classes !== 'object') return resolved;
  for (const [state, name] of Object.entries(classes as Record<string, unknown>)) {
    if (!(STYLE_STATES as readonly string[]).includes(state) || typeof name !== 'string' || !/^[\w-]+$/.test(name)) {
      warnOnce('class_option_ignored', `classes.${state} must be a single class name.`);
      continue;
    }
    resolved[state as StyleState] = name;
  }
  return resolved;
}
