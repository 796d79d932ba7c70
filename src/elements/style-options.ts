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
