import { describe, expect, it } from "vitest";
import {
  CATALOG_CODES,
  catalogCountries,
  catalogLanguages,
  countryNameIn,
  findCountry,
  isCatalogCode,
  searchCatalog,
} from "@/lib/countries/catalog";
import { exactCountry, matchCountries, matchKey, type CountryOption } from "@/lib/countries/match";
import { countryJumpPath, parseCountryPath } from "@/lib/countries/pair";
import { countryChanges, desiredCountries } from "@/lib/countries/sync";

const codes = (options: readonly CountryOption[]) => options.map((o) => o.code);

describe("the country catalog", () => {
  it("holds every ISO 3166-1 country, each with an English and a French name", () => {
    const all = catalogCountries();
    expect(all.length).toBeGreaterThanOrEqual(249);
    expect(new Set(all.map((c) => c.code)).size).toBe(all.length);
    for (const c of all) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.length, c.code).toBeGreaterThan(1);
      expect(c.nameFr.length, c.code).toBeGreaterThan(1);
    }
    expect(CATALOG_CODES).toEqual(expect.arrayContaining(["FR", "SN", "VN", "KH", "BR", "ZA", "NZ"]));
  });

  it("names countries in French, and in the package's other languages on request", () => {
    expect(countryNameIn("KH", "fr")).toBe("Cambodge");
    expect(countryNameIn("DE", "fr")).toBe("Allemagne");
    expect(countryNameIn("SN", "en")).toBe("Senegal");
    expect(countryNameIn("DE", "de")).toBe("Deutschland");
    expect(countryNameIn("JP", "es")).toBe("Japón");
    expect(catalogLanguages()).toEqual(expect.arrayContaining(["en", "fr", "vi", "km"]));
    expect(countryNameIn("QQ", "en")).toBeUndefined();
    expect(countryNameIn("FR", "xx")).toBeUndefined();
  });

  it("knows a code only in upper case and only when ISO assigned it", () => {
    expect(isCatalogCode("SN")).toBe(true);
    expect(isCatalogCode("sn")).toBe(false);
    expect(isCatalogCode("QQ")).toBe(false);
    expect(isCatalogCode("SEN")).toBe(false);
  });

  it("finds a country by its code, its alpha-3 code or a whole name in either language", () => {
    expect(findCountry("KH")?.code).toBe("KH");
    expect(findCountry("khm")?.code).toBe("KH");
    expect(findCountry("Cambodia")?.code).toBe("KH");
    expect(findCountry("cambodge")?.code).toBe("KH");
    expect(findCountry("Allemagne")?.code).toBe("DE");
    expect(findCountry("Ivory Coast")?.code).toBe("CI");
    expect(findCountry("Russia")?.code).toBe("RU");
    expect(findCountry("Atlantis")).toBeUndefined();
  });

  it("folds accents, case, apostrophes, hyphens and spaces", () => {
    expect(matchKey("Côte-d’Ivoire")).toBe("cote d ivoire");
    expect(findCountry("cote d'ivoire")?.code).toBe("CI");
    expect(findCountry("COTE D IVOIRE")?.code).toBe("CI");
    expect(findCountry("Sénégal")?.code).toBe("SN");
    expect(findCountry("senegal")?.code).toBe("SN");
    expect(findCountry("Etats-Unis d'Amerique")?.code).toBe("US");
    expect(findCountry("Viet Nam")?.code).toBe("VN");
    expect(findCountry("Pérou")?.code).toBe("PE");
  });

  it("refuses to guess between two countries of one name", () => {
    // Both Congos are called "Congo" for short.
    expect(findCountry("Congo")).toBeUndefined();
    expect(codes(searchCatalog("congo"))).toEqual(expect.arrayContaining(["CG", "CD"]));
  });

  it("ranks the code first, then a name's start, then a word's start, then the middle", () => {
    expect(codes(searchCatalog("kh", 1))).toEqual(["KH"]);
    expect(codes(searchCatalog("camb"))).toEqual(["KH"]);
    expect(codes(searchCatalog("allem"))).toEqual(["DE"]);
    const guinea = codes(searchCatalog("guinee"));
    expect(guinea).toEqual(expect.arrayContaining(["GN", "GQ", "GW", "PG"]));
    // "Nouvelle-Guinée" (Papua New Guinea) has the word further in: after the names that start with it.
    expect(guinea.indexOf("PG")).toBeGreaterThan(guinea.indexOf("GN"));
  });
});

describe("matching a list of options", () => {
  const options: CountryOption[] = [
    { code: "VN", name: "Vietnam", nameFr: "Viêt Nam", aliases: ["VNM"] },
    { code: "KH", name: "Cambodia", nameFr: "Cambodge", aliases: ["KHM", "Kampuchea"] },
    { code: "LA", name: "Laos", nameFr: null },
  ];

  it("keeps every option, in order, when nothing is typed", () => {
    expect(codes(matchCountries(options, "  "))).toEqual(["VN", "KH", "LA"]);
    expect(codes(matchCountries(options, "", 2))).toEqual(["VN", "KH"]);
  });

  it("matches a stored French name with its accents left out, and an alias", () => {
    expect(codes(matchCountries(options, "viet"))).toEqual(["VN"]);
    expect(codes(matchCountries(options, "kampu"))).toEqual(["KH"]);
    expect(exactCountry(options, "viet nam")?.code).toBe("VN");
    expect(exactCountry(options, "vie")).toBeUndefined();
  });
});

describe("the country table's sync", () => {
  it("takes the catalog's names unless the dataset gives its own", () => {
    const desired = desiredCountries([{ code: "VN", name: "Vietnam", nameFr: "Viêt Nam" }]);
    expect(desired.find((c) => c.code === "VN")).toEqual({ code: "VN", name: "Vietnam", nameFr: "Viêt Nam" });
    expect(desired.find((c) => c.code === "SN")).toEqual({ code: "SN", name: "Senegal", nameFr: "Sénégal" });
    expect(desired.length).toBe(catalogCountries().length);
  });

  it("writes only what is missing or renamed, and nothing a second time", () => {
    const desired = desiredCountries();
    const existing = [
      { code: "FR", name: "France", nameFr: "France" },
      { code: "SN", name: "Old name", nameFr: "Sénégal" },
      { code: "ZZ", name: "Not a catalog country", nameFr: null },
    ];
    const changes = countryChanges(existing, desired);
    expect(changes.create.map((c) => c.code)).not.toContain("FR");
    expect(changes.create.length).toBe(desired.length - 2);
    expect(changes.update).toEqual([
      { before: existing[1], after: { code: "SN", name: "Senegal", nameFr: "Sénégal" } },
    ]);
    expect(countryChanges(desired, desired)).toEqual({ create: [], update: [] });
  });
});

describe("country paths", () => {
  it("reads one country or a pair, in any case", () => {
    expect(parseCountryPath("vn")).toEqual({ country: "VN" });
    expect(parseCountryPath("fr-sn")).toEqual({ pair: ["FR", "SN"] });
    expect(parseCountryPath("VN-VN")).toBeNull();
    expect(parseCountryPath("VNKH")).toBeNull();
  });

  it("turns the open-a-country form into its page", () => {
    expect(countryJumpPath({ a: "fr", b: "SN" })).toBe("/countries/FR-SN");
    expect(countryJumpPath({ a: "FR", b: "" })).toBe("/countries/FR");
    expect(countryJumpPath({ a: "FR", b: "FR" })).toBe("/countries/FR");
    expect(countryJumpPath({ a: "", b: "SN" })).toBeNull();
    expect(countryJumpPath({})).toBeNull();
  });
});
