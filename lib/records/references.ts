import "server-only";
import { AppError } from "../errors/codes";
import { prisma } from "../db/client";
import type { Db } from "../db/transaction";

type Kind = "person" | "organization" | "event" | "document" | "commitment" | "country" | "sector";

// Countries and sectors are named by a code, the other records by an id.
const CODED = new Set<Kind>(["country", "sector"]);

/**
 * Checks that every record a form points at exists, naming the field of the first that does
 * not — rather than letting a foreign-key failure surface as a server error.
 */
export async function checkReferences(
  refs: { field: string; kind: Kind; id: string | null | undefined }[],
  db: Db = prisma,
): Promise<void> {
  const wanted = refs.filter((r): r is { field: string; kind: Kind; id: string } => Boolean(r.id));
  const ids = (kind: Kind) => [...new Set(wanted.filter((r) => r.kind === kind).map((r) => r.id))];
  const found = async (kind: Kind): Promise<Set<string>> => {
    const list = ids(kind);
    if (!list.length) return new Set();
    const where = { id: { in: list } };
    const rows: { id: string }[] =
      kind === "person"
        ? await db.person.findMany({ where, select: { id: true } })
        : kind === "organization"
          ? await db.organization.findMany({ where, select: { id: true } })
          : kind === "event"
            ? await db.event.findMany({ where, select: { id: true } })
            : kind === "document"
              ? await db.document.findMany({ where, select: { id: true } })
              : kind === "commitment"
                ? await db.commitment.findMany({ where, select: { id: true } })
                : kind === "country"
                  ? (await db.country.findMany({ where: { code: { in: list } }, select: { code: true } })).map((c) => ({
                      id: c.code,
                    }))
                  : (await db.sector.findMany({ where: { code: { in: list } }, select: { code: true } })).map((s) => ({
                      id: s.code,
                    }));
    return new Set(rows.map((r) => r.id));
  };
  const kinds: Kind[] = ["person", "organization", "event", "document", "commitment", "country", "sector"];
  const existing = new Map(await Promise.all(kinds.map(async (k) => [k, await found(k)] as const)));
  const missing = wanted.find((r) => !existing.get(r.kind)!.has(r.id));
  if (missing)
    throw new AppError(
      "invalid_body",
      `There is no ${missing.kind} with this ${CODED.has(missing.kind) ? "code" : "id"}.`,
      missing.field,
    );
}
