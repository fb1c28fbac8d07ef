import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { duplicateError, samePerson } from "../records/duplicates";
import { newRecordId } from "../records/ids";
import { checkReferences } from "../records/references";
import type { PersonCreate, PersonUpdate } from "./schema";

type Fields = Omit<PersonCreate, "notDuplicate">;

const aliasRows = (input: Fields) => input.aliases.map((a) => ({ alias: a.alias, language: a.language ?? null }));

const positionColumns = (p: Fields["positions"][number]) => ({
  title: p.title,
  titleFr: p.titleFr ?? null,
  organizationId: p.organizationId ?? null,
  fromDate: p.from?.date ?? null,
  fromPrecision: p.from?.precision ?? null,
  toDate: p.to?.date ?? null,
  toPrecision: p.to?.precision ?? null,
});

const references = (input: Fields) =>
  checkReferences([
    { field: "countryCode", kind: "country", id: input.countryCode },
    ...input.positions.map((p, i) => ({
      field: `positions.${i}.organizationId`,
      kind: "organization" as const,
      id: p.organizationId,
    })),
  ]);

const names = (input: Fields) => [input.name, ...input.aliases.map((a) => a.alias)];

/** A new person with aliases and positions; a likely twin is refused unless the editor confirmed it is someone else. */
export async function createPerson(input: PersonCreate, actor: Actor) {
  await references(input);
  const aliases = aliasRows(input);
  const positions = input.positions.map(positionColumns);
  const id = newRecordId(input.name);
  const data = { name: input.name, countryCode: input.countryCode ?? null };
  await prisma.$transaction(async (tx) => {
    // Checked in the transaction: two editors creating the same person at once cannot both pass.
    const twin = input.notDuplicate ? null : await samePerson(tx, names(input));
    if (twin) throw duplicateError("person", twin);
    await tx.person.create({ data: { id, ...data, aliases: { create: aliases }, positions: { create: positions } } });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "person",
        entityId: id,
        after: { ...data, aliases, positions },
      }),
    });
  });
  return { id };
}

/**
 * Saves an edit made on the version the editor saw. Positions keep their ids (documents' signatures
 * name them); one that a signature names cannot be removed here.
 */
export async function updatePerson(input: PersonUpdate, actor: Actor) {
  const old = await prisma.person.findUnique({
    where: { id: input.id },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      positions: { orderBy: { id: "asc" }, include: { _count: { select: { signatures: true } } } },
    },
  });
  if (!old) throw new AppError("not_found", "There is no person with this id.", "id");
  if (old.version !== input.version) throw conflictError("person", { version: old.version });
  const own = new Set(old.positions.map((p) => p.id));
  input.positions.forEach((p, i) => {
    if (p.id && !own.has(p.id))
      throw new AppError("invalid_body", "This position belongs to someone else.", `positions.${i}.id`);
  });
  const kept = new Set(input.positions.map((p) => p.id).filter(Boolean));
  const signed = old.positions.find((p) => !kept.has(p.id) && p._count.signatures > 0);
  if (signed)
    throw new AppError(
      "invalid_body",
      `"${signed.title}" is named by a signature on a document; keep it, or change the signature first.`,
      "positions",
    );
  await references(input);
  const data = { name: input.name, countryCode: input.countryCode ?? null };
  const aliases = aliasRows(input);
  const saved = await prisma.$transaction(async (tx) => {
    const twin = input.notDuplicate ? null : await samePerson(tx, names(input), input.id);
    if (twin) throw duplicateError("person", twin);
    const claimed = await tx.person.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.personAlias.deleteMany({ where: { personId: input.id } });
    await tx.personAlias.createMany({ data: aliases.map((a) => ({ ...a, personId: input.id })) });
    await tx.position.deleteMany({ where: { personId: input.id, id: { notIn: [...kept] as string[] } } });
    for (const p of input.positions) {
      if (p.id) await tx.position.update({ where: { id: p.id }, data: positionColumns(p) });
      else await tx.position.create({ data: { ...positionColumns(p), personId: input.id } });
    }
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "person",
        entityId: input.id,
        before: {
          name: old.name,
          countryCode: old.countryCode,
          aliases: old.aliases.map(({ alias, language }) => ({ alias, language })),
          positions: old.positions.map(({ _count: _n, personId: _p, ...p }) => p),
        },
        after: {
          ...data,
          aliases,
          positions: input.positions.map((p) => ({ id: p.id ?? null, ...positionColumns(p) })),
        },
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("person");
  return { id: input.id, version: input.version + 1 };
}
