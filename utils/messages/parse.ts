/** The few checks every message parser is made of: small, because the content script carries them. */

export type Fields = Record<string, unknown>;

/** The message's data as an object with fields, or null for anything else (a string, an array, null). */
export function fieldsOf(value: unknown): Fields | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Fields) : null;
}

/** A string no longer than `max`. */
export function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

/** Absent, or a string no longer than `max`. */
export function isOptionalText(value: unknown, max: number): value is string | undefined {
  return value === undefined || isText(value, max);
}
