import { Prisma } from "../db/client";
import { X } from "../records/list-sql";
import { matchesTextSql } from "../search/search-sql";
import type { OrganizationFilter } from "./schema";

const { sql, join } = Prisma;

/** The conditions of an organizations filter over `"Organization" x`. No date: `asOf` hides none. */
export function organizationConditions(filter: OrganizationFilter): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  // A country's organizations are its own and the bodies it belongs to: ASEAN is Cambodia's too.
  // Both sides are index lookups (Organization.countryCode, OrganizationMember's primary key).
  if (filter.country?.length)
    and.push(
      sql`(${X}."countryCode" IN (${join(filter.country)}) OR EXISTS (SELECT 1 FROM "OrganizationMember" m WHERE m."organizationId" = ${X}."id" AND m."countryCode" IN (${join(filter.country)})))`,
    );
  if (filter.scope?.length) and.push(sql`${X}."scope" IN (${join(filter.scope)})`);
  if (filter.kind?.length) and.push(sql`${X}."kind" IN (${join(filter.kind)})`);
  // Aliases are indexed with the organization: "Metfone" finds Viettel.
  if (filter.q) and.push(matchesTextSql("organization", sql`${X}."id"`, filter.q));
  return and;
}
