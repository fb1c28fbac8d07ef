import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/roles";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { AppError } from "@/lib/errors/codes";
import { createSector, mergeSectors, updateSector } from "@/lib/sectors/mutations";
import { sectorCreateSchema, sectorMergeSchema, sectorUpdateSchema } from "@/lib/sectors/schema";
import { loadDataset } from "@/lib/seed/load";
import { readDataset } from "@/lib/seed/read-dataset";
import { freshDatabase } from "../helpers/server";

// The sector writes on a real migrated file: what they leave in the tables, in the audit log and
// in the search index, which holds each commitment's sector names.

const admin: Actor = { id: "admin-sectors", email: "admin@sectors.test", name: "Sector Admin", role: "admin" };

describe("creating, renaming and merging sectors", () => {
  let file: string;
  let prisma: PrismaClient;

  const create = (input: unknown) => createSector(sectorCreateSchema.parse(input), admin, prisma);
  const update = (input: unknown) => updateSector(sectorUpdateSchema.parse(input), admin, prisma);
  const merge = (from: string, into: string) =>
    mergeSectors(sectorMergeSchema.parse({ from, into, confirm: true }), admin, prisma);

  const sectorsOf = async (id: string) =>
    (await prisma.commitmentSector.findMany({ where: { commitmentId: id }, orderBy: { sectorCode: "asc" } })).map(
      (s) => s.sectorCode,
    );
  const audit = (entityId: string) =>
    prisma.auditEntry.findMany({ where: { entityType: "sector", entityId }, orderBy: [{ at: "asc" }, { id: "asc" }] });

  /** The commitments whose search document matches an FTS5 query, read as the search does. */
  function searchCommitments(query: string): string[] {
    const db = new Database(file, { readonly: true });
    try {
      return (
        db
          .prepare(
            `SELECT d."record_id" AS id FROM search_fts JOIN "search_doc" d ON d."rowid" = search_fts.rowid
             WHERE search_fts MATCH ? AND d."kind" = 'commitment' ORDER BY 1`,
          )
          .all(query) as { id: string }[]
      ).map((r) => r.id);
    } finally {
      db.close();
    }
  }

  // Titles free of sector words, so that a match can only come from a sector's name.
  async function commitment(id: string, sectors: string[]) {
    await prisma.commitment.create({
      data: {
        id,
        title: `Pledge number ${(await prisma.commitment.count()) + 1}`,
        kind: "pledge",
        status: "announced",
        sectors: { create: sectors.map((sectorCode) => ({ sectorCode })) },
      },
    });
  }

  beforeAll(async () => {
    file = freshDatabase("sectors");
    prisma = createPrismaClient(file);
    await prisma.user.create({ data: { id: admin.id, email: admin.email, name: admin.name, role: "admin" } });
    await prisma.sector.createMany({
      data: [
        { code: "training", name: "Training", nameFr: "Formation", dacCode: "11430" },
        { code: "education", name: "Education", nameFr: "Éducation", dacCode: "110" },
        { code: "health", name: "Health", nameFr: "Santé", dacCode: "120" },
      ],
    });
    await commitment("only-training", ["training"]);
    await commitment("training-and-health", ["training", "health"]);
    await commitment("training-and-education", ["training", "education"]);
    await commitment("only-education", ["education"]);
  });
  afterAll(() => prisma.$disconnect());

  it("creates a sector with its audit entry, and refuses a taken code or name", async () => {
    await create({
      code: "water_sanitation",
      name: "Water and sanitation",
      nameFr: "Eau et assainissement",
      dacCode: "140",
    });
    expect(await prisma.sector.findUnique({ where: { code: "water_sanitation" } })).toMatchObject({
      name: "Water and sanitation",
      dacCode: "140",
    });
    const [entry] = await audit("water_sanitation");
    expect(entry).toMatchObject({ action: "create", userId: admin.id });
    expect(JSON.parse(entry!.after!)).toMatchObject({ code: "water_sanitation", nameFr: "Eau et assainissement" });

    await expect(create({ code: "water_sanitation", name: "Water" })).rejects.toMatchObject({
      code: "duplicate",
      field: "code",
    });
    // Case and accents aside, a name another sector has is taken, in either language.
    await expect(create({ code: "schooling", name: "EDUCATION" })).rejects.toMatchObject({
      code: "duplicate",
      field: "name",
    });
    await expect(create({ code: "water", name: "Water & sanitation" })).rejects.toMatchObject({
      code: "duplicate",
      field: "name",
    });
    await expect(create({ code: "schooling", name: "Schooling", nameFr: "education" })).rejects.toMatchObject({
      code: "duplicate",
      field: "nameFr",
    });
    expect(await prisma.sector.findUnique({ where: { code: "schooling" } })).toBeNull();
  });

  it("renames a sector, audits it, and search finds its commitments by the new name only", async () => {
    expect(searchCommitments('"wellbeing"')).toEqual([]);
    await update({
      code: "health",
      name: "Health and wellbeing",
      nameFr: "Santé et bien-être",
      dacCode: "120",
      previous: { name: "Health", nameFr: "Santé", dacCode: "120" },
    });
    expect(await prisma.sector.findUnique({ where: { code: "health" } })).toMatchObject({
      name: "Health and wellbeing",
      nameFr: "Santé et bien-être",
    });
    expect(searchCommitments('"wellbeing"')).toEqual(["training-and-health"]);
    expect(searchCommitments('"bien"')).toEqual(["training-and-health"]);
    const entries = await audit("health");
    expect(entries.map((e) => e.action)).toEqual(["update"]);
    expect(JSON.parse(entries[0]!.before!)).toEqual({ name: "Health", nameFr: "Santé", dacCode: "120" });
    // The commitment itself did not change: an editor's open form stays valid.
    expect((await prisma.commitment.findUnique({ where: { id: "training-and-health" } }))!.version).toBe(1);
  });

  it("refuses a rename made on names that changed since, writing nothing", async () => {
    const stale = update({
      code: "health",
      name: "Public health",
      previous: { name: "Health", nameFr: "Santé", dacCode: "120" },
    });
    await expect(stale).rejects.toBeInstanceOf(AppError);
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      current: { name: "Health and wellbeing", nameFr: "Santé et bien-être", dacCode: "120" },
    });
    expect((await prisma.sector.findUnique({ where: { code: "health" } }))!.name).toBe("Health and wellbeing");
    expect(await audit("health")).toHaveLength(1);
    await expect(
      update({ code: "no_such", name: "Nothing", previous: { name: "x", nameFr: null, dacCode: null } }),
    ).rejects.toMatchObject({ code: "not_found" });
  });

  it("merges one sector into another: commitments keep their other sectors, one row where both were", async () => {
    const result = await merge("training", "education");
    expect(result).toEqual({ from: "training", into: "education", moved: 2, alreadyFiled: 1 });
    expect(await prisma.sector.findUnique({ where: { code: "training" } })).toBeNull();
    expect(await sectorsOf("only-training")).toEqual(["education"]);
    expect(await sectorsOf("training-and-health")).toEqual(["education", "health"]);
    expect(await sectorsOf("training-and-education")).toEqual(["education"]);
    expect(await sectorsOf("only-education")).toEqual(["education"]);
    expect(await prisma.commitmentSector.count({ where: { sectorCode: "education" } })).toBe(4);

    // Both histories tell the merge; the merged one names the commitments it held.
    const [gone] = await audit("training");
    expect(gone).toMatchObject({ action: "merge", userId: admin.id });
    expect(JSON.parse(gone!.before!)).toMatchObject({
      name: "Training",
      commitments: ["only-training", "training-and-education", "training-and-health"],
    });
    expect(JSON.parse(gone!.after!)).toEqual({ mergedInto: "education", moved: 2, alreadyFiled: 1 });
    const [kept] = await audit("education");
    expect(JSON.parse(kept!.after!)).toMatchObject({ absorbed: "training", moved: 2 });

    // The moved commitments are found by the sector they now have, no longer by the old one.
    expect(searchCommitments('"formation"')).toEqual([]);
    expect(searchCommitments('"education"')).toEqual([
      "only-education",
      "only-training",
      "training-and-education",
      "training-and-health",
    ]);
  });

  it("refuses to merge a sector that is gone or into one that is", async () => {
    await expect(merge("training", "health")).rejects.toMatchObject({ code: "not_found", field: "from" });
    await expect(merge("health", "training")).rejects.toMatchObject({ code: "not_found", field: "into" });
    expect(await sectorsOf("training-and-health")).toEqual(["education", "health"]);
  });
});

