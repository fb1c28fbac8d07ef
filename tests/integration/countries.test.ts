import { beforeAll, describe, expect, inject, it } from "vitest";
import { getJson } from "../helpers/api";
import { conformanceProblems } from "../helpers/openapi";
import { callAction, login, serverActions } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { ownWriteServer } from "../helpers/write-server";

type Country = { code: string; name: string; nameFr: string | null };
type Counts = { total: number; byStatus: Record<string, number> & { agreed: number; announced: number } };
type Detail = Country & {
  counts: {
    commitments: Counts & { asGiver: Counts; asReceiver: Counts; asParty: Counts };
    events: { total: number; hosted: number; visiting: number };
    documents: number;
    organizations: number;
    memberships: number;
    people: number;
    partners: number;
  };
  partners: (Country & {
    commitments: { given: number; received: number; mutual: number };
    events: number;
    documents: number;
  })[];
};

const page = (path: string, base = inject("baseURL")) => fetch(`${base}${path}`, { redirect: "manual" });

/** A page's HTML without the comments React puts between adjacent text parts. */
const html = async (response: Response) => (await response.text()).replaceAll("<!-- -->", "");

/** The text of the element with this test id in a page's HTML. */
function testId(html: string, id: string): string | undefined {
  return new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(html)?.[1];
}

