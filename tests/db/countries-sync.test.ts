import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG_CODES } from "@/lib/countries/catalog";
import { syncCountries } from "@/lib/countries/sync";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { freshDatabase } from "../helpers/server";

// What `npm start` and the seed loader do to the Country table, on a real migrated file.
describe("syncing the Country table with the catalog", () => {
  let prisma: PrismaClient;
  const dataset = [{ code: "VN", name: "Vietnam", nameFr: "Viêt Nam" }];
  beforeAll(() => {
    prisma = createPrismaClient(freshDatabase("countries-sync"));
  });
  afterAll(() => prisma.$disconnect());

  it("adds every catalog country to an empty table, the dataset's names first, with an audit row each", async () => {
    expect(await syncCountries(prisma, dataset)).toEqual({ created: CATALOG_CODES.length, updated: 0 });
    expect(await prisma.country.count()).toBe(CATALOG_CODES.length);
    expect(await prisma.country.findUnique({ where: { code: "VN" } })).toMatchObject({ nameFr: "Viêt Nam" });
    expect(await prisma.country.findUnique({ where: { code: "SN" } })).toMatchObject({
      name: "Senegal",
      nameFr: "Sénégal",
    });
    expect(await prisma.auditEntry.count({ where: { entityType: "country", action: "seed" } })).toBe(
      CATALOG_CODES.length,
    );
  });

  it("writes nothing when in sync", async () => {
    const audits = await prisma.auditEntry.count();
    expect(await syncCountries(prisma, dataset)).toEqual({ created: 0, updated: 0 });
    expect(await prisma.auditEntry.count()).toBe(audits);
  });

  it("puts back a name that drifted from the catalog, saying what it was, and leaves other countries alone", async () => {
    await prisma.country.update({ where: { code: "SN" }, data: { name: "Senegal (old)" } });
    await prisma.country.create({ data: { code: "XX", name: "A country of a test" } });
    expect(await syncCountries(prisma, dataset)).toEqual({ created: 0, updated: 1 });
    expect((await prisma.country.findUnique({ where: { code: "SN" } }))?.name).toBe("Senegal");
    expect((await prisma.country.findUnique({ where: { code: "XX" } }))?.name).toBe("A country of a test");
    const audit = await prisma.auditEntry.findFirst({ where: { entityType: "country", action: "update" } });
    expect(JSON.parse(audit!.before!)).toMatchObject({ code: "SN", name: "Senegal (old)" });
    expect(JSON.parse(audit!.after!)).toMatchObject({ code: "SN", name: "Senegal" });
  });
});
