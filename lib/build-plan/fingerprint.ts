import { createHash } from 'node:crypto';

/*
 * A page's fingerprint: a hash of everything it renders, written so that equal data always gives
 * the same hash (object keys sorted, undefined fields left out, as JSON leaves them out) and any
 * change gives another.
 */

/**
 * `substitute` may swap a value for a shorter stand-in before it is written, such as an article
 * object for the fingerprint of its summary: two pages that show the same card then hash it once.
 */
export function fingerprint(value: unknown, substitute?: (value: object) => string | undefined): string {
  return createHash('sha256').update(stableJson(value, substitute)).digest('base64url').slice(0, 27);
}

function stableJson(value: unknown, substitute?: (value: object) => string | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const standIn = substitute?.(value);
  if (standIn !== undefined) return JSON.stringify(standIn);
  if (value instanceof Map) return stableJson(Object.fromEntries(value), substitute);
  if (value instanceof Set) return stableJson([...value], substitute);
  if (Array.isArray(value)) return `[${value.map((item) => stableJson(item, substitute)).join(',')}]`;
  const fields = Object.entries(value)
    .filter(([, field]) => field !== undefined && typeof field !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, field]) => `${JSON.stringify(key)}:${stableJson(field, substitute)}`);
  return `{${fields.join(',')}}`;
}
