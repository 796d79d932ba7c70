// The DigitalRiver.js `style` option as the page passes it and the field frame applies it.
/** DigitalRiver.js `style` option: per-state declarations, each with nested pseudo-class/element blocks. */
export interface StyleDeclarations {
  [property: string]: string | number | StyleDeclarations;
}
export type StyleOptions = Partial<Record<StyleState, StyleDeclarations>>;

export const STYLE_STATES = ['base', 'complete', 'empty', 'focus', 'invalid', 'webkitAutofill'] as const;
export type StyleState = (typeof STYLE_STATES)[number];

