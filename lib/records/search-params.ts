import type { z } from "zod";

export type SearchParams = Record<string, string | string[] | undefined>;

/**
 * A page's filter from its URL. Only the named keys are read (the page also carries `asOf` and
 * whatever the header adds), a repeated key becomes a comma list as in the API, and an invalid
 * value is dropped rather than failing the page: a reader with a stale link still sees a list,
 * and `ignored` lets the page say what it left out.
 */
export function parsePageFilter<S extends z.ZodType>(
  schema: S,
  params: SearchParams,
  keys: readonly string[],
): { filter: z.output<S>; ignored: string[] } {
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const value = params[key];
    const text = Array.isArray(value) ? value.join(",") : value;
    if (text) raw[key] = text;
  }
  const ignored: string[] = [];
  // Each round drops the keys zod complained about; one round per key is the most it can take.
  for (let round = 0; round <= keys.length; round++) {
    const result = schema.safeParse(raw);
    if (result.success) return { filter: result.data, ignored };
    const bad = new Set(result.error.issues.map((issue) => String(issue.path[0] ?? "")));
    const dropped = [...bad].filter((key) => key in raw);
    if (dropped.length === 0) break;
    for (const key of dropped) {
      delete raw[key];
      ignored.push(key);
    }
  }
  return { filter: schema.parse({}), ignored: Object.keys(raw).concat(ignored) };
}

/**
 * The query a list page keeps in its pagination links: its filter as the URL gave it, plus the
 * as-of day; a value equal to its default (`sort=start`) is left out, as the form would.
 */
export function keptQuery(
  filter: Record<string, unknown>,
  keys: readonly string[],
  asOf: string | undefined,
  defaults: Record<string, string> = {},
): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = { asOf };
  for (const key of keys) {
    const value = filter[key];
    if (Array.isArray(value) && value.length) query[key] = value.join(",");
    else if (typeof value === "string" && value && value !== defaults[key]) query[key] = value;
  }
  return query;
}

/** A link to a list with a query (empty values left out). */
export function listHref(basePath: string, query: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `${basePath}?${text}` : basePath;
}

/** Whether any of the keys narrows the list (paging, sorting and the as-of day do not). */
export function isFiltered(filter: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.some((key) => {
    const value = filter[key];
    return Array.isArray(value) ? value.length > 0 : Boolean(value);
  });
}

/** The one value of a list filter, for a select that holds one (several stay in the URL). */
export function single(values: readonly string[] | undefined): string | undefined {
  return values?.length === 1 ? values[0] : undefined;
}
