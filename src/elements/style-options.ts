import { warnOnce } from '../core/warn.js';
import { STYLE_STATES, type StyleState } from '../secure-fields/shared/style.js';

export { STYLE_STATES, type StyleDeclarations, type StyleOptions, type StyleState } from '../secure-fields/shared/style.js';
export type ClassOptions = Partial<Record<StyleState, string>>;

export const DEFAULT_CLASSES: Record<StyleState, string> = {
  base: 'DRElement',
  complete: 'DRElement--complete',
  empty: 'DRElement--empty',
  focus: 'DRElement--focus',
  invalid: 'DRElement--invalid',
  webkitAutofill: 'DRElement--autofilled',
};

/**
 * Merges storefront class names over the DigitalRiver.js defaults. A value may hold several names (`"field is-ok"`);
 * each must be a valid class token. `webKitAutofill`, as Digital River's style table spells it, is `webkitAutofill`.
 */
export function resolveClasses(classes: unknown): Record<StyleState, string[]> {
  const resolved = Object.fromEntries(Object.entries(DEFAULT_CLASSES).map(([state, name]) => [state, [name]])) as Record<StyleState, string[]>;
  if (!classes || typeof classes !== 'object') return resolved;
  for (const [key, value] of Object.entries(classes as Record<string, unknown>)) {
    const state = key === 'webKitAutofill' ? 'webkitAutofill' : key;
    const names = typeof value === 'string' ? value.trim().split(/\s+/) : [];
    if (!(STYLE_STATES as readonly string[]).includes(state) || names.length === 0 || !names.every((name) => /^[\w-]+$/.test(name))) {
      warnOnce('class_option_ignored', `classes.${key} must be one or more class names, separated by spaces.`);
      continue;
    }
    resolved[state as StyleState] = names;
  }
  return resolved;
}
