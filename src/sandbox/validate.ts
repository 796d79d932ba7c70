/** Request bodies checked with the same zod schemas the client uses; each bad parameter gets its own error. */
import type * as z from 'zod/mini';
import { badRequest, detail } from './sandbox-error.js';

export function parseBody<T>(schema: z.ZodMiniType<T>, input: unknown): T {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw badRequest([detail('invalid_parameter', 'The request body must be a JSON object.')]);
  }
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.flatMap((issue) => {
    // Unknown keys are reported once per key, so each one names its own parameter.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const path = key === undefined ? issue.path : [...issue.path, key];
      const parameter = path.map(String).join('.') || 'body';
      if (key !== undefined) return detail('invalid_parameter', `${parameter} cannot be set here.`, parameter);
      // Messages are built from the parameter name only: zod's own texts and the input never come back.
      return valueAt(input, path) === undefined
        ? detail('missing_parameter', `${parameter} is required.`, parameter)
        : detail('invalid_parameter', `${parameter} is invalid.`, parameter);
    });
  });
  throw badRequest(dedupe(errors));
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function dedupe<T extends { code: string; parameter?: string }>(errors: T[]): T[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.code}:${e.parameter ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
