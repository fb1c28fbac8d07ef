import { commitmentFilterSchema, type CommitmentFilter } from "../commitments/schema";
import { filterToQuery, queryString } from "../commitments/url";
import type { CountryPair } from "../countries/pair";
import { scopeQuery, type OverviewScope } from "../overview/schema";

// The feeds' addresses, in one place for the routes' self links and the pages' alternate links.

export const ATOM_TYPE = "application/atom+xml";

/** The query of a filter as a feed reads it: paging and sorting left out. */
export function feedQuery(filter: CommitmentFilter): Record<string, string> {
  return filterToQuery(filter, { page: undefined, pageSize: undefined, sort: undefined });
}

export const allChangesFeedPath = (asOf?: string) => `/feeds/status-changes.atom${queryString(asOf ? { asOf } : {})}`;

export const commitmentFeedPath = (id: string, asOf?: string) =>
  `/feeds/commitments/${encodeURIComponent(id)}.atom${queryString(asOf ? { asOf } : {})}`;

export const pairFeedPath = (pair: CountryPair, asOf?: string) =>
  `/feeds/pairs/${pair.join("-")}.atom${queryString(asOf ? { asOf } : {})}`;

/** The status changes of the commitments a filter selects: the list's own parameters. */
export const filterFeedPath = (filter: CommitmentFilter) => `/feeds/commitments.atom${queryString(feedQuery(filter))}`;

/** Commitments becoming overdue, narrowed by the list's parameters (`overdue` is implied). */
export const overdueFeedPath = (filter: CommitmentFilter) => {
  const { overdue: _overdue, ...query } = feedQuery(filter);
  return `/feeds/overdue.atom${queryString(query)}`;
};

export const ATOM_CONTENT_TYPE = `${ATOM_TYPE}; charset=utf-8`;

/** The overview's two feeds for its scope (everything, a country, a pair). */
export function overviewFeedPaths(scope: OverviewScope, asOf?: string): { changes: string; overdue: string } {
  const filter = commitmentFilterSchema.parse({ ...scopeQuery(scope), asOf });
  const changes = scope.pair
    ? pairFeedPath(scope.pair, asOf)
    : scope.country
      ? filterFeedPath(filter)
      : allChangesFeedPath(asOf);
  return { changes, overdue: overdueFeedPath(filter) };
}
