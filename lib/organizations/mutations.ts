import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import { AppError, conflictError } from "../errors/codes";
import type { Actor } from "../auth/roles";
import { prisma } from "../db/client";
import { duplicateError, sameOrganization } from "../records/duplicates";
import { assertNoCycle } from "../records/hierarchy";
import { newRecordId } from "../records/ids";
import { checkReferences } from "../records/references";
import { nameColumns } from "./names";
import type { OrganizationCreate, OrganizationUpdate } from "./schema";

type Fields = Omit<OrganizationCreate, "notDuplicate">;

function columns(input: Fields) {
  const national = input.scope === "national";
  return {
    ...nameColumns(input),
    kind: input.kind,
    scope: input.scope,
    // The schema allows a country for national organizations only, members for the others.
    countryCode: national ? (input.countryCode ?? null) : null,
    parentId: input.parentId ?? null,
    description: input.description ?? null,
  };
}

const memberCodes = (input: Fields) => (input.scope === "national" ? [] : input.members);

const aliasRows = (input: Fields) =>
  input.aliases.map((a) => ({ alias: a.alias, language: a.language ?? null, note: a.note ?? null }));

const references = (input: Fields) =>
  checkReferences([
    { field: "countryCode", kind: "country", id: input.countryCode },
    { field: "parentId", kind: "organization", id: input.parentId },
    ...memberCodes(input).map((code, i) => ({ field: `members.${i}`, kind: "country" as const, id: code })),
  ]);

const names = (input: Fields) => {
  const { nameEn, nameFr } = nameColumns(input);
  return [nameEn, nameFr, ...input.aliases.map((a) => a.alias)];
};

/** A new organization with its aliases; a likely twin is refused unless the editor confirmed it is another. */
export async function createOrganization(input: OrganizationCreate, actor: Actor) {
  await references(input);
  const data = columns(input);
  const aliases = aliasRows(input);
  const members = memberCodes(input);
  const id = newRecordId(data.name);
  await prisma.$transaction(async (tx) => {
    // Checked in the transaction: two editors creating the same organization at once cannot both pass.
    const twin = input.notDuplicate ? null : await sameOrganization(tx, names(input));
    if (twin) throw duplicateError("organization", twin);
    await tx.organization.create({
      data: {
        id,
        ...data,
        aliases: { create: aliases },
        members: { create: members.map((countryCode) => ({ countryCode })) },
      },
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "organization",
        entityId: id,
        after: { ...data, members, aliases },
      }),
    });
  });
  return { id };
}

/** Saves an edit made on the version the editor saw; a stale one is refused, nothing written. */
export async function updateOrganization(input: OrganizationUpdate, actor: Actor) {
  const old = await prisma.organization.findUnique({
    where: { id: input.id },
    include: {
      aliases: { orderBy: { alias: "asc" } },
      members: { select: { countryCode: true }, orderBy: { countryCode: "asc" } },
    },
  });
  if (!old) throw new AppError("not_found", "There is no organization with this id.", "id");
  if (old.version !== input.version) throw conflictError("organization", { version: old.version });
  await references(input);
  const data = columns(input);
  const aliases = aliasRows(input);
  const members = memberCodes(input);
  const saved = await prisma.$transaction(async (tx) => {
    await assertNoCycle(tx, "organization", input.id, input.parentId);
    const twin = input.notDuplicate ? null : await sameOrganization(tx, names(input), input.id);
    if (twin) throw duplicateError("organization", twin);
    const claimed = await tx.organization.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (claimed.count === 0) return false;
    await tx.organizationAlias.deleteMany({ where: { organizationId: input.id } });
    await tx.organizationAlias.createMany({ data: aliases.map((a) => ({ ...a, organizationId: input.id })) });
    // Commitment sides and document parties carry their organization's country (for the filters
    // by country): a corrected country moves with it, and a body that is no longer national has none.
    if (old.countryCode !== data.countryCode && old.countryCode !== null) {
      const moved = {
        where: { organizationId: input.id, countryCode: old.countryCode },
        data: { countryCode: data.countryCode },
      };
      await tx.commitmentSide.updateMany(moved);
      await tx.documentParty.updateMany(moved);
    }
    await tx.organizationMember.deleteMany({ where: { organizationId: input.id } });
    await tx.organizationMember.createMany({
      data: members.map((countryCode) => ({ organizationId: input.id, countryCode })),
    });
    const {
      id: _id,
      version: _v,
      createdAt: _c,
      updatedAt: _u,
      aliases: oldAliases,
      members: oldMembers,
      ...before
    } = old;
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "organization",
        entityId: input.id,
        before: {
          ...before,
          members: oldMembers.map((m) => m.countryCode),
          aliases: oldAliases.map(({ alias, language, note }) => ({ alias, language, note })),
        },
        after: { ...data, members, aliases },
      }),
    });
    return true;
  });
  if (!saved) throw conflictError("organization");
  return { id: input.id, version: input.version + 1 };
}
