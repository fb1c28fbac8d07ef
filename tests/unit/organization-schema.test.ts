import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { nameColumns, storedNames } from "@/lib/organizations/names";
import {
  organizationCreateSchema,
  organizationFilterSchema,
  organizationInputSchema,
  organizationUpdateSchema,
} from "@/lib/organizations/schema";
import { bodiesSchema } from "@/lib/seed/schema";

const base = { kind: "joint_committee", nameEn: "Mixed Commission on Trade" };

/** The fields the schema refuses, as "path: message". */
function refusals(input: unknown, schema = organizationInputSchema) {
  const parsed = schema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("an organization's scope", () => {
  it("reads a body without scope as a national organization, as every client sent before", () => {
    const parsed = organizationInputSchema.parse({ name: "Ministry of Planning", kind: "ministry", countryCode: "kh" });
    expect(parsed).toMatchObject({ scope: "national", countryCode: "KH", members: [], name: "Ministry of Planning" });
  });

  it("needs one country for a national organization, and no members", () => {
    expect(refusals({ ...base, kind: "ministry" })).toEqual([
      "countryCode: Choose the country this organization belongs to",
    ]);
    expect(refusals({ ...base, scope: "national", countryCode: "VN", members: ["KH"] })).toEqual([
      "members: A national organization has no member countries: make it international or bilateral",
    ]);
  });

  it("takes any number of distinct members for an international body, and no single country", () => {
    expect(refusals({ ...base, scope: "international" })).toEqual([]);
    expect(refusals({ ...base, scope: "international", members: ["KH", "LA", "TH", "VN"] })).toEqual([]);
    expect(refusals({ ...base, scope: "international", countryCode: "VN" })).toEqual([
      "countryCode: An international body belongs to no single country: list its member countries instead",
    ]);
    expect(refusals({ ...base, scope: "international", members: ["KH", "VN", "KH"] })).toEqual([
      "members.2: This country is already a member",
    ]);
  });

  it("needs exactly two different countries for a bilateral body", () => {
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", "KH"] })).toEqual([]);
    const two = "members: A bilateral body has exactly two countries: choose two different ones";
    expect(refusals({ ...base, scope: "bilateral", members: ["VN"] })).toEqual([two]);
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", "KH", "LA"] })).toEqual([two]);
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", "VN"] })).toEqual([
      "members.1: This country is already a member",
      two,
    ]);
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", "KH"], countryCode: "VN" })).toEqual([
      "countryCode: A bilateral body belongs to both its countries: give them as its two members",
    ]);
  });

  it("says a blank member row is a country not chosen yet, and refuses a code that is not one", () => {
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", ""] })).toEqual(["members.1: Choose a country"]);
    // Two blank rows: each says so, without a third message about the pair.
    expect(refusals({ ...base, scope: "bilateral", members: ["", ""] })).toEqual([
      "members.0: Choose a country",
      "members.1: Choose a country",
    ]);
    expect(refusals({ ...base, scope: "bilateral", members: ["VN", "Cambodia"] })).toEqual([
      "members.1: Use an ISO 3166-1 alpha-2 country code such as VN or KH",
    ]);
  });

  it("applies the same rules to the create and update forms", () => {
    const bilateral = { ...base, scope: "bilateral", members: ["VN"] };
    expect(refusals(bilateral, organizationCreateSchema)).toHaveLength(1);
    expect(refusals({ ...bilateral, id: "mixed-commission", version: 1 }, organizationUpdateSchema)).toHaveLength(1);
    expect(refusals({ ...bilateral, members: ["VN", "KH"], unknown: 1 }, organizationCreateSchema)).toEqual([
      ': Unrecognized key: "unknown"',
    ]);
  });

  it("filters by scope, a comma list of the three", () => {
    expect(organizationFilterSchema.parse({ scope: "international,bilateral" }).scope).toEqual([
      "international",
      "bilateral",
    ]);
    expect(organizationFilterSchema.safeParse({ scope: "regional" }).success).toBe(false);
  });
});

describe("an organization's names", () => {
  it("needs a name in English or in French, said beside the English name", () => {
    expect(refusals({ kind: "ministry", countryCode: "VN" })).toEqual(["nameEn: Give a name in English or in French"]);
    expect(refusals({ kind: "ministry", countryCode: "VN", nameEn: "   " })).toEqual([
      "nameEn: Give a name in English or in French",
    ]);
  });

  it("shows the English name, or the French one when there is no English", () => {
    const french = organizationInputSchema.parse({ kind: "agency", countryCode: "SN", nameFr: "Agence de l'eau" });
    expect(nameColumns(french)).toEqual({ name: "Agence de l'eau", nameEn: null, nameFr: "Agence de l'eau" });
    const both = organizationInputSchema.parse({ ...base, scope: "international", nameFr: "Commission mixte" });
    expect(nameColumns(both)).toEqual({
      name: "Mixed Commission on Trade",
      nameEn: "Mixed Commission on Trade",
      nameFr: "Commission mixte",
    });
    // `name`, the only field before French names, is the English name.
    expect(nameColumns({ name: "Viettel Group" })).toMatchObject({ name: "Viettel Group", nameEn: "Viettel Group" });
  });

  it("reads a stored French-only name as French, not English", () => {
    expect(storedNames({ name: "Agence de l'eau", nameEn: null, nameFr: "Agence de l'eau" })).toEqual({
      en: null,
      fr: "Agence de l'eau",
    });
  });
});

describe("the default list of international bodies", () => {
  const file = path.join(process.cwd(), "prisma", "seed", "bodies.json");
  const { organizations } = bodiesSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  const byId = new Map(organizations.map((o) => [o.id, o]));

  it("names every body in English and French, with its abbreviations as aliases", () => {
    for (const o of organizations) {
      expect(o.nameEn, o.id).toBeTruthy();
      expect(o.nameFr, o.id).toBeTruthy();
      expect(o.scope, o.id).toBe("international");
    }
    const aliases = (id: string) => byId.get(id)?.aliases.map((a) => a.alias);
    expect(aliases("african-union")).toEqual(expect.arrayContaining(["AU", "UA"]));
    expect(aliases("asean")).toContain("ASEAN");
    expect(aliases("european-union")).toEqual(expect.arrayContaining(["EU", "UE"]));
  });

  it("has the usual bodies, the UN agencies under the UN", () => {
    for (const id of ["asean", "european-union", "african-union", "united-nations", "world-bank", "imf", "adb"])
      expect(byId.has(id), id).toBe(true);
    for (const id of ["undp", "unesco", "unicef", "who", "fao"])
      expect(byId.get(id)?.parentId, id).toBe("united-nations");
  });

  it("lists members only where they are few and certain: ASEAN's, the Mekong River Commission's", () => {
    expect(byId.get("asean")?.members).toHaveLength(11);
    expect(byId.get("asean")?.members).toEqual(expect.arrayContaining(["VN", "KH", "LA", "TL"]));
    expect([...(byId.get("mekong-river-commission")?.members ?? [])].sort()).toEqual(["KH", "LA", "TH", "VN"]);
    expect(byId.get("united-nations")?.members).toEqual([]);
  });
});
