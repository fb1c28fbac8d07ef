import "server-only";
import { AppError } from "../errors/codes";
import { Prisma } from "../db/client";

type Client = Prisma.TransactionClient;
export type SameName = { id: string; name: string; matched: string };

const clean = (names: (string | null | undefined)[]) => [...new Set(names.map((n) => n?.trim()).filter((n): n is string => Boolean(n)))];

/**
 * The first other person whose name or alias is one of `names`. SQLite's NOCASE folds ASCII
 * letters only, so "NGUYEN Manh Hung" matches and a differently accented spelling does not: the
 * picker's accent-folded search is where the editor finds those.
 */
export async function samePerson(tx: Client, names: (string | null | undefined)[], exceptId?: string): Promise<SameName | null> {
  const list = clean(names);
  if (!list.length) return null;
  const rows = await tx.$queryRaw<SameName[]>`
    SELECT p."id" AS id, p."name" AS name, p."name" AS matched FROM "Person" p
      WHERE p."name" COLLATE NOCASE IN (${Prisma.join(list)}) AND p."id" <> ${exceptId ?? ""}
    UNION ALL
    SELECT p."id", p."name", a."alias" FROM "PersonAlias" a JOIN "Person" p ON p."id" = a."personId"
      WHERE a."alias" COLLATE NOCASE IN (${Prisma.join(list)}) AND p."id" <> ${exceptId ?? ""}
    LIMIT 1`;
  return rows[0] ?? null;
}

/** The first other organization whose name, French name or alias is one of `names`. */
export async function sameOrganization(tx: Client, names: (string | null | undefined)[], exceptId?: string): Promise<SameName | null> {
  const list = clean(names);
  if (!list.length) return null;
  const rows = await tx.$queryRaw<SameName[]>`
    SELECT o."id" AS id, o."name" AS name, o."name" AS matched FROM "Organization" o
      WHERE o."name" COLLATE NOCASE IN (${Prisma.join(list)}) AND o."id" <> ${exceptId ?? ""}
    UNION ALL
    SELECT o."id", o."name", o."nameFr" FROM "Organization" o
      WHERE o."nameFr" COLLATE NOCASE IN (${Prisma.join(list)}) AND o."id" <> ${exceptId ?? ""}
    UNION ALL
    SELECT o."id", o."name", a."alias" FROM "OrganizationAlias" a JOIN "Organization" o ON o."id" = a."organizationId"
      WHERE a."alias" COLLATE NOCASE IN (${Prisma.join(list)}) AND o."id" <> ${exceptId ?? ""}
    LIMIT 1`;
  return rows[0] ?? null;
}

/**
 * The refusal for a likely twin, with the existing record for the form to link to. The editor
 * may still save after confirming it is someone (or something) else with the same name.
 */
export function duplicateError(kind: "person" | "organization", found: SameName): AppError {
  const what = kind === "person" ? "A person" : "An organization";
  const via = found.matched === found.name ? "" : ` (as "${found.matched}")`;
  return new AppError("duplicate", `${what} with this name already exists: ${found.name}${via}. Link to it instead, or confirm that this is a different ${kind}.`, "name", {
    id: found.id, name: found.name, href: `/${kind === "person" ? "people" : "organizations"}/${encodeURIComponent(found.id)}`,
  });
}
