import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  dacCodeSchema,
  sectorCodeFrom,
  sectorCodeSchema,
  sectorCreateSchema,
  sectorMergeSchema,
  sectorUpdateSchema,
} from "@/lib/sectors/schema";
import { planSectorSeed, type StoredSector } from "@/lib/sectors/seed-plan";
import { defaultSectorsSchema } from "@/lib/seed/schema";

const defaults = defaultSectorsSchema.parse(
  JSON.parse(readFileSync(path.join(process.cwd(), "prisma", "seed", "sectors.json"), "utf8")),
);

describe("a sector's code and DAC code", () => {
  it("takes a code in lower case with underscores, digits after the first letter", () => {
    for (const code of ["energy", "trade_customs", "g20_summits"])
      expect(sectorCodeSchema.safeParse(code).success).toBe(true);
    for (const code of ["Energy", "trade-customs", "5g", "e", "énergie", "a b"])
      expect(sectorCodeSchema.safeParse(code).success, code).toBe(false);
  });

  it("takes a 3-digit DAC sector or a 5-digit purpose code, nothing else", () => {
    for (const code of ["230", "23110", " 410 "]) expect(dacCodeSchema.safeParse(code).success, code).toBe(true);
    for (const code of ["23", "2311", "231100", "23a", "II.3"])
      expect(dacCodeSchema.safeParse(code).success, code).toBe(false);
  });

  it("derives a code from the English name, accents and signs folded", () => {
    expect(sectorCodeFrom("Trade & customs")).toBe("trade_and_customs");
    expect(sectorCodeFrom("  Énergie  renouvelable ")).toBe("energie_renouvelable");
    expect(sectorCodeFrom("People-to-people exchanges")).toBe("people_to_people_exchanges");
    expect(sectorCodeFrom("5G networks")).toBe("g_networks");
    expect(sectorCodeFrom("x".repeat(60))).toHaveLength(40);
    // What it derives is a code the schema takes.
    for (const name of ["Trade & customs", "Sécurité et défense", "Water (and) sanitation!"])
      expect(sectorCodeSchema.safeParse(sectorCodeFrom(name)).success, name).toBe(true);
  });
});

describe("the forms' schemas", () => {
  it("needs an English name; the French name and the DAC code are optional", () => {
    expect(sectorCreateSchema.safeParse({ code: "energy", name: "Energy" }).success).toBe(true);
    const noName = sectorCreateSchema.safeParse({ code: "energy", name: " ", nameFr: "Énergie" });
    expect(noName.error?.issues.map((i) => i.path.join("."))).toEqual(["name"]);
    const badDac = sectorCreateSchema.safeParse({ code: "energy", name: "Energy", dacCode: "23-1" });
    expect(badDac.error?.issues.map((i) => i.path.join("."))).toEqual(["dacCode"]);
    expect(sectorCreateSchema.safeParse({ code: "energy", name: "Energy", colour: "red" }).success).toBe(false);
  });

  it("makes a rename say what the admin saw", () => {
    const rename = { code: "energy", name: "Energy and power" };
    expect(sectorUpdateSchema.safeParse(rename).success).toBe(false);
    expect(
      sectorUpdateSchema.safeParse({ ...rename, previous: { name: "Energy", nameFr: null, dacCode: "230" } }).success,
    ).toBe(true);
  });

  it("refuses a merge into the same sector, and one not confirmed", () => {
    const same = sectorMergeSchema.safeParse({ from: "training", into: "training", confirm: true });
    expect(same.error?.issues.map((i) => i.path.join("."))).toEqual(["into"]);
    const unconfirmed = sectorMergeSchema.safeParse({ from: "training", into: "education", confirm: false });
    expect(unconfirmed.error?.issues.map((i) => i.path.join("."))).toEqual(["confirm"]);
    expect(sectorMergeSchema.safeParse({ from: "training", into: "education", confirm: true }).success).toBe(true);
  });
});

describe("the default sectors shipped with the dataset", () => {
  it("keep the codes of the first ten, which the data refers to", () => {
    const codes = defaults.map((s) => s.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        "cybersecurity",
        "media_broadcasting",
        "oda",
        "telecommunications",
        "training",
        "e_government",
        "smart_city",
        "infrastructure",
        "information_technology",
        "investment",
      ]),
    );
  });

  it("cover the usual areas of bilateral cooperation, each in English and French", () => {
    const names = defaults.map((s) => s.name.toLowerCase());
    for (const area of [
      "energy",
      "trade and customs",
      "agriculture",
      "transport",
      "security and defence",
      "health",
      "education",
      "culture",
      "tourism",
      "environment",
      "water and sanitation",
      "fisheries",
      "humanitarian aid",
      "sport",
      "youth",
    ])
      expect(names, area).toContain(area);
    expect(defaults.length).toBeGreaterThanOrEqual(40);
    for (const s of defaults) expect(s.nameFr, s.code).toBeTruthy();
  });

  it("give the DAC sector of the areas the OECD classifies", () => {
    const dac = Object.fromEntries(defaults.map((s) => [s.code, s.dacCode]));
    expect(dac).toMatchObject({
      education: "110",
      health: "120",
      transport: "210",
      energy: "230",
      agriculture: "311",
      trade_customs: "331",
      tourism: "332",
      environment: "410",
      telecommunications: "22020",
    });
    // Not every area has one: official development assistance is a kind of flow, not a sector.
    expect(dac.oda).toBeUndefined();
  });

  it("are refused with the entry named when two share a code or a name", () => {
    const twice = [...defaults, { ...defaults[3]!, name: "Another name" }];
    const result = defaultSectorsSchema.safeParse(twice);
    expect(result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      `${defaults.length}.code: Another sector has this code`,
    ]);
  });
});

describe("loading the default sectors", () => {
  const list = [
    { code: "energy", name: "Energy", nameFr: "Énergie", dacCode: "230" },
    { code: "health", name: "Health", nameFr: "Santé", dacCode: "120" },
    { code: "sport", name: "Sport", nameFr: "Sport", dacCode: "16065" },
  ];
  const row = (code: string, name: string, nameFr: string | null, dacCode: string | null): StoredSector => ({
    code,
    name,
    nameFr,
    dacCode,
  });

  it("creates the missing ones on a fresh database", () => {
    const plan = planSectorSeed(list, [], new Set());
    expect(plan.create.map((s) => s.code)).toEqual(["energy", "health", "sport"]);
    expect(plan.update).toEqual([]);
  });

  it("brings a sector only the seed wrote to the list's names and DAC code", () => {
    const plan = planSectorSeed(
      list,
      [row("energy", "Energy", "Energie", null), row("health", "Health", "Santé", "120")],
      new Set(),
    );
    expect(plan.update).toEqual([
      { before: row("energy", "Energy", "Energie", null), after: row("energy", "Energy", "Énergie", "230") },
    ]);
    expect(plan.create.map((s) => s.code)).toEqual(["sport"]);
  });

  it("leaves an admin's sectors alone, and does not bring back one merged away", () => {
    const current = [row("energy", "Energy and power", null, null)];
    // energy was renamed by an admin; sport was merged into another sector, so it is gone.
    const plan = planSectorSeed(list, current, new Set(["energy", "sport"]));
    expect(plan.update).toEqual([]);
    expect(plan.create.map((s) => s.code)).toEqual(["health"]);
  });
});
