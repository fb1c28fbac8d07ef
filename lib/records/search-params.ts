import type { z } from "zod";
import { fieldIssues } from "../errors/issues";

/** A page's search params as Next hands them over. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** One search param as one string: a repeated key (`ids=a&ids=b`, as a form sends it) joined by commas, as in the API. */
export function paramString(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(",") : value;
}

/** A page's search params as the flat strings the filter schemas read; empty values left out. */
export function flattenSearchParams(
  params: SearchParams,
  keys: readonly string[] = Object.keys(params),
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const key of keys) {
    const text = paramString(params[key]);
    if (text) flat[key] = text;
  }
  return flat;
}

export interface ParamProblem {
  field: string;
  message: string;
}

/**
 * A page's filter from its URL. Pages never answer a bad link with an error page: each invalid
 * parameter is dropped and named, so a reader with a stale link still sees the results of the
 * rest and what was left out, and why. With `keys`, only those are read (a list page also carries
 * `asOf` and whatever the header adds); without, any other key is a problem too.
 */
export function parsePageFilter<S extends z.ZodType>(
  schema: S,
  params: SearchParams,
  keys?: readonly string[],
): { filter: z.output<S>; problems: ParamProblem[] } {
  const raw = flattenSearchParams(params, keys);
  const problems: ParamProblem[] = [];
  // One parameter per round, the first zod names: a later problem may only follow from it (a
  // range's end compared with a malformed start), and vanish once it is dropped.
  for (let round = Object.keys(raw).length; round >= 0; round--) {
    const result = schema.safeParse(raw);
    if (result.success) return { filter: result.data, problems };
    const [issue] = fieldIssues(result.error);
    const key = String(issue?.path[0] ?? "");
    if (!issue || !Object.hasOwn(raw, key)) {
      // A problem no single parameter explains: the page falls back to no filter, saying so.
      for (const rest of Object.keys(raw))
        problems.push({ field: rest, message: issue?.message ?? "could not be read" });
      break;
    }
    problems.push({
      field: key,
      message: issue.unknownKey !== undefined ? "is not a filter of this page" : issue.message,
    });
    delete raw[key];
  }
  return { filter: schema.parse({}), problems };
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
