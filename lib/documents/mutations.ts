import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { inTransaction, type Db } from "../db/transaction";
import { newRecordId } from "../records/ids";
import { titleColumns } from "../records/titles";
import { checkReferences } from "../records/references";
import { resolveCitations } from "../sources/citations";
import type { DocumentCreate, DocumentUpdate } from "./schema";

type Fields = Omit<DocumentCreate, "citations">;

function columns(input: Fields) {
  return {
    ...titleColumns(input),
    kind: input.kind,
    description: input.description ?? null,
    status: input.status,
    eventId: input.eventId ?? null,
    signedDate: input.signed?.date ?? null,
    signedPrecision: input.signed?.precision ?? null,
    validFrom: input.validFrom?.date ?? null,
    validFromPrecision: input.validFrom?.precision ?? null,
    validTo: input.validTo?.date ?? null,
    validToPrecision: input.validTo?.precision ?? null,
  };
}

/**
 * The party rows: an organization named alone stands for its country when it is a national one,
 * so the document is found by that country; a national organization of another country than the
 * party's is refused, as a slip of the picker.
 */
async function partyRows(input: Fields, db: Db = prisma) {
  const organizationIds = input.parties.map((p) => p.organizationId).filter((id): id is string => Boolean(id));
  const organizations = organizationIds.length
    ? await db.organization.findMany({
        where: { id: { in: organizationIds } },
        select: { id: true, name: true, scope: true, countryCode: true, country: { select: { name: true } } },
      })
    : [];
  const byId = new Map(organizations.map((o) => [o.id, o]));
  return input.parties.map((p, i) => {
    const organization = p.organizationId ? byId.get(p.organizationId) : undefined;
    const national = organization?.scope === "national" ? organization.countryCode : null;
    if (p.countryCode && national && national !== p.countryCode)
      throw new AppError(
        "invalid_body",
        `${organization!.name} is an organization of ${organization!.country?.name ?? national}, not of this party's country.`,
        `parties.${i}.organizationId`,
      );
    return { countryCode: p.countryCode ?? national ?? null, organizationId: p.organizationId ?? null };
  });
}

const signatoryRows = (input: Fields) =>
  input.signatories.map((s) => ({
    role: s.role,
    personId: s.personId ?? null,
    positionId: s.positionId ?? null,
    organizationId: s.organizationId ?? null,
  }));

/** Every linked record exists, and each signatory's position is one that person held. */
async function references(input: Fields, db: Db = prisma) {
  await checkReferences(
    [
      { field: "eventId", kind: "event", id: input.eventId },
      ...input.parties.flatMap((p, i) => [
        { field: `parties.${i}.countryCode`, kind: "country" as const, id: p.countryCode },
        { field: `parties.${i}.organizationId`, kind: "organization" as const, id: p.organizationId },
      ]),
      ...input.signatories.flatMap((s, i) => [
        { field: `signatories.${i}.personId`, kind: "person" as const, id: s.personId },
        { field: `signatories.${i}.organizationId`, kind: "organization" as const, id: s.organizationId },
      ]),
    ],
    db,
  );
  const positionIds = input.signatories.map((s) => s.positionId).filter((id): id is string => Boolean(id));
  if (!positionIds.length) return;
  const held = await db.position.findMany({
    where: { id: { in: positionIds } },
    select: { id: true, personId: true },
  });
  const holder = new Map(held.map((p) => [p.id, p.personId]));
  const wrong = input.signatories.findIndex((s) => s.positionId && holder.get(s.positionId) !== s.personId);
  if (wrong >= 0)
    throw new AppError(
      "invalid_body",
      "This is not a position of the person who signed.",
      `signatories.${wrong}.positionId`,
    );
}

/**
 * A new document with its parties, signatories and the quotes that report it; in the caller's
 * transaction `db` when given (a reviewed batch saved all or none).
 */
export async function createDocument(input: DocumentCreate, actor: Actor, db?: Db) {
  await references(input, db);
  const citations = await resolveCitations(input.citations, "citations", db);
  const data = columns(input);
  const [parties, signatories] = [await partyRows(input, db), signatoryRows(input)];
  const id = newRecordId(data.title);
  await inTransaction(db, async (tx) => {
    await tx.document.create({
      data: {
        id,
        ...data,
        parties: { create: parties },
        signatories: { create: signatories },
        citations: { create: citations },
      },
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "document",
        entityId: id,
        after: { ...data, parties, signatories, citations },
      }),
    });
  });
  return { id };
}

/** Saves an edit made on the version the editor saw; a stale one is refused, nothing written. */
export async function updateDocument(input: DocumentUpdate, actor: Actor) {
  const old = await prisma.document.findUnique({
    where: { id: input.id },
    include: { parties: { orderBy: { id: "asc" } }, signatories: { orderBy: { id: "asc" } } },
  });
  if (!old) throw new AppError("not_found", "There is no document with this id.", "id");
  if (old.version !== input.version) throw conflictError("document", { version: old.version });
  await references(input);
  const citations = await resolveCitations(input.citations);
  const data = columns(input);
  const [parties, signatories] = [await partyRows(input), signatoryRows(input)];
  const saved = await prisma.$transaction(async (tx) => {
    const claimed = await tx.document.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.documentParty.deleteMany({ where: { documentId: input.id } });
    await tx.documentParty.createMany({ data: parties.map((p) => ({ ...p, documentId: input.id })) });
    await tx.documentSignatory.deleteMany({ where: { documentId: input.id } });
    await tx.documentSignatory.createMany({ data: signatories.map((s) => ({ ...s, documentId: input.id })) });
    await tx.citation.createMany({ data: citations.map((c) => ({ ...c, documentId: input.id })) });
    const {
      id: _id,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      parties: oldParties,
      signatories: oldSignatories,
      ...before
    } = old;
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "document",
        entityId: input.id,
        before: {
          ...before,
          parties: oldParties.map(({ countryCode, organizationId }) => ({ countryCode, organizationId })),
          signatories: oldSignatories.map(({ role, personId, positionId, organizationId }) => ({
            role,
            personId,
            positionId,
            organizationId,
          })),
        },
        after: { ...data, parties, signatories, addedCitations: citations },
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("document");
  return { id: input.id, version: input.version + 1 };
}
