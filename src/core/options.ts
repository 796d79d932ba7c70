import { warnOnce } from './warn.js';

/** Warns about option keys the library does not know, so typos do not fail silently. */
export function warnUnknownKeys(where: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) warnOnce('unknown_option', `${where} does not support the option "${key}"; it was ignored.`);
  }
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
