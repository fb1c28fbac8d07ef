import "server-only";
import { prisma } from "../db/client";
import { keptUntilDataChanges } from "../db/data-version";
import type { z } from "zod";
import { toFtsQuery, unmark } from "./fts";
import { SEARCH_TYPES, type SearchQuery, type SearchType, type searchResultsJsonSchema } from "./schema";
import { marksRead, rankedRead, typeOfRowid } from "./search-sql";

export type SearchResults = z.infer<typeof searchResultsJsonSchema>;
export type SearchHit = SearchResults["groups"][number]["hits"][number];

function emptyCounts(): Record<SearchType, number> {
  return Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>;
}

/**
 * Ranked results grouped by type (best `limit` of each), with highlighted titles and snippets.
 * Exact bm25 over every match costs 10–40 ms for common words at 100,000 commitments, so the
 * results of a query are kept until the data changes (as a search engine's request cache is
 * dropped at its next refresh).
 */
export function search(query: SearchQuery): Promise<SearchResults> {
  const key = `search ${JSON.stringify([query.q, query.type ?? null, query.limit, query.asOf ?? null])}`;
  return keptUntilDataChanges(prisma, key, () => searchNow(query));
}

async function searchNow(query: SearchQuery): Promise<SearchResults> {
  const types = query.type?.length ? [...new Set(query.type)] : [...SEARCH_TYPES];
  const fts = toFtsQuery(query.q);
  if (!fts) return { query: query.q, total: 0, counts: emptyCounts(), groups: [] };
  // Ranking first, over rank alone; highlights and snippets only for the rows kept, since they
  // cost far more than bm25 when a common word matches tens of thousands of rows.
  const ranked = await rankedRead.run(prisma, fts, types, query.limit, query.asOf);
  const countByType = emptyCounts();
  for (const type of types) countByType[type] = ranked[0]?.[type] ?? 0;
  const rows = ranked.map((r) => ({ id: r.id, rank: r.rank, rid: Number(r.rid), type: typeOfRowid(Number(r.rid)) }));
  const marks = rows.length
    ? await marksRead.run(
        prisma,
        fts,
        rows.map((r) => r.rid),
      )
    : [];
  const markByRow = new Map(marks.map((m) => [Number(m.rid), m]));
  // Equal ranks keep the order the records were indexed in.
  rows.sort((a, b) => a.rank - b.rank || a.rid - b.rid);
  const groups = types
    .map((type) => ({
      type,
      hits: rows
        .filter((r) => r.type === type)
        .map((r) => {
          const marked = markByRow.get(r.rid);
          return {
            type,
            id: r.id,
            title: unmark(marked?.title ?? ""),
            snippet: unmark(marked?.snippet ?? ""),
            rank: r.rank,
          };
        }),
    }))
    .filter((g) => g.hits.length > 0)
    // The group holding the best hit comes first.
    .sort((a, b) => a.hits[0]!.rank - b.hits[0]!.rank);
  return { query: query.q, total: Object.values(countByType).reduce((a, b) => a + b, 0), counts: countByType, groups };
}
