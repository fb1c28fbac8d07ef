import { Prisma } from "../db/client";
import type { CountryPair } from "./pair";

const { sql, raw } = Prisma;

// THE rule of which commitments lie between two countries, written once: every page, count, list
// filter (`pair=VN-KH`) and export that asks "between A and B" uses these conditions.
//
// A commitment is between A and B when A is on one side and B on the other: A gives and B
// receives, or B gives and A receives (one-way), or both are parties of a mutual commitment. Two
// givers (or two receivers) of one commitment are on the same side, so not a pair. A side entry's
// country is the country itself or a national organization's (CommitmentSide.countryCode), so an
// organization of A counts for A.

/** Where a commitment between an ordered pair [A, B] goes: A → B, B → A, or both ways. */
export const PAIR_DIRECTIONS = ["a_to_b", "b_to_a", "mutual"] as const;
export type PairDirection = (typeof PAIR_DIRECTIONS)[number];

/** The role facing an entry of `role` on the other side: a giver faces a receiver, a party a party. */
export const facingRoleSql = (role: Prisma.Sql): Prisma.Sql =>
  sql`CASE ${role} WHEN 'giver' THEN 'receiver' WHEN 'receiver' THEN 'giver' ELSE 'party' END`;

/** A's entry (aliased `x`) plays this role for each direction. */
const ROLE_OF_A: Record<PairDirection, string> = { a_to_b: "giver", b_to_a: "receiver", mutual: "party" };

/** The direction of a pair's commitment from A's role in it (`x` aliases A's entry). */
export const pairDirectionSql = (x: Prisma.Sql = raw("x")): Prisma.Sql =>
  sql`CASE ${x}."role" WHEN 'giver' THEN 'a_to_b' WHEN 'receiver' THEN 'b_to_a' ELSE 'mutual' END`;

/**
 * The entries of A (`x`) that face an entry of B (`y`) on the other side of the same commitment.
 * Both lookups are equalities on the (countryCode, role, commitmentId) index, which covers them.
 */
export function pairEntriesSql([a, b]: CountryPair, directions?: readonly PairDirection[]): Prisma.Sql {
  const roles = directions ? sql` AND x."role" IN (${Prisma.join(directions.map((d) => ROLE_OF_A[d]))})` : sql``;
  return sql`"CommitmentSide" x
    JOIN "CommitmentSide" y ON y."countryCode" = ${b} AND y."role" = ${facingRoleSql(sql`x."role"`)} AND y."commitmentId" = x."commitmentId"
    WHERE x."countryCode" = ${a}${roles}`;
}

/**
 * The condition "the commitment whose id is `id` lies between A and B" (in the given directions
 * only, when asked; the order of the pair matters only for them). For a list's `pair=` filter:
 * `commitmentInPairSql(sql\`c."id"\`, ["VN", "KH"])`.
 */
export function commitmentInPairSql(
  id: Prisma.Sql,
  pair: CountryPair,
  directions?: readonly PairDirection[],
): Prisma.Sql {
  return sql`${id} IN (SELECT x."commitmentId" FROM ${pairEntriesSql(pair, directions)})`;
}

/**
 * Each commitment between A and B once per direction it goes (a commitment with A and B on both
 * sides, which the model allows, goes both ways), as rows ("id", "direction").
 */
export function pairCommitmentsSql(pair: CountryPair): Prisma.Sql {
  return sql`SELECT DISTINCT x."commitmentId" AS "id", ${pairDirectionSql()} AS "direction" FROM ${pairEntriesSql(pair)}`;
}
