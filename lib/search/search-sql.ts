import { z } from "zod";
import { Prisma } from "../db/client";
import { countWhere, ftsAnyWord, ftsHighlight, ftsMatch, ftsRank, ftsSnippet, withoutIndex } from "../db/dialect-sql";
import { countColumn, integerColumn, rawRead } from "../db/read-sql";
import { commitmentKnownBySql, documentKnownBySql, eventKnownBySql, sourceKnownBySql } from "../as-of/where-sql";
import { MARK_END, MARK_START, toFtsQuery } from "./fts";
import { SEARCH_TYPES, type SearchType } from "./schema";

// The statements of full-text search, over SQLite's FTS5 table search_fts (whose document id is
// its rowid). The benchmark's raw floor (scripts/bench/floors.ts) runs the same statements.

const { sql, join, empty, raw } = Prisma;

const FTS = raw("search_fts");

// Each kind owns a block of search rowids (migration 20261126080000_search_fts_kind_rowids): kind
// k, counted from 1 in SEARCH_TYPES order, has rowids k × 10^12 + 1 onwards. Keep both in step.
const BLOCK = 1_000_000_000_000;

/** The inclusive rowid range of a kind's entries in search_fts. */
export function rowidRange(type: SearchType): [number, number] {
  const k = SEARCH_TYPES.indexOf(type) + 1;
  return [k * BLOCK, (k + 1) * BLOCK - 1];
}

export function typeOfRowid(rowid: number): SearchType {
  return SEARCH_TYPES[Math.floor(rowid / BLOCK) - 1]!;
}

const inRange = (column: Prisma.Sql, type: SearchType) => {
  const [lo, hi] = rowidRange(type);
  return sql`${column} BETWEEN ${lo} AND ${hi}`;
};

/**
 * Limits an FTS5 scan to the given kinds. The outer BETWEEN reaches FTS5, which applies it while
 * reading its doclists; the per-kind ranges (only needed when kinds are skipped) are checked by
 * SQLite before any ranking function runs on the row.
 */
function kindsSql(rowid: Prisma.Sql, types: readonly SearchType[]): Prisma.Sql {
  const ranges = types.map((t) => rowidRange(t));
  const outer = sql`${rowid} BETWEEN ${Math.min(...ranges.map((r) => r[0]))} AND ${Math.max(...ranges.map((r) => r[1]))}`;
  if (types.length === SEARCH_TYPES.length) return outer;
  return sql`${outer} AND (${join(
    types.map((t) => inRange(withoutIndex(rowid), t)),
    " OR ",
  )})`;
}

/** Records not yet known as of a day are left out, by the same rules as the rest of the app. */
function knownBy(asOf: string | undefined): Prisma.Sql {
  if (!asOf) return empty;
  const [e, x] = [raw("e"), raw("x")];
  return sql`AND CASE d."kind"
    WHEN 'commitment' THEN ${commitmentKnownBySql(sql`d."record_id"`, asOf)}
    WHEN 'event' THEN EXISTS (SELECT 1 FROM "Event" e WHERE e."id" = d."record_id" AND ${eventKnownBySql(e, asOf)})
    WHEN 'document' THEN EXISTS (SELECT 1 FROM "Document" x WHERE x."id" = d."record_id" AND ${documentKnownBySql(x, asOf)})
    WHEN 'source' THEN EXISTS (SELECT 1 FROM "Source" x WHERE x."id" = d."record_id" AND ${sourceKnownBySql(x, asOf)})
    ELSE 1 END`;
}

/**
 * The best `limit` matches of each kind with their record ids, each row also carrying the number
 * of matches of every kind asked for (a kind with any match has at least one row, so no count is
 * lost). The query is evaluated once: all matches and their bm25 (the title weighs ten times the
 * body) go to a temporary table, which the per-kind top lists and the counts then read, instead of
 * one FTS5 evaluation per kind, which for a prefix term rebuilds its merged doclist each time.
 */
