import { Prisma } from "../db/client";
import { X } from "../records/list-sql";
import { matchesTextSql } from "../search/search-sql";
import type { PersonFilter } from "./schema";

const { sql, join } = Prisma;

/** The conditions of a people filter over `"Person" x`. A person has no date: `asOf` hides no one. */
export function personConditions(filter: PersonFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (filter.country?.length) and.push(sql`${X}."countryCode" IN (${join(filter.country)})`);
  if (filter.q) and.push(matchesTextSql("person", sql`${X}."id"`, filter.q));
  return and;
}
