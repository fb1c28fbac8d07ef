import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { inTransaction, type Db } from "../db/transaction";
import { assertNoCycle } from "../records/hierarchy";
import { newRecordId } from "../records/ids";
import { titleColumns } from "../records/titles";
import { checkReferences } from "../records/references";
import { resolveCitations } from "../sources/citations";
import type { EventCreate, EventUpdate } from "./schema";

type Fields = Omit<EventCreate, "citations">;

/** The stored columns of an event's editable fields. */
export function eventColumns(input: Fields) {
  return {
    ...titleColumns(input),
    kind: input.kind,
    description: input.description ?? null,
    parentId: input.parentId ?? null,
    startDate: input.start.date,
    startPrecision: input.start.precision,
    endDate: input.end?.date ?? null,
    endPrecision: input.end?.precision ?? null,
    location: input.location ?? null,
    hostCountryCode: input.hostCountryCode ?? null,
    visitingCountryCode: input.visitingCountryCode ?? null,
    documentsSigned: input.documentsSigned ?? null,
  };
}

const participantRows = (input: Fields) =>
  input.participants.map((p) => ({
    role: p.role,
    personId: p.personId ?? null,
    organizationId: p.organizationId ?? null,
    countryCode: p.countryCode ?? null,
  }));

function references(input: Fields, db?: Db) {
  return checkReferences(
    [
      { field: "parentId", kind: "event", id: input.parentId },
      { field: "hostCountryCode", kind: "country", id: input.hostCountryCode },
      { field: "visitingCountryCode", kind: "country", id: input.visitingCountryCode },
      ...input.participants.flatMap((p, i) => [
        { field: `participants.${i}.personId`, kind: "person" as const, id: p.personId },
        { field: `participants.${i}.organizationId`, kind: "organization" as const, id: p.organizationId },
        { field: `participants.${i}.countryCode`, kind: "country" as const, id: p.countryCode },
      ]),
    ],
    db,
  );
}

/**
 * A new event with its participants and the quotes that report it; in the caller's transaction
 * `db` when given (a reviewed batch saved all or none).
 */
export async function createEvent(input: EventCreate, actor: Actor, db?: Db) {
  await references(input, db);
  const citations = await resolveCitations(input.citations, "citations", db);
  const data = eventColumns(input);
  const participants = participantRows(input);
  const id = newRecordId(data.title);
  await inTransaction(db, async (tx) => {
    await tx.event.create({
      data: { id, ...data, participants: { create: participants }, citations: { create: citations } },
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "event",
        entityId: id,
        after: { ...data, participants, citations },
      }),
    });
  });
  return { id };
}

/** Saves an edit made on the version the editor saw; a stale one is refused, nothing written. */
export async function updateEvent(input: EventUpdate, actor: Actor) {
  const old = await prisma.event.findUnique({
    where: { id: input.id },
    include: { participants: { orderBy: { id: "asc" } } },
  });
  if (!old) throw new AppError("not_found", "There is no event with this id.", "id");
  if (old.version !== input.version) throw conflictError("event", { version: old.version });
  await references(input);
  const citations = await resolveCitations(input.citations);
  const data = eventColumns(input);
  const participants = participantRows(input);
  const saved = await prisma.$transaction(async (tx) => {
    await assertNoCycle(tx, "event", input.id, input.parentId);
    const claimed = await tx.event.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.eventParticipant.deleteMany({ where: { eventId: input.id } });
    await tx.eventParticipant.createMany({ data: participants.map((p) => ({ ...p, eventId: input.id })) });
    await tx.citation.createMany({ data: citations.map((c) => ({ ...c, eventId: input.id })) });
    const { id: _id, version: _v, createdAt: _c, updatedAt: _u, participants: oldParticipants, ...before } = old;
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "event",
        entityId: input.id,
        before: {
          ...before,
          participants: oldParticipants.map(({ role, personId, organizationId, countryCode }) => ({
            role,
            personId,
            organizationId,
            countryCode,
          })),
        },
        after: { ...data, participants, addedCitations: citations },
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("event");
  return { id: input.id, version: input.version + 1 };
}