describe("GET /api/v1/countries", () => {
  it("lists every ISO country with its English and French names, the dataset's names where it gives them", async () => {
    const { status, body } = await getJson<{ data: Country[] }>("/api/v1/countries");
    expect(status).toBe(200);
    expect(body.data.length).toBeGreaterThanOrEqual(249);
    expect(body.data).toContainEqual({ code: "SN", name: "Senegal", nameFr: "Sénégal" });
    expect(body.data).toContainEqual({ code: "DE", name: "Germany", nameFr: "Allemagne" });
    // The seed dataset writes Vietnam's French name with its diacritics; the catalog does not.
    expect(body.data).toContainEqual({ code: "VN", name: "Vietnam", nameFr: "Viêt Nam" });
    const names = body.data.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("finds a country by a name in either language, accents optional, or by its codes", async () => {
    const first = async (q: string) =>
      (await getJson<{ data: Country[] }>(`/api/v1/countries?q=${encodeURIComponent(q)}`)).body.data[0]?.code;
    expect(await first("cambodge")).toBe("KH");
    expect(await first("Camb")).toBe("KH");
    expect(await first("KHM")).toBe("KH");
    expect(await first("sn")).toBe("SN");
    expect(await first("cote d'ivoire")).toBe("CI");
    expect(await first("Côte-d’Ivoire")).toBe("CI");
    expect(await first("viet nam")).toBe("VN");
    expect(await first("Etats-Unis")).toBe("US");
    const { body } = await getJson<{ data: Country[] }>("/api/v1/countries?q=zzzzqq");
    expect(body.data).toEqual([]);
  });

  it("keeps only the countries with records when asked", async () => {
    const { body } = await getJson<{ data: Country[] }>("/api/v1/countries?hasRecords=true");
    expect(body.data.map((c) => c.code)).toEqual(["KH", "VN"]);
    const filtered = await getJson<{ data: Country[] }>("/api/v1/countries?hasRecords=true&q=cambodge");
    expect(filtered.body.data.map((c) => c.code)).toEqual(["KH"]);
  });

  it("refuses an unknown parameter or a bad value, naming it", async () => {
    const unknown = await getJson<{ error: { field: string } }>("/api/v1/countries?kind=island");
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe("kind");
    const bad = await getJson<{ error: { field: string } }>("/api/v1/countries?hasRecords=maybe");
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("hasRecords");
  });
});

describe("GET /api/v1/countries/{code}", () => {
  it("counts Vietnam's commitments by role and status, its records and its one partner", async () => {
    const { status, body } = await getJson<Detail>("/api/v1/countries/vn");
    expect(status).toBe(200);
    expect(body).toMatchObject({ code: "VN", name: "Vietnam", nameFr: "Viêt Nam" });
    const { commitments, events } = body.counts;
    expect(commitments.total).toBe(9);
    expect(commitments.asGiver.total + commitments.asParty.total).toBe(9);
    expect(Object.values(commitments.byStatus).reduce((a, b) => a + b, 0)).toBe(9);
    expect(events).toEqual({ total: 4, hosted: 0, visiting: 4 });
    expect(body.counts.documents).toBe(2);
    expect(body.counts.organizations).toBe(9);
    expect(body.counts.partners).toBe(1);
    expect(body.partners).toHaveLength(1);
    expect(body.partners[0]).toMatchObject({ code: "KH", name: "Cambodia", events: 4, documents: 2 });
  });

  it("answers a country with nothing recorded with zeros", async () => {
    const { status, body } = await getJson<Detail>("/api/v1/countries/SN");
    expect(status).toBe(200);
    expect(body.counts.commitments.total).toBe(0);
    expect(body.counts.commitments.byStatus.announced).toBe(0);
    expect(body.partners).toEqual([]);
  });

  it("counts only what was known on an as-of day", async () => {
    const { body } = await getJson<Detail>("/api/v1/countries/KH?asOf=2019-01-01");
    expect(body.counts.commitments.total).toBe(0);
    expect(body.counts.events.total).toBe(0);
    expect(body.partners).toEqual([]);
  });

  it("answers 404 for a code that is no country and 400 for one that is no code", async () => {
    expect((await getJson("/api/v1/countries/QQ")).status).toBe(404);
    const malformed = await getJson<{ error: { field: string } }>("/api/v1/countries/VNM");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.field).toBe("code");
  });
});

describe("the country pages", () => {
  it("open any pair of countries, saying when nothing is recorded between them", async () => {
    const response = await page("/countries/FR-SN");
    expect(response.status).toBe(200);
    const text = await html(response);
    expect(text).toContain("France ↔ Senegal");
    expect(text).toContain("Nothing is recorded between France and Senegal yet");
    expect(testId(text, "total-both")).toBe("0");
  });

  it("open one country", async () => {
    const response = await page("/countries/KH");
    expect(response.status).toBe(200);
    const text = await html(response);
    expect(text).toContain("Cambodge");
    expect(testId(text, "country-total")).toBe("9");
  });

  it("answer 404 for a code that is no country, a country twice or a malformed path", async () => {
    for (const path of ["/countries/QQ-VN", "/countries/VN-VN", "/countries/QQ", "/countries/VNM"]) {
      expect((await page(path)).status, path).toBe(404);
    }
  });

  it("turn the open-a-pair form into the pair's address", async () => {
    const response = await page("/countries/open?a=fr&b=SN&asOf=2020-01-01");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/countries/FR-SN?asOf=2020-01-01");
    expect((await page("/countries/open?a=SN")).headers.get("location")).toBe("/countries/SN");
    expect((await page("/countries/open?a=&b=SN")).headers.get("location")).toBe("/countries");
  });
});

// A mutual commitment, written through the form's action on a server of this file's own.
const writeServer = ownWriteServer();
const EN = "vna-en-2019-03-14";

const json = async <T>(path: string): Promise<T> => {
  const response = await fetch(`${writeServer.baseURL}${path}`);
  const body = (await response.json()) as T;
  expect(await conformanceProblems(path, response.status, body)).toEqual([]);
  return body;
};

/** What the pair page, the country API and the pair filter say about Vietnam and Cambodia. */
async function vnKh() {
  const text = await html(await page("/countries/VN-KH", writeServer.baseURL));
  const total = (id: string) => Number(testId(text, id));
  const vietnam = await json<Detail>("/api/v1/countries/VN");
  const cambodia = await json<Detail>("/api/v1/countries/KH");
  return {
    page: { aToB: total("total-a-to-b"), bToA: total("total-b-to-a"), mutual: total("total-mutual") },
    all: total("total-both"),
    text,
    vietnam,
    cambodia,
    filter: (await json<{ total: number }>("/api/v1/commitments?pair=KH-VN&view=summary")).total,
    filterMutual: (await json<{ total: number }>("/api/v1/commitments?pair=VN-KH&direction=mutual&view=summary")).total,
  };
}

describe("a mutual commitment between two countries", () => {
  let before: Awaited<ReturnType<typeof vnKh>>;
  let after: Awaited<ReturnType<typeof vnKh>>;

  beforeAll(async () => {
    before = await vnKh();
    const cookie = await login(writeServer.baseURL, TEST_USERS.editor);
    const action = serverActions().find((a) => a.name === "createCommitmentAction")!;
    const create = (title: string, direction: string, sides: object[]) =>
      callAction(
        writeServer.baseURL,
        action,
        {
          title,
          kind: "agreement",
          direction,
          sides,
          sectors: [],
          amount: null,
          quantity: null,
          target: "2021",
          status: "agreed",
          statusEffective: "2019-03-14",
          citations: [{ sourceId: EN, quote: "Hung said the 5 million USD centre is a gift", occurrence: 1 }],
          links: [],
        },
        cookie,
      );
    // Vietnam appears twice among the parties (the country and its ministry): still one commitment.
    const mutual = await create("Both sides will exchange cybersecurity experts", "mutual", [
      { role: "party", countryCode: "VN" },
      { role: "party", organizationId: "vn-mic" },
      { role: "party", countryCode: "KH" },
    ]);
    expect(mutual.result).toMatchObject({ ok: true });
    const oneWay = await create("France will train Senegalese engineers", "one_way", [
      { role: "giver", countryCode: "FR" },
      { role: "receiver", countryCode: "SN" },
    ]);
    expect(oneWay.result).toMatchObject({ ok: true });
    after = await vnKh();
  });

  it("counts once, under mutual, on the pair page", () => {
    expect(after.page).toEqual({ ...before.page, mutual: before.page.mutual + 1 });
    expect(after.all).toBe(before.all + 1);
    expect(after.all).toBe(after.page.aToB + after.page.bToA + after.page.mutual);
    expect(after.text).toContain("Both sides will exchange cybersecurity experts");
  });

  it("counts once, as a party, for each country", () => {
    const commitments = (d: Detail) => d.counts.commitments;
    expect(commitments(after.vietnam).total).toBe(commitments(before.vietnam).total + 1);
    expect(commitments(after.vietnam).asParty.total).toBe(commitments(before.vietnam).asParty.total + 1);
    expect(commitments(after.vietnam).asParty.byStatus.agreed).toBe(
      commitments(before.vietnam).asParty.byStatus.agreed + 1,
    );
    expect(commitments(after.vietnam).asGiver).toEqual(commitments(before.vietnam).asGiver);
    expect(commitments(after.cambodia).asParty.total).toBe(commitments(before.cambodia).asParty.total + 1);
    const partner = (d: Detail, code: string) => d.partners.find((p) => p.code === code)?.commitments;
    expect(partner(after.cambodia, "VN")).toEqual({
      ...partner(before.cambodia, "VN"),
      mutual: partner(before.cambodia, "VN")!.mutual + 1,
    });
    // The pair page and the country pages agree.
    expect(partner(after.vietnam, "KH")).toEqual({
      given: after.page.aToB,
      received: after.page.bToA,
      mutual: after.page.mutual,
    });
  });

  it("puts a new pair on /countries, and its countries among those with records", async () => {
    const text = await html(await page("/countries", writeServer.baseURL));
    expect(text).toContain("France ↔ Senegal");
    expect(text).toContain('href="/countries/FR-SN"');
    const withRecords = await json<{ data: Country[] }>("/api/v1/countries?hasRecords=true");
    expect(withRecords.data.map((c) => c.code)).toEqual(["KH", "FR", "SN", "VN"]);
    const france = await json<Detail>("/api/v1/countries/FR");
    expect(france.partners).toMatchObject([{ code: "SN", commitments: { given: 1, received: 0, mutual: 0 } }]);
  });

  it("filters the commitments between the pair, mutual included, with the same rule", () => {
    expect(after.filter).toBe(before.filter + 1);
    expect(after.filter).toBe(after.all);
    expect(after.filterMutual).toBe(after.page.mutual);
  });

  it("narrows the overview to a country or a pair, each count linking to the list it counts", async () => {
    const overview = async (query: string) => {
      const text = await html(await page(`/${query}`, writeServer.baseURL));
      return { text, total: Number(testId(text, "overview-total")) };
    };
    const everything = await overview("");
    const franceSenegal = await overview("?pair=FR-SN");
    expect(franceSenegal.total).toBe(1);
    expect(franceSenegal.text).toContain("Overview: France ↔ Senegal");
    expect(franceSenegal.text).toContain('href="/commitments?pair=FR-SN&amp;status=agreed"');
    expect(franceSenegal.text).toContain("No events recorded");
    // The form's two countries read as the same pair; one country counts either side.
    expect((await overview("?country=SN&with=FR")).total).toBe(1);
    expect((await overview("?country=SN")).total).toBe(1);
    expect((await overview("?pair=VN-KH")).total).toBe(after.all);
    expect(everything.total).toBe(after.all + 1);
    // The seed visit (hosted by Cambodia) is among the pair's latest events, not France's.
    const vnKhEvents = await json<{ data: { id: string }[] }>("/api/v1/events?pair=KH-VN");
    expect(vnKhEvents.data.length).toBeGreaterThan(0);
    expect((await json<{ data: unknown[] }>("/api/v1/events?pair=FR-SN")).data).toEqual([]);
  });
});
