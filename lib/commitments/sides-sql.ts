import { Prisma } from "../db/client";
import type { CountryPair } from "../countries/pair";
import type { SideRole } from "./sides";

const { sql, join } = Prisma;

// Filters by country read CommitmentSide through its (countryCode, role, commitmentId) index:
// one range per country and role, never a scan of the commitments. A national organization's
// entry carries its country, so "Vietnam's ministry gives" counts as Vietnam giving.

/** The commitment `id` has an entry of one of `countries` in one of `roles`. */
export function hasSideSql(id: Prisma.Sql, countries: readonly string[], roles: readonly SideRole[]): Prisma.Sql {
  return sql`${id} IN (SELECT s."commitmentId" FROM "CommitmentSide" s WHERE s."countryCode" IN (${join([...countries])}) AND s."role" IN (${join([...roles])}))`;
}

/** Gives: a giver of a one-way commitment, or a party of a mutual one (parties give too). */
export const givesSql = (id: Prisma.Sql, countries: readonly string[]) => hasSideSql(id, countries, ["giver", "party"]);

/** Receives: a receiver of a one-way commitment, or a party of a mutual one. */
export const receivesSql = (id: Prisma.Sql, countries: readonly string[]) =>
  hasSideSql(id, countries, ["receiver", "party"]);

/** Commitments with an entry of `a` as `roleA` and one of `b` as `roleB`: a's range of the index, each probed for b. */
const withBoth = (a: string, roleA: SideRole, b: string, roleB: SideRole) =>
  sql`SELECT x."commitmentId" FROM "CommitmentSide" x WHERE x."countryCode" = ${a} AND x."role" = ${roleA}
    AND EXISTS (SELECT 1 FROM "CommitmentSide" y WHERE y."countryCode" = ${b} AND y."role" = ${roleB} AND y."commitmentId" = x."commitmentId")`;

/**
 * Between the two countries of a pair, in either direction: one gives and the other receives, or
 * both are parties of a mutual commitment. Two countries that give together to a third are not
 * a pair. One list of ids from three index ranges, each entry probed in the same index: at
 * 100,000 commitments 2–3× faster, page and count alike, than six lists of ids ANDed and ORed.
 */
export function betweenSql(id: Prisma.Sql, [a, b]: CountryPair): Prisma.Sql {
  return sql`${id} IN (${withBoth(a, "giver", b, "receiver")}
    UNION ALL ${withBoth(b, "giver", a, "receiver")}
    UNION ALL ${withBoth(a, "party", b, "party")})`;
}
