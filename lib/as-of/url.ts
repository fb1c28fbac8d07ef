import type { SearchParams } from "../records/search-params";
import { asOfSchema } from "./schema";

/** The `asOf` of a page's search params; an invalid value is ignored (the picker shows it). */
export function readAsOf(params: SearchParams): string | undefined {
  const raw = params.asOf;
  if (typeof raw !== "string" || raw === "") return undefined;
  const parsed = asOfSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/** A link to an internal path that keeps the as-of day (before any #fragment, where queries belong). */
export function withAsOf(href: string, asOf: string | undefined): string {
  if (!asOf) return href;
  const hashAt = href.indexOf("#");
  const hash = hashAt >= 0 ? href.slice(hashAt) : "";
  const [path, query = ""] = (hashAt >= 0 ? href.slice(0, hashAt) : href).split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set("asOf", asOf);
  return `${path}?${params.toString()}${hash}`;
}
