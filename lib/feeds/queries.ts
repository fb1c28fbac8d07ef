import "server-only";
import { prisma } from "../db/client";
import { todayIso } from "../dates/partial-date";
import { commitmentFilterSchema, type CommitmentFilter } from "../commitments/schema";
import { countCommitments } from "../commitments/queries";
import { filterToQuery, queryString } from "../commitments/url";
import type { CountryPair } from "../countries/pair";
import { countryNames, countryPairExists } from "../countries/queries";
import { publicBaseUrl } from "../http/public-url";
import { inIdOrder } from "../records/list-sql";
import { atomXml, type AtomEntry } from "./atom";
import { commitmentUrl, overdueEntry, statusChangeEntry, tagUri } from "./entries";
import { feedChangeIdsRead, overdueRowsRead, type ChangePlan, type ChangeScope } from "./feed-sql";
import { evidenceSelect, statusChangeSelect, type EvidenceRow } from "./rows";
import { FEED_SIZE } from "./schema";
import {
  allChangesFeedPath,
  commitmentFeedPath,
  feedQuery,
  filterFeedPath,
  overdueFeedPath,
  pairFeedPath,
} from "./url";

// Each feed in a bounded number of queries whatever the size of the data: the ids of its newest
// FEED_SIZE entries in one statement, then their rows (and quotes) in one Prisma read each.

const FEED_AUTHOR = "Pact";

/**
 * Walk the changes when the filter keeps at least one commitment in WALK_SHARE: the walk then
 * meets a feed's worth within about WALK_SHARE × FEED_SIZE changes, and below that share the
 * filter's commitments are few enough to read first (at 100,000: 9 ms and 20 ms at worst, where
 * the wrong plan costs 0.4 s and 2 s). Both counts are kept until the data changes.
 */
const WALK_SHARE = 50;

async function changePlan(scope: ChangeScope, today: string): Promise<ChangePlan> {
  if (!("filter" in scope)) return "select";
  const [matched, total] = await Promise.all([
    countCommitments(scope.filter, today),
    countCommitments(commitmentFilterSchema.parse({}), today),
  ]);
  return matched * WALK_SHARE >= total ? "walk" : "select";
}

async function changeEntries(base: string, scope: ChangeScope, today: string): Promise<AtomEntry[]> {
  const plan = await changePlan(scope, today);
  const ids = (await feedChangeIdsRead.run(prisma, scope, today, FEED_SIZE, plan)).map((r) => r.id);
  if (ids.length === 0) return [];
  const asOf = "filter" in scope ? scope.filter.asOf : scope.asOf;
  const rows = await prisma.statusChange.findMany({ where: { id: { in: ids } }, select: statusChangeSelect(asOf) });
  return inIdOrder(ids, rows).map((row) => statusChangeEntry(base, row));
}

interface FeedText {
  title: string;
  /** Path and query of the page the feed follows, and of the feed itself. */
  page: string;
  self: string;
  subtitle?: string;
}

function feed(base: string, text: FeedText, entries: AtomEntry[]): string {
  return atomXml({
    id: tagUri(base, `feed${text.self}`),
    title: text.title,
    subtitle: text.subtitle,
    alternate: `${base}${text.page}`,
    self: `${base}${text.self}`,
    author: FEED_AUTHOR,
    entries,
  });
}

const asOfNote = (asOf: string | undefined) => (asOf ? ` (as of ${asOf})` : "");

/** Every status change. */
export async function allChangesFeed(asOf: string | undefined, today: string = todayIso()): Promise<string> {
  const base = publicBaseUrl();
  const entries = await changeEntries(base, { filter: commitmentFilterSchema.parse({ asOf }) }, today);
  const text = { title: `Pact: status changes${asOfNote(asOf)}`, page: `/${queryString(asOf ? { asOf } : {})}` };
  return feed(base, { ...text, self: allChangesFeedPath(asOf) }, entries);
}

/** One commitment's status changes; null when there is no such commitment. */
export async function commitmentFeed(id: string, asOf: string | undefined): Promise<string | null> {
  const commitment = await prisma.commitment.findUnique({ where: { id }, select: { id: true, title: true } });
  if (!commitment) return null;
  const base = publicBaseUrl();
  const entries = await changeEntries(base, { commitmentId: id, asOf }, todayIso());
  const page = commitmentUrl("", id) + queryString(asOf ? { asOf } : {});
  const title = `Pact: ${commitment.title}${asOfNote(asOf)}`;
  return feed(base, { title, page, self: commitmentFeedPath(id, asOf) }, entries);
}

/** The status changes of what lies between two countries; null when either is no country. */
export async function pairFeed(pair: CountryPair, asOf: string | undefined): Promise<string | null> {
  const [exists, names] = await Promise.all([countryPairExists(pair), countryNames(pair)]);
  if (!exists) return null;
  const base = publicBaseUrl();
  const filter = commitmentFilterSchema.parse({ pair: pair.join("-"), asOf });
  const entries = await changeEntries(base, { filter }, todayIso());
  const [a, b] = pair.map((code) => names.get(code)?.name ?? code);
  const page = `/countries/${pair.join("-")}${queryString(asOf ? { asOf } : {})}`;
  const title = `Pact: ${a} ↔ ${b}, status changes${asOfNote(asOf)}`;
  return feed(base, { title, page, self: pairFeedPath(pair, asOf) }, entries);
}

const describeFilter = (filter: CommitmentFilter) =>
  Object.entries(feedQuery(filter))
    .map(([key, value]) => `${key}=${value}`)
    .join(", ");

/** The status changes of the commitments a list filter selects. */
export async function filterFeed(filter: CommitmentFilter): Promise<string> {
  const base = publicBaseUrl();
  const entries = await changeEntries(base, { filter }, todayIso());
  const described = describeFilter(filter);
  const page = `/commitments${queryString(filterToQuery(filter, { page: undefined, pageSize: undefined }))}`;
  const title = `Pact: status changes of commitments${described ? ` (${described})` : ""}`;
  return feed(base, { title, page, self: filterFeedPath(filter) }, entries);
}

/** Commitments that became overdue (as the list's filter narrows them), the latest first. */
export async function overdueFeed(filter: CommitmentFilter, today: string = todayIso()): Promise<string> {
  const base = publicBaseUrl();
  const rows = await overdueRowsRead.run(prisma, filter, today, FEED_SIZE);
  const citations = rows.length
    ? await prisma.citation.findMany({
        where: { commitmentId: { in: rows.map((r) => r.id) } },
        select: { ...evidenceSelect, commitmentId: true },
        orderBy: { id: "asc" },
      })
    : [];
  const byCommitment = new Map<string, EvidenceRow[]>();
  for (const { commitmentId, ...citation } of citations) {
    const list = byCommitment.get(commitmentId!) ?? [];
    list.push(citation);
    byCommitment.set(commitmentId!, list);
  }
  const described = describeFilter({ ...filter, overdue: undefined });
  const page = `/commitments${queryString(filterToQuery(filter, { overdue: "true", page: undefined, pageSize: undefined }))}`;
  return feed(
    base,
    { title: `Pact: overdue commitments${described ? ` (${described})` : ""}`, page, self: overdueFeedPath(filter) },
    rows.map((row) => overdueEntry(base, row, byCommitment.get(row.id) ?? [])),
  );
}
