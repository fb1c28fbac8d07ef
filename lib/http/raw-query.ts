import { unknownParameter } from "../errors/issues";

/**
 * Query keys no JavaScript object can hold as its own: Next turns the query into an object on
 * the way in, and "__proto__" vanishes there (it sets the prototype instead), so a route never
 * sees it to refuse it. Read from the address as the caller sent it, before Next.
 */
const UNHOLDABLE_KEYS = new Set(["__proto__"]);

export function unholdableQueryKey(rawUrl: string): string | null {
  const query = rawUrl.indexOf("?");
  if (query < 0) return null;
  for (const key of new URLSearchParams(rawUrl.slice(query + 1)).keys()) if (UNHOLDABLE_KEYS.has(key)) return key;
  return null;
}

/** The API's answer to it: the same 400 as any other unknown parameter. */
export function unknownParameterBody(key: string): string {
  return JSON.stringify({ error: { code: "invalid_parameter", message: unknownParameter(key), field: key } });
}
