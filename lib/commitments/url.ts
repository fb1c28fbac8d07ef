import type { CommitmentFilter } from "./schema";

const LIST_KEYS = ["status", "kind", "sector", "from", "to", "country"] as const;
const TEXT_KEYS = [
  "direction",
  "targetFrom",
  "targetTo",
  "eventFrom",
  "eventTo",
  "eventId",
  "documentId",
  "q",
  "asOf",
] as const;

/**
 * A filter back as URL parameters, defaults left out, so links (sort, pages, exports, chips)
 * carry exactly the view the reader has.
 */
export function filterToQuery(
  filter: CommitmentFilter,
  overrides: Record<string, string | undefined> = {},
): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of LIST_KEYS) if (filter[key]?.length) query[key] = filter[key].join(",");
  for (const key of TEXT_KEYS) if (filter[key]) query[key] = filter[key]!;
  if (filter.pair) query.pair = filter.pair.join("-");
  if (filter.overdue !== undefined) query.overdue = String(filter.overdue);
  if (filter.sort !== "target") query.sort = filter.sort;
  if (filter.page > 1) query.page = String(filter.page);
  if (filter.pageSize !== 50) query.pageSize = String(filter.pageSize);
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete query[key];
    else query[key] = value;
  }
  return query;
}

export function queryString(query: Record<string, string>): string {
  const text = new URLSearchParams(query).toString();
  return text ? `?${text}` : "";
}

/** How many filters narrow the view (paging, sorting and the as-of day are not filters). */
export function activeFilterCount(filter: CommitmentFilter): number {
  return Object.keys(filterToQuery(filter, { page: undefined, pageSize: undefined, sort: undefined, asOf: undefined }))
    .length;
}