export function rankedSql(
  fts: string,
  types: readonly SearchType[],
  limit: number,
  asOf: string | undefined,
): Prisma.Sql {
  const f = raw("search_fts.rowid");
  const rank = ftsRank(FTS, [10, 1]);
  const matches = asOf
    ? sql`SELECT ${f} AS rid, ${rank} AS rank FROM search_fts JOIN "search_doc" d ON d."rowid" = ${f}
        WHERE ${ftsMatch(FTS, fts)} AND ${kindsSql(f, types)} ${knownBy(asOf)}`
    : sql`SELECT ${f} AS rid, ${rank} AS rank FROM search_fts WHERE ${ftsMatch(FTS, fts)} AND ${kindsSql(f, types)}`;
  const rid = raw("rid");
  const tops = types.map(
    (t) => sql`SELECT * FROM (SELECT rid, rank FROM m WHERE ${inRange(rid, t)} ORDER BY rank, rid LIMIT ${limit})`,
  );
  const counts = types.map((t) => sql`${countWhere(inRange(rid, t))} AS ${raw(`"${t}"`)}`);
  return sql`WITH m AS MATERIALIZED (${matches}), n AS (SELECT ${join(counts)} FROM m)
    SELECT t.rid, t.rank, d."record_id" AS id, n.* FROM (${join(tops, " UNION ALL ")}) t
    JOIN "search_doc" d ON d."rowid" = t.rid CROSS JOIN n`;
}

/** One column per kind asked for: its number of matches. */
const countsByKind = Object.fromEntries(SEARCH_TYPES.map((t) => [t, countColumn.optional()])) as Record<
  SearchType,
  z.ZodOptional<typeof countColumn>
>;

export const rankedRead = rawRead({ rid: integerColumn, rank: z.number(), id: z.string(), ...countsByKind }, rankedSql);

/**
 * Highlighted title and snippet of the rows kept. One FTS5 scan over the span of their rowids,
 * with the list checked outside FTS5 (withoutIndex): a `rowid IN (…)` it received would re-run
 * the whole query once per row.
 */
export function marksSql(fts: string, rowids: number[]): Prisma.Sql {
  return sql`SELECT rowid AS rid, ${ftsHighlight(FTS, 0, MARK_START, MARK_END)} AS title,
      ${ftsSnippet(FTS, 1, MARK_START, MARK_END, "…", 24)} AS snippet
    FROM search_fts WHERE ${ftsMatch(FTS, fts)} AND rowid BETWEEN ${Math.min(...rowids)} AND ${Math.max(...rowids)}
      AND ${withoutIndex(raw("rowid"))} IN (${join(rowids)})`;
}

export const marksRead = rawRead(
  { rid: integerColumn, title: z.string().nullable(), snippet: z.string().nullable() },
  marksSql,
);

/**
 * `idColumn` holds the id of a record of `kind` whose words match the FTS5 query `fts`. The rowid
 * range keeps FTS5 to that kind's entries. The subquery is not correlated: SQLite runs it once
 * per statement, however many rows the list has.
 */
export function matchesSql(kind: SearchType, idColumn: Prisma.Sql, fts: string): Prisma.Sql {
  const f = raw("search_fts.rowid");
  return sql`${idColumn} IN (SELECT d."record_id" FROM search_fts JOIN "search_doc" d ON d."rowid" = ${f}
    WHERE ${ftsMatch(FTS, fts)} AND ${inRange(f, kind)})`;
}

/**
 * `idColumn` holds the id of a record of `kind` whose words match `text`: the same FTS5 engine and
 * rules as /search (accents folded, prefixes matched), so every list's `q` finds what search finds.
 * Any input is safe (see toFtsQuery); one with nothing searchable left matches nothing.
 */
export function matchesTextSql(kind: SearchType, idColumn: Prisma.Sql, text: string): Prisma.Sql {
  const fts = toFtsQuery(text);
  return fts ? matchesSql(kind, idColumn, fts) : sql`0`;
}

/** The commitments filter's `q` (over `"Commitment" c`). */
export function commitmentMatchSql(text: string): Prisma.Sql {
  return matchesTextSql("commitment", sql`c."id"`, text);
}

/**
 * Sources whose text holds any of `words` (letters and digits only: see distinctiveWords), the
 * five best first: candidates for a near-duplicate check.
 */
export const sourcesWithWordsRead = rawRead(
  { id: z.string(), title: z.string(), fullText: z.string() },
  (words: readonly string[]) => {
    const [lo, hi] = rowidRange("source");
    return sql`
    SELECT s."id", s."title", s."fullText" FROM search_fts JOIN "search_doc" d ON d."rowid" = search_fts.rowid
    JOIN "Source" s ON s."id" = d."record_id"
    WHERE ${ftsMatch(FTS, ftsAnyWord(words))} AND search_fts.rowid BETWEEN ${lo} AND ${hi} ORDER BY ${ftsRank(FTS)} LIMIT 5`;
  },
);
