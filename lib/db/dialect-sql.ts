import { Prisma } from "./generated/client";
import { countColumn, rawRead, type RawClient } from "./read-sql";

// The SQLite-only constructs of the app's raw SQL, each behind a name that says what it does
// rather than how SQLite spells it. A port to another database rewrites these helpers and the
// *-sql.ts statements; nothing else holds SQL (see "Porting to another database" in
// docs/architecture.md). Every helper renders exactly the SQL that was written inline before.

const { sql, join, raw } = Prisma;

/** A text literal written into the statement (a constant of the code, never user input). */
function literal(text: string): Prisma.Sql {
  return raw(`'${text.replaceAll("'", "''")}'`);
}

/** A JSON object of `fields`, keys in the order given. */
export function jsonObject(fields: Record<string, Prisma.Sql>): Prisma.Sql {
  return sql`json_object(${join(
    Object.entries(fields).map(([key, value]) => sql`${literal(key)}, ${value}`),
    ", ",
  )})`;
}

/** The same, or null when `id` is (an outer join that found nothing): not `{"id":null,…}`. */
export function jsonObjectOrNull(id: Prisma.Sql, fields: Record<string, Prisma.Sql>): Prisma.Sql {
  return sql`CASE WHEN ${id} IS NULL THEN NULL ELSE ${jsonObject(fields)} END`;
}

/**
 * A JSON array of `element` over the rows of `from` (a FROM … WHERE … clause) in `orderBy`
 * order; `[]` when there is none.
 */
export function jsonArray(element: Prisma.Sql, orderBy: Prisma.Sql, from: Prisma.Sql): Prisma.Sql {
  // json(): a subquery's result loses its JSON subtype and would be embedded as a string.
  return sql`json((SELECT json_group_array(${element} ORDER BY ${orderBy}) ${from}))`;
}

/** The values of `expr` joined by `separator`, in `orderBy` order: an aggregate (null over no rows). */
export function joinedText(expr: Prisma.Sql, separator: string, orderBy: Prisma.Sql): Prisma.Sql {
  return sql`group_concat(${expr}, ${literal(separator)} ORDER BY ${orderBy})`;
}

/** How many rows of the group meet `condition` (0 for none). */
export function countWhere(condition: Prisma.Sql): Prisma.Sql {
  return sql`COALESCE(SUM(${condition}), 0)`;
}

/** The smaller of two values of a row (SQLite's two-argument MIN). */
export const least = (a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql => sql`MIN(${a}, ${b})`;

/** The larger of two values of a row (SQLite's two-argument MAX). */
export const greatest = (a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql => sql`MAX(${a}, ${b})`;

/** A table's rows in the order they were inserted. */
export const insertionOrder = (alias: Prisma.Sql): Prisma.Sql => sql`${alias}.rowid`;

/** LIMIT and OFFSET; a null `limit` keeps every row from `offset` on. */
export function limitOffset(limit: number | null, offset: number): Prisma.Sql {
  return sql`LIMIT ${limit ?? -1} OFFSET ${offset}`;
}

/** `expr` compared without regard to case (ASCII letters only, as SQLite's NOCASE folds). */
export const caseInsensitive = (expr: Prisma.Sql): Prisma.Sql => sql`${expr} COLLATE NOCASE`;

/**
 * `expr` with its value unchanged but no index usable for it: steers the planner to the plan
 * the statement's comment explains (SQLite's unary plus).
 */
export const withoutIndex = (expr: Prisma.Sql): Prisma.Sql => sql`+${expr}`;

// Full-text search: SQLite's FTS5 (prisma/migrations/*_search_fts*). `table` is the FTS table.

/**
 * The full-text query matching rows that hold every term, each as a word's prefix. A term must be
 * letters, digits and combining marks only (lib/search/fts.ts keeps nothing else), so quoting it
 * needs no escaping and nothing in it is FTS5 syntax.
 */
export const ftsAllPrefixes = (terms: readonly string[]): string => terms.map((t) => `"${t}"*`).join(" ");

/** The full-text query matching rows that hold any of `words` (letters and digits only, as above). */
export const ftsAnyWord = (words: readonly string[]): string => words.map((w) => `"${w}"`).join(" OR ");

/** Rows of `table` whose text matches `query`, a query built by the two functions above. */
export const ftsMatch = (table: Prisma.Sql, query: string): Prisma.Sql => sql`${table} MATCH ${query}`;

/** The current match's relevance, best first in ascending order (bm25, with optional per-column weights). */
export function ftsRank(table: Prisma.Sql, weights: readonly number[] = []): Prisma.Sql {
  if (!weights.length) return sql`bm25(${table})`;
  return sql`bm25(${table}, ${raw(weights.map((w) => (Number.isInteger(w) ? w.toFixed(1) : String(w))).join(", "))})`;
}

/** Column `column` (by position) of the current match, each matched term between `start` and `end`. */
export function ftsHighlight(table: Prisma.Sql, column: number, start: string, end: string): Prisma.Sql {
  return sql`highlight(${table}, ${raw(String(column))}, ${start}, ${end})`;
}

/** A passage of `column` around the matches, at most `tokens` words, `ellipsis` where it is cut. */
export function ftsSnippet(
  table: Prisma.Sql,
  column: number,
  start: string,
  end: string,
  ellipsis: string,
  tokens: number,
): Prisma.Sql {
  return sql`snippet(${table}, ${raw(String(column))}, ${start}, ${end}, ${literal(ellipsis)}, ${raw(String(tokens))})`;
}

/**
 * A number that changes when another connection commits to the database (SQLite's
 * `data_version`, which ignores this connection's own commits).
 */
export const dataVersionRead = rawRead({ data_version: countColumn }, () => sql`PRAGMA data_version`);

export async function dataVersion(db: RawClient): Promise<number> {
  const [row] = await dataVersionRead.run(db);
  return row?.data_version ?? 0;
}
