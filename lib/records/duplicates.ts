import "server-only";
import { AppError } from "../errors/codes";
import type { RawClient } from "../db/read-sql";
import { sameOrganizationRead, samePersonRead, type SameName } from "./same-name-sql";

export type { SameName };

const clean = (names: (string | null | undefined)[]) => [
  ...new Set(names.map((n) => n?.trim()).filter((n): n is string => Boolean(n))),
];

/** The first other person whose name or alias is one of `names` (see same-name-sql.ts). */
export async function samePerson(
  tx: RawClient,
  names: (string | null | undefined)[],
  exceptId?: string,
): Promise<SameName | null> {
  const list = clean(names);
  if (!list.length) return null;
  return (await samePersonRead.run(tx, list, exceptId ?? ""))[0] ?? null;
}

/** The first other organization whose name, French name or alias is one of `names`. */
export async function sameOrganization(
  tx: RawClient,
  names: (string | null | undefined)[],
  exceptId?: string,
): Promise<SameName | null> {
  const list = clean(names);
  if (!list.length) return null;
  return (await sameOrganizationRead.run(tx, list, exceptId ?? ""))[0] ?? null;
}

/**
 * The refusal for a likely twin, with the existing record for the form to link to. The editor
 * may still save after confirming it is someone (or something) else with the same name.
 */
export function duplicateError(kind: "person" | "organization", found: SameName): AppError {
  const what = kind === "person" ? "A person" : "An organization";
  const via = found.matched === found.name ? "" : ` (as "${found.matched}")`;
  return new AppError(
    "duplicate",
    `${what} with this name already exists: ${found.name}${via}. Link to it instead, or confirm that this is a different ${kind}.`,
    "name",
    {
      id: found.id,
      name: found.name,
      href: `/${kind === "person" ? "people" : "organizations"}/${encodeURIComponent(found.id)}`,
    },
  );
}