describe("loading the default sectors into a database that has some", () => {
  let prisma: PrismaClient;
  beforeAll(async () => {
    prisma = createPrismaClient(freshDatabase("sectors-seed"));
    await prisma.user.create({ data: { id: admin.id, email: admin.email, name: admin.name, role: "admin" } });
  });
  afterAll(() => prisma.$disconnect());

  it("refreshes what only the seed wrote, and leaves what an admin renamed or merged", async () => {
    const loaded = readDataset();
    await loadDataset(prisma, loaded);
    const all = await prisma.sector.count();
    expect(all).toBe(loaded.dataset.sectors.length);

    // A database seeded by an earlier release: no DAC code on transport, an older French name.
    await prisma.sector.update({ where: { code: "transport" }, data: { dacCode: null, nameFr: "Transport" } });
    // An admin's choices since.
    await updateSector(
      sectorUpdateSchema.parse({
        code: "energy",
        name: "Energy and power",
        nameFr: "Énergie",
        dacCode: "230",
        previous: { name: "Energy", nameFr: "Énergie", dacCode: "230" },
      }),
      admin,
      prisma,
    );
    await mergeSectors(sectorMergeSchema.parse({ from: "sport", into: "culture", confirm: true }), admin, prisma);

    const report = await loadDataset(prisma, loaded);
    expect(report.created).toEqual({ "updated sector": 1 });
    expect(await prisma.sector.findUnique({ where: { code: "transport" } })).toMatchObject({
      nameFr: "Transports",
      dacCode: "210",
    });
    expect((await prisma.sector.findUnique({ where: { code: "energy" } }))!.name).toBe("Energy and power");
    expect(await prisma.sector.findUnique({ where: { code: "sport" } })).toBeNull();
    expect(await prisma.sector.count()).toBe(all - 1);
    const [seeded] = await prisma.auditEntry.findMany({
      where: { entityType: "sector", entityId: "transport", action: "seed", before: { not: null } },
    });
    expect(JSON.parse(seeded!.before!)).toMatchObject({ nameFr: "Transport", dacCode: null });

    // Run again, it finds nothing to do.
    expect((await loadDataset(prisma, loaded)).created).toEqual({});
  });
});
