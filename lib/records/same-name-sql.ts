import { z } from "zod";
import { Prisma } from "../db/client";
import { caseInsensitive } from "../db/dialect-sql";
import { rawRead } from "../db/read-sql";

// Records whose name or alias is one of a list of names, apart from `exceptId` (the record being
// edited). The comparison ignores the case of ASCII letters only, so "NGUYEN Manh Hung" matches
// and a differently accented spelling does not: the picker's accent-folded search is where the
// editor finds those.

const { sql, join } = Prisma;

const sameNameRow = { id: z.string(), name: z.string(), matched: z.string() };

/** The first other person whose name or alias is one of `names`. */
export const samePersonRead = rawRead(
  sameNameRow,
  (names: string[], exceptId: string) => sql`
    SELECT p."id" AS id, p."name" AS name, p."name" AS matched FROM "Person" p
      WHERE ${caseInsensitive(sql`p."name"`)} IN (${join(names)}) AND p."id" <> ${exceptId}
    UNION ALL
    SELECT p."id", p."name", a."alias" FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId"
      WHERE ${caseInsensitive(sql`a."alias"`)} IN (${join(names)}) AND p."id" <> ${exceptId}
    LIMIT 1`,
);

/** The first other organization whose name, French name or alias is one of `names`. */
export const sameOrganizationRead = rawRead(
  sameNameRow,
  (names: string[], exceptId: string) => sql`
    SELECT o."id" AS id, o."name" AS name, o."name" AS matched FROM "Organization" o
      WHERE ${caseInsensitive(sql`o."name"`)} IN (${join(names)}) AND o."id" <> ${exceptId}
    UNION ALL
    SELECT o."id", o."name", o."nameFr" FROM "Organization" o
      WHERE ${caseInsensitive(sql`o."nameFr"`)} IN (${join(names)}) AND o."id" <> ${exceptId}
    UNION ALL
    SELECT o."id", o."name", a."alias" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
      WHERE ${caseInsensitive(sql`a."alias"`)} IN (${join(names)}) AND o."id" <> ${exceptId}
    LIMIT 1`,
);

export type SameName = z.output<typeof samePersonRead.row>;
