import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";

// The seed's organizations through API v1: the national ones read as before bodies existed, the
// default international bodies (prisma/seed/bodies.json) with their names, scope and members,
// the country and scope filters, and the search the forms' pickers use.

type Country = { code: string; name: string };
type Organization = {
  id: string;
  name: string;
  nameEn: string | null;
  nameFr: string | null;
  kind: string;
  scope: string;
  country: string | null;
  members: Country[];
  parent: { id: string; name: string } | null;
  aliases: { alias: string; language: string | null }[];
};
type ListBody = { data: Organization[]; total: number };

const ASEAN = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL", "VN"];

const ids = async (query: string) => {
  const { status, body } = await getJson<ListBody>(`/api/v1/organizations?pageSize=200&${query}`);
  expect(status, query).toBe(200);
  return body.data.map((o) => o.id);
};

describe("national organizations", () => {
  it("read as before, with their scope, English name and no members", async () => {
    const { body } = await getJson<Organization>("/api/v1/organizations/kh-moi");
    expect(body).toMatchObject({ scope: "national", country: "KH", members: [], parent: { id: "kh-government" } });
    expect(body.nameEn).toBe(body.name);
    expect(body.nameFr).toMatch(/^Ministère/);
  });
});

describe("international bodies", () => {
  it("have no country, names in both languages and their abbreviations as aliases", async () => {
    const { status, body } = await getJson<Organization>("/api/v1/organizations/african-union");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      name: "African Union",
      nameEn: "African Union",
      nameFr: "Union africaine",
      scope: "international",
      country: null,
      members: [],
    });
    expect(body.aliases.map((a) => [a.alias, a.language])).toEqual(
      expect.arrayContaining([
        ["AU", "en"],
        ["UA", "fr"],
      ]),
    );
  });

  it("list their member countries by name when the list has them", async () => {
    const { body } = await getJson<Organization>("/api/v1/organizations/asean");
    const codes = body.members.map((m) => m.code);
    // Every ISO country is in the database once the catalog is synced; the seed's two at least.
    expect(codes).toEqual(expect.arrayContaining(["KH", "VN"]));
    expect(codes.every((c) => ASEAN.includes(c))).toBe(true);
    expect(body.members.find((m) => m.code === "KH")?.name).toBe("Cambodia");
    const names = body.members.map((m) => m.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : 1)));
  });

  it("keep the UN's agencies under the UN", async () => {
    const { body } = await getJson<Organization>("/api/v1/organizations/unesco");
    expect(body.parent).toEqual({ id: "united-nations", name: "United Nations" });
    expect(body.kind).toBe("un_agency");
  });
});

describe("the organizations list", () => {
  it("finds a country's own organizations and the bodies it is a member of", async () => {
    const cambodian = await ids("country=KH");
    expect(cambodian).toEqual(expect.arrayContaining(["kh-moi", "kh-government", "asean", "mekong-river-commission"]));
    expect(cambodian).not.toContain("viettel");
    expect(cambodian).not.toContain("united-nations");
  });

  it("filters by scope", async () => {
    const international = await ids("scope=international");
    expect(international).toEqual(expect.arrayContaining(["asean", "world-bank", "undp"]));
    expect(international).not.toContain("kh-moi");
    const national = await ids("scope=national&country=KH");
    expect(national).toContain("kh-moi");
    expect(national).not.toContain("asean");
    expect(await ids("scope=bilateral")).toEqual([]);
  });

  it("refuses a scope that is not one of the three", async () => {
    const { status, body } = await getJson<{ error: { field: string } }>("/api/v1/organizations?scope=regional");
    expect(status).toBe(400);
    expect(body.error.field).toBe("scope");
  });

  it("finds a body by its French name or an abbreviation in either language", async () => {
    expect(await ids("q=Union africaine")).toEqual(["african-union"]);
    expect(await ids("q=ONU")).toEqual(["united-nations"]);
    expect(await ids("q=PNUD")).toEqual(["undp"]);
  });
});

describe("the pickers' search", () => {
  type Search = { groups: { type: string; hits: { id: string; title: { text: string } }[] }[] };
  const hits = async (q: string) => {
    const { body } = await getJson<Search>(`/api/v1/search?type=organization&limit=8&q=${encodeURIComponent(q)}`);
    return body.groups.flatMap((g) => g.hits.map((h) => h.id));
  };

  it("finds international bodies by name or alias, whatever country a form is about", async () => {
    expect(await hits("ASEAN")).toContain("asean");
    expect(await hits("Union afri")).toContain("african-union");
    expect(await hits("Banque mondiale")).toContain("world-bank");
    expect((await hits("Mekong River"))[0]).toBe("mekong-river-commission");
  });
});
