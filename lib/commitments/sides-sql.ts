import { Prisma } from "../db/client";
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
