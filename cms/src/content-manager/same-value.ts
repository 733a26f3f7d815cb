import { isDeepStrictEqual } from 'node:util';

/**
 * Equality as Strapi's store sees it: values go through JSON there, so a key holding `undefined` is the
 * same as a missing key, and object key order does not matter.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));
}
