import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { inTransaction, type Db } from "../db/transaction";
import { newRecordId } from "../records/ids";
import { checkReferences } from "../records/references";
import { resolveCitations } from "../sources/citations";
import { todayIso } from "../dates/partial-date";
import { refuseFutureEffective } from "../status/rules";
import { commitmentColumns, organizationsWithoutCountry, sideColumns } from "./columns";
import type { CommitmentCreate, CommitmentUpdate } from "./schema";
import { sidesOf } from "./sides";
import { nudgeWebhooks } from "../webhooks/dispatcher";
import { enqueueWebhooks } from "../webhooks/outbox";
import { commitmentUrl } from "../webhooks/payload";

type Fields = Omit<CommitmentCreate, "citations" | "status" | "statusEffective" | "links" | "sectors"> & {
  sectors: string[];
};

const columns = commitmentColumns;

const SIDE_SELECT = { role: true, position: true, countryCode: true, organizationId: true, personId: true } as const;

/** The sides' rows, with the country of each organization named without one. */
async function sideRows(input: Fields, db: Db = prisma) {
  const orgIds = organizationsWithoutCountry(input);
  const orgs = orgIds.length
    ? await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, countryCode: true } })
    : [];
  return sideColumns(input, new Map(orgs.map((o) => [o.id, o.countryCode])));
}

/** JSON-safe snapshot for the audit log (money as a decimal string of minor units). */
const snapshot = (c: ReturnType<typeof columns>) => ({ ...c, amountMinor: c.amountMinor?.toString() ?? null });

function references(input: Fields & { links: { commitmentId: string }[] }, db?: Db) {
  // Errors name the field the client sent: `from.countryCode` for a legacy body, else `sides.N.…`.
  const legacy = input.sides === undefined;
  const field = (i: number, key: string) => (legacy ? `${i === 0 ? "from" : "to"}.${key}` : `sides.${i}.${key}`);
  return checkReferences(
    [
      ...sidesOf(input).flatMap((s, i) => [
        { field: field(i, "countryCode"), kind: "country" as const, id: s.countryCode },
        { field: field(i, "organizationId"), kind: "organization" as const, id: s.organizationId },
        { field: field(i, "personId"), kind: "person" as const, id: s.personId },
      ]),
      { field: "eventId", kind: "event", id: input.eventId },
      { field: "documentId", kind: "document", id: input.documentId },
      ...input.links.map((l, i) => ({
        field: `links.${i}.commitmentId`,
        kind: "commitment" as const,
        id: l.commitmentId,
      })),
      ...input.sectors.map((code, i) => ({ field: `sectors.${i}`, kind: "sector" as const, id: code })),
    ],
    db,
  );
}

/**
 * A new commitment with its quotes, its first status (evidenced by the first quote) and its
 * links; in the caller's transaction `db` when given (a reviewed batch saved all or none).
 */
export async function createCommitment(input: CommitmentCreate, actor: Actor, today: string = todayIso(), db?: Db) {
  refuseFutureEffective(input.statusEffective, "statusEffective", today);
  await references(input, db);
  const citations = await resolveCitations(input.citations, "citations", db);
  const data = columns(input);
  const sides = await sideRows(input, db);
  const id = newRecordId(data.title);
  const queued = await inTransaction(db, async (tx) => {
    await tx.commitment.create({
      data: {
        id,
        ...data,
        status: input.status,
        sides: { create: sides },
        sectors: { create: [...new Set(input.sectors)].map((sectorCode) => ({ sectorCode })) },
        citations: { create: citations },
        statusChanges: {
          create: {
            fromStatus: null,
            toStatus: input.status,
            effectiveDate: input.statusEffective.date,
            effectivePrecision: input.statusEffective.precision,
            editorId: actor.id,
            note: "Recorded",
            citations: { create: [citations[0]!] },
          },
        },
        linksOut: { create: input.links.map((l) => ({ kind: l.kind, toId: l.commitmentId })) },
      },
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "commitment",
        entityId: id,
        after: {
          ...snapshot(data),
          sides,
          status: input.status,
          sectors: input.sectors,
          citations,
          links: input.links,
        },
      }),
    });
    return enqueueWebhooks(tx, "commitment_created", {
      commitment: {
        id,
        title: data.title,
        kind: data.kind,
        direction: data.direction,
        status: input.status,
        url: commitmentUrl(id),
        parties: sides.map(({ role, countryCode, organizationId, personId }) => ({
          role,
          countryCode,
          organizationId,
          personId,
        })),
      },
    });
  });
  // In a caller's transaction the dispatcher's read waits at the gate until it commits.
  if (queued) nudgeWebhooks();
  return { id };
}

/** Saves an edit made on the version the editor saw; a stale one is refused, nothing written. */
export async function updateCommitment(input: CommitmentUpdate, actor: Actor) {
  const old = await prisma.commitment.findUnique({
    where: { id: input.id },
    include: {
      sectors: { select: { sectorCode: true } },
      linksOut: { select: { kind: true, toId: true } },
      sides: { select: SIDE_SELECT, orderBy: { position: "asc" } },
    },
  });
  if (!old) throw new AppError("not_found", "There is no commitment with this id.", "id");
  if (old.version !== input.version) throw conflictError("commitment", { version: old.version });
  await references(input);
  const citations = await resolveCitations(input.citations);
  const data = columns(input);
  const sides = await sideRows(input);
  // The stored values of the same columns, for the audit's "before".
  const stored = Object.fromEntries(Object.keys(data).map((key) => [key, old[key as keyof typeof data]])) as ReturnType<
    typeof columns
  >;
  const saved = await prisma.$transaction(async (tx) => {
    const claimed = await tx.commitment.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.commitmentSide.deleteMany({ where: { commitmentId: input.id } });
    await tx.commitmentSide.createMany({ data: sides.map((side) => ({ ...side, commitmentId: input.id })) });
    await tx.commitmentSector.deleteMany({ where: { commitmentId: input.id } });
    await tx.commitmentSector.createMany({
      data: [...new Set(input.sectors)].map((sectorCode) => ({ commitmentId: input.id, sectorCode })),
    });
    await tx.commitmentLink.deleteMany({ where: { fromId: input.id } });
    await tx.commitmentLink.createMany({
      data: input.links.map((l) => ({ fromId: input.id, toId: l.commitmentId, kind: l.kind })),
    });
    await tx.citation.createMany({ data: citations.map((c) => ({ ...c, commitmentId: input.id })) });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "commitment",
        entityId: input.id,
        before: {
          ...snapshot(stored),
          sides: old.sides,
          sectors: old.sectors.map((s) => s.sectorCode),
          links: old.linksOut,
        },
        after: { ...snapshot(data), sides, sectors: input.sectors, links: input.links, addedCitations: citations },
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("commitment");
  return { id: input.id, version: input.version + 1 };
}
