import { prisma, Prisma } from "../db/client";
import type { z } from "zod";
import { documentKnownBySql, eventKnownBySql, sourceKnownBySql } from "../as-of/where-sql";
import { MARK_END, MARK_START, toFtsQuery, unmark } from "./fts";
import { SEARCH_TYPES, type SearchQuery, type SearchType, type searchResultsJsonSchema } from "./schema";

const { sql, join, empty, raw } = Prisma;

export type SearchResults = z.infer<typeof searchResultsJsonSchema>;
export type SearchHit = SearchResults["groups"][number]["hits"][number];

// The title weighs ten times the body in bm25, so a title match ranks before a body match.
const RANK = sql`bm25(search_fts, 0.0, 10.0, 1.0)`;

/** Records not yet known as of a day are left out, by the same rules as the rest of the app. */
function knownBy(asOf: string | undefined): Prisma.Sql {
  if (!asOf) return empty;
  const [e, x] = [raw("e"), raw("x")];
  return sql`AND CASE d."kind"
    WHEN 'commitment' THEN EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."commitmentId" = d."record_id" AND s."effectiveDate" <= ${asOf})
    WHEN 'event' THEN EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = d."record_id" AND ${eventKnownBySql(e, asOf)})
    WHEN 'document' THEN EXISTS (SELECT 1 FROM "Document" x WHERE x."id" = d."record_id" AND ${documentKnownBySql(x, asOf)})
    WHEN 'source' THEN EXISTS (SELECT 1 FROM "Source" x WHERE x."id" = d."record_id" AND ${sourceKnownBySql(x, asOf)})
    ELSE 1 END`;
}

/**
 * `idColumn` holds the id of a record of `kind` whose words match `text`: the same FTS5 engine and
 * rules as /search (accents folded, prefixes matched), so every list's `q` finds what search finds.
 * Any input is safe (see toFtsQuery); one with nothing searchable left matches nothing. The
 * subquery is not correlated: SQLite runs it once per statement, however many rows the list has.
 */
export function matchesTextSql(kind: SearchType, idColumn: Prisma.Sql, text: string): Prisma.Sql {
  const fts = toFtsQuery(text);
  if (!fts) return sql`0`;
  return sql`${idColumn} IN (SELECT d."record_id" FROM search_fts JOIN "search_doc" d ON d."rowid" = search_fts.rowid
    WHERE search_fts MATCH ${fts} AND d."kind" = ${kind})`;
}

/** The commitments filter's `q` (over `"Commitment" c`). */
export function commitmentMatchSql(text: string): Prisma.Sql {
  return matchesTextSql("commitment", sql`c."id"`, text);
}

function emptyCounts(): Record<SearchType, number> {
  return Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])) as Record<SearchType, number>;
}

/** Ranked results grouped by type (best `limit` of each), with highlighted titles and snippets. */
export async function search(query: SearchQuery): Promise<SearchResults> {
  const types = query.type?.length ? query.type : [...SEARCH_TYPES];
  const fts = toFtsQuery(query.q);
  if (!fts) return { query: query.q, total: 0, counts: emptyCounts(), groups: [] };
  const match = sql`search_fts MATCH ${fts} AND d."kind" IN (${join(types)}) ${knownBy(query.asOf)}`;
  // Ranking first, over rank alone; highlights and snippets only for the rows kept, since they
  // cost far more than bm25 when a common word matches tens of thousands of rows.
  const [rows, counts] = await Promise.all([
    prisma.$queryRaw<{ kind: SearchType; id: string; rid: bigint | number; rank: number }[]>(sql`
      SELECT kind, id, rid, rank FROM (
        SELECT kind, id, rid, rank, ROW_NUMBER() OVER (PARTITION BY kind ORDER BY rank, id) AS n FROM (
          SELECT d."kind" AS kind, d."record_id" AS id, search_fts.rowid AS rid, ${RANK} AS rank
          FROM search_fts JOIN "search_doc" d ON d."rowid" = search_fts.rowid WHERE ${match}))
      WHERE n <= ${query.limit} ORDER BY rank, id`),
    prisma.$queryRaw<{ kind: SearchType; n: bigint | number }[]>(sql`
      SELECT d."kind" AS kind, COUNT(*) AS n FROM search_fts JOIN "search_doc" d ON d."rowid" = search_fts.rowid
      WHERE ${match} GROUP BY d."kind"`),
  ]);
  const marks = rows.length
    ? await prisma.$queryRaw<{ rid: bigint | number; title: string; snippet: string }[]>(sql`
        SELECT rowid AS rid, highlight(search_fts, 1, ${MARK_START}, ${MARK_END}) AS title,
          snippet(search_fts, 2, ${MARK_START}, ${MARK_END}, '…', 24) AS snippet
        FROM search_fts WHERE search_fts MATCH ${fts} AND rowid IN (${join(rows.map((r) => r.rid))})`)
    : [];
  const markByRow = new Map(marks.map((m) => [Number(m.rid), m]));
  const countByType = emptyCounts();
  for (const c of counts) countByType[c.kind] = Number(c.n);
  const groups = types
    .map((type) => ({
      type,
      hits: rows.filter((r) => r.kind === type).map((r) => {
        const marked = markByRow.get(Number(r.rid));
        return { type, id: r.id, title: unmark(marked?.title ?? ""), snippet: unmark(marked?.snippet ?? ""), rank: r.rank };
      }),
    }))
    .filter((g) => g.hits.length > 0)
    // The group holding the best hit comes first.
    .sort((a, b) => a.hits[0]!.rank - b.hits[0]!.rank);
  return { query: query.q, total: Object.values(countByType).reduce((a, b) => a + b, 0), counts: countByType, groups };
}
