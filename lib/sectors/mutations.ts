import "server-only";
import { auditData, auditedBy } from "../audit/entry";
import type { Actor } from "../auth/roles";
import { prisma, type PrismaClient } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AppError, conflictError } from "../errors/codes";
import { moveSectorRows, reindexCommitments } from "./filing-sql";
import type { SectorCreate, SectorMerge, SectorUpdate } from "./schema";

// Every write takes the client (the app's by default) so that tests can run it on a file of
// their own; each runs in one transaction with its audit entries. The search documents of the
// commitments concerned, which hold their sectors' names, are rebuilt after it commits, a chunk
// at a time (filing-sql.ts): a sector can file 15,000 commitments, and one long transaction
// would hold the app's one connection for seconds. Meanwhile, search may still find some of
// them by the old names.

type Tx = Prisma.TransactionClient;
type Names = { name: string; nameFr?: string | undefined };

const columns = (input: { name: string; nameFr?: string; dacCode?: string }) => ({
  name: input.name,
  nameFr: input.nameFr ?? null,
  dacCode: input.dacCode ?? null,
});

/**
 * Names compared as a reader would: case, accents, signs, spacing and "and" aside ("Trade &
 * Customs" is "trade and customs", "Eau & assainissement" is "eau et assainissement").
 */
const nameKey = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && word !== "and" && word !== "et")
    .join(" ");

/**
 * Two sectors with one name would split the same commitments between them: refused, in the
 * transaction so that two admins cannot both pass. About fifty rows, read whole.
 */
async function assertNamesFree(tx: Tx, input: Names, except?: string) {
  const others = await tx.sector.findMany({
    where: except ? { code: { not: except } } : {},
    select: { code: true, name: true, nameFr: true },
  });
  const twin = others.find((o) => nameKey(o.name) === nameKey(input.name));
  if (twin) throw new AppError("duplicate", `The sector ${twin.name} (${twin.code}) has this name already.`, "name");
  const frenchTwin = input.nameFr ? others.find((o) => o.nameFr && nameKey(o.nameFr) === nameKey(input.nameFr!)) : null;
  if (frenchTwin)
    throw new AppError(
      "duplicate",
      `The sector ${frenchTwin.name} (${frenchTwin.code}) has this French name already.`,
      "nameFr",
    );
}

/** A new sector; its code is permanent, so a taken one is refused rather than reused. */
export async function createSector(input: SectorCreate, actor: Actor, db: PrismaClient = prisma) {
  const data = { code: input.code, ...columns(input) };
  await db.$transaction(async (tx) => {
    const taken = await tx.sector.findUnique({ where: { code: input.code }, select: { name: true } });
    if (taken) throw new AppError("duplicate", `The code ${input.code} belongs to the sector ${taken.name}.`, "code");
    await assertNamesFree(tx, input);
    await tx.sector.create({ data });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "create",
        entityType: "sector",
        entityId: input.code,
        after: data,
      }),
    });
  });
  return data;
}

/**
 * Renames a sector (its names and DAC code; never its code), refused when it changed since the
 * admin opened the form. Its commitments' search documents are rebuilt with the new names.
 */
export async function updateSector(input: SectorUpdate, actor: Actor, db: PrismaClient = prisma) {
  const data = columns(input);
  const renamed = await db.$transaction(async (tx) => {
    const old = await tx.sector.findUnique({
      where: { code: input.code },
      select: { name: true, nameFr: true, dacCode: true },
    });
    if (!old)
      throw new AppError(
        "not_found",
        "There is no sector with this code: it may have been merged into another.",
        "code",
      );
    const { previous } = input;
    if (old.name !== previous.name || old.nameFr !== previous.nameFr || old.dacCode !== previous.dacCode)
      throw conflictError("sector", old);
    await assertNamesFree(tx, input, input.code);
    if (old.name === data.name && old.nameFr === data.nameFr && old.dacCode === data.dacCode) return false;
    await tx.sector.update({ where: { code: input.code }, data });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "update",
        entityType: "sector",
        entityId: input.code,
        before: old,
        after: data,
      }),
    });
    return old.name !== data.name || old.nameFr !== data.nameFr;
  });
  if (renamed) {
    const filed = await db.commitmentSector.findMany({
      where: { sectorCode: input.code },
      select: { commitmentId: true },
    });
    await reindexCommitments(
      db,
      filed.map((r) => r.commitmentId),
    );
  }
  return { code: input.code, ...data };
}

// At 100,000 commitments, merging two sectors of 15,000 each takes seconds: beyond Prisma's
// default 5 s an interactive transaction is rolled back.
const MERGE_TRANSACTION = { timeout: 60_000 };

/**
 * Merges `from` into `into`: every commitment filed under `from` is filed under `into` instead
 * (one filed under both keeps its one `into` row), then `from` is deleted. Both sectors' audit
 * histories say so, `from`'s with the ids of the commitments it held, so the merge can be undone
 * by hand.
 */
export async function mergeSectors(input: SectorMerge, actor: Actor, db: PrismaClient = prisma) {
  const { result, movedIds } = await db.$transaction(async (tx) => {
    const select = { code: true, name: true, nameFr: true, dacCode: true } as const;
    const [from, into] = await Promise.all([
      tx.sector.findUnique({ where: { code: input.from }, select }),
      tx.sector.findUnique({ where: { code: input.into }, select }),
    ]);
    if (!from)
      throw new AppError("not_found", "There is no sector with this code: it may have been merged already.", "from");
    if (!into)
      throw new AppError("not_found", "There is no sector with this code: it may have been merged already.", "into");
    // Which of from's commitments already have `into`: they keep that row and lose from's.
    const [held, both] = await Promise.all([
      tx.commitmentSector.findMany({
        where: { sectorCode: from.code },
        select: { commitmentId: true },
        orderBy: { commitmentId: "asc" },
      }),
      tx.commitmentSector.findMany({
        where: { sectorCode: into.code, commitment: { sectors: { some: { sectorCode: from.code } } } },
        select: { commitmentId: true },
      }),
    ]);
    const already = new Set(both.map((r) => r.commitmentId));
    const commitments = held.map((r) => r.commitmentId);
    const movedIds = commitments.filter((id) => !already.has(id));
    await moveSectorRows(tx, from.code, into.code);
    await tx.commitmentSector.deleteMany({ where: { sectorCode: from.code } });
    await tx.sector.delete({ where: { code: from.code } });
    const report = { moved: movedIds.length, alreadyFiled: already.size };
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "merge",
        entityType: "sector",
        entityId: from.code,
        before: { ...from, commitments },
        after: { mergedInto: into.code, ...report },
      }),
    });
    await tx.auditEntry.create({
      data: auditData({
        ...auditedBy(actor),
        action: "merge",
        entityType: "sector",
        entityId: into.code,
        before: into,
        after: { absorbed: from.code, ...report, commitments: movedIds },
      }),
    });
    return { result: { from: from.code, into: into.code, ...report }, movedIds };
  }, MERGE_TRANSACTION);
  // The moved rows were updated, which no search trigger watches: their documents still hold
  // from's names. Those filed under both were rebuilt by the delete trigger.
  await reindexCommitments(db, movedIds);
  return result;
}
