import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";

type Citation = { sourceId: string; quote: string; language: string; start: number; end: number };
type Commitment = {
  id: string;
  title: string;
  kind: string;
  status: string;
  overdue: boolean;
  from: { country: string; organization: { id: string } | null; person: { id: string } | null };
  to: { country: string; organization: { id: string } | null; person: { id: string } | null };
  sectors: string[];
  amount: { value: string; currency: string } | null;
  quantity: { baseline: string | null; target: string; unit: string; scope: string | null; atLeast: boolean } | null;
  target: { date: string; precision: string } | null;
  eventId: string | null;
  documentId: string | null;
  citations: Citation[];
  statusHistory: { to: string; effective: { date: string; precision: string }; citations: Citation[] }[];
  flags: { kind: string; field: string; message: string }[];
};

const EN = "vna-en-2019-03-14";
const FR = "vna-fr-2019-03-14";
const commitment = async (id: string) => {
  const { status, body } = await getJson<Commitment>(`/api/v1/commitments/${id}`);
  expect(status).toBe(200);
  return body;
};
const languages = (c: Commitment) => [...new Set(c.citations.map((x) => x.language))].sort();

describe("GET /api/v1/commitments", () => {
  it("lists the nine commitments of the March 2019 visit with the page envelope", async () => {
    const { status, body } = await getJson<{ data: Commitment[]; page: number; pageSize: number; total: number }>(
      "/api/v1/commitments",
    );
    expect(status).toBe(200);
    expect(body.total).toBe(9);
    expect(body.page).toBe(1);
    expect(body.pageSize).toBe(50);
    expect(body.data.map((c) => c.id).sort()).toEqual([
      "cyber-monitoring-centre",
      "cybercrime-misinformation-training",
      "e-newspaper-legal-deposit-centre",
      "more-news-stories",
      "oda-national-tv-radio",
      "support-vietnamese-telecom-investors",
      "vietnamese-firms-e-government-projects",
      "vietnamese-radio-airtime",
      "vov-khmer-programmes",
    ]);
    for (const c of body.data) {
      expect(c.citations.length, c.id).toBeGreaterThan(0);
      expect(c.statusHistory.length, c.id).toBeGreaterThan(0);
      expect(c.statusHistory.at(-1)!.to, c.id).toBe(c.status);
    }
  });

  it("filters by kind, status, sector and direction, and pages with a stable order", async () => {
    const pledges = await getJson<{ data: Commitment[]; total: number }>("/api/v1/commitments?kind=pledge");
    expect(pledges.body.data.every((c) => c.kind === "pledge")).toBe(true);
    expect(pledges.body.total).toBe(3);
    const agreed = await getJson<{ data: Commitment[] }>("/api/v1/commitments?status=agreed");
    expect(agreed.body.data.map((c) => c.id)).toEqual(["more-news-stories"]);
    const media = await getJson<{ data: Commitment[] }>("/api/v1/commitments?sector=media_broadcasting");
    expect(media.body.data.length).toBe(5);
    // Vietnam receives only as a party of the mutual agreement: a party gives and receives.
    const toVietnam = await getJson<{ data: Commitment[] }>("/api/v1/commitments?to=VN");
    expect(toVietnam.body.data.map((c) => c.id)).toEqual(["more-news-stories"]);
    const oneWayToVietnam = await getJson<{ total: number }>("/api/v1/commitments?to=VN&direction=one_way");
    expect(oneWayToVietnam.body.total).toBe(0);
    const pages = await Promise.all(
      [1, 2, 3].map((p) => getJson<{ data: Commitment[] }>(`/api/v1/commitments?pageSize=4&page=${p}`)),
    );
    const ids = pages.flatMap((p) => p.body.data.map((c) => c.id));
    expect(ids).toHaveLength(9);
    expect(new Set(ids).size).toBe(9);
  });

  it("answers bad query parameters with 400 naming the parameter", async () => {
    for (const [query, field] of [
      ["status=bogus", "status"],
      ["page=0", "page"],
      ["pageSize=1000", "pageSize"],
      ["colour=red", "colour"],
      ["overdue=maybe", "overdue"],
      ["view=everything", "view"],
    ] as const) {
      const { status, body } = await getJson<{ error: { code: string; field: string; message: string } }>(
        `/api/v1/commitments?${query}`,
      );
      expect(status, query).toBe(400);
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.field).toBe(field);
      expect(body.error.message).toContain(field);
    }
  });

  it("with view=summary, answers the same rows with only what a table shows", async () => {
    const query = "sector=media_broadcasting&asOf=2019-03-14&pageSize=3&page=2";
    const [full, summary] = await Promise.all([
      getJson<{ data: Record<string, unknown>[]; total: number; page: number }>(`/api/v1/commitments?${query}`),
      getJson<{ data: Record<string, unknown>[]; total: number; page: number }>(
        `/api/v1/commitments?${query}&view=summary`,
      ),
    ]);
    expect(summary.status).toBe(200);
    expect([summary.body.total, summary.body.page]).toEqual([full.body.total, 2]);
    expect(summary.body.data.length).toBeGreaterThan(0);
    const fields = [
      "id",
      "title",
      "titleEn",
      "titleFr",
      "kind",
      "status",
      "direction",
      "sides",
      "from",
      "to",
      "sectors",
      "amount",
      "target",
      "overdue",
      "event",
      "updatedAt",
    ];
    expect(summary.body.data).toEqual(full.body.data.map((c) => Object.fromEntries(fields.map((f) => [f, c[f]]))));
    // Asking for full records by name is the default.
    const named = await getJson<{ data: Record<string, unknown>[] }>(`/api/v1/commitments?${query}&view=full`);
    expect(named.body.data).toEqual(full.body.data);
  });

  it("answers an unknown id with 404 JSON", async () => {
    const { status, body } = await getJson<{ error: { code: string } }>("/api/v1/commitments/no-such-commitment");
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });
});

describe("every commitment of the seed articles", () => {
  it("the cyber monitoring centre: USD 5,000,000 per the English report, due in 2019, both reports cited", async () => {
    const c = await commitment("cyber-monitoring-centre");
    expect(c.kind).toBe("pledge");
    expect(c.from).toMatchObject({ country: "VN", person: { id: "nguyen-xuan-phuc" } });
    expect(c.to).toMatchObject({ country: "KH" });
    expect(c.amount).toEqual({ value: "5000000", currency: "USD", qualifier: "exact" });
    expect(c.target).toEqual({ date: "2019", precision: "year" });
    expect(c.overdue).toBe(true); // due 2019, still only announced
    expect(c.sectors).toContain("cybersecurity");
    expect(c.eventId).toBe("hun-sen-reception-2019-03-14");
    expect(c.status).toBe("announced");
    expect(languages(c)).toEqual(["en", "fr"]);
    expect(c.citations.some((x) => x.quote.includes("5 million USD"))).toBe(true);
    expect(c.citations.some((x) => x.quote.includes("cadeau offert au Cambodge"))).toBe(true);
    expect(c.flags).toEqual([expect.objectContaining({ kind: "sources_differ", field: "amount" })]);
  });

  it("ODA for national TV and radio and reporter training", async () => {
    const c = await commitment("oda-national-tv-radio");
    expect(c.kind).toBe("pledge");
    expect(c.sectors).toEqual(expect.arrayContaining(["oda", "media_broadcasting", "training"]));
    expect(c.from.country).toBe("VN");
    expect(c.to.country).toBe("KH");
    expect(c.citations[0]!.quote).toContain("ODA");
  });

  it("training courses against cybercrime and misinformation", async () => {
    const c = await commitment("cybercrime-misinformation-training");
    expect(c.kind).toBe("pledge");
    expect(c.sectors).toEqual(expect.arrayContaining(["training", "cybersecurity"]));
    expect(c.citations[0]!.quote).toContain("pledged to coordinate");
  });

  it("the e-newspaper legal deposit centre", async () => {
    const c = await commitment("e-newspaper-legal-deposit-centre");
    expect(c.kind).toBe("proposal");
    expect(c.citations[0]!.quote).toContain("e-newspaper legal deposit centre");
  });

  it("Vietnamese-language radio from 15 to 30 minutes a day in Phnom Penh and six provinces", async () => {
    const c = await commitment("vietnamese-radio-airtime");
    expect(c.kind).toBe("proposal");
    expect(c.quantity).toMatchObject({ baseline: "15", target: "30", unit: "minutes per day", atLeast: false });
    expect(c.quantity!.scope).toMatch(/Phnom Penh and six/);
  });

  it("VOV Khmer programmes in Siem Reap and Tonle Sap, at least three hours a day", async () => {
    const c = await commitment("vov-khmer-programmes");
    expect(c.kind).toBe("request");
    expect(c.quantity).toMatchObject({ baseline: null, target: "3", unit: "hours per day", atLeast: true });
    expect(c.quantity!.scope).toMatch(/Siem Reap/);
  });

  it("support for Vietnamese telecom investors, where the reports name Viettel and Metfone", async () => {
    const c = await commitment("support-vietnamese-telecom-investors");
    expect(c.kind).toBe("request");
    expect(c.sectors).toEqual(expect.arrayContaining(["telecommunications", "investment"]));
    expect(languages(c)).toEqual(["en", "fr"]);
    const en = c.citations.find((x) => x.sourceId === EN)!;
    const fr = c.citations.find((x) => x.sourceId === FR)!;
    expect(en.quote).toMatch(/Viettel.*VNPT.*FPT/);
    expect(fr.quote).toContain("Metfone");
    expect(c.flags).toEqual([expect.objectContaining({ kind: "sources_differ", field: "organization" })]);
  });

  it("conditions for Vietnamese firms in e-government, smart city and infrastructure projects", async () => {
    const c = await commitment("vietnamese-firms-e-government-projects");
    expect(c.kind).toBe("proposal");
    expect(c.sectors).toEqual(expect.arrayContaining(["e_government", "smart_city", "infrastructure"]));
    expect(languages(c)).toEqual(["en", "fr"]);
  });

  it("more news stories about both countries, agreed by the two ministries", async () => {
    const c = await commitment("more-news-stories");
    expect(c.kind).toBe("agreement");
    expect(c.status).toBe("agreed");
    expect(c.from.organization?.id).toBe("vn-mic");
    expect(c.to.organization?.id).toBe("kh-moi");
  });

  it("every citation's quote is exactly the cited span of its source", async () => {
    const texts = new Map<string, string>();
    for (const id of [EN, FR]) {
      const { body } = await getJson<{ fullText: string }>(`/api/v1/sources/${id}`);
      texts.set(id, body.fullText);
    }
    const { body } = await getJson<{ data: Commitment[] }>("/api/v1/commitments");
    const all = body.data.flatMap((c) => [...c.citations, ...c.statusHistory.flatMap((s) => s.citations)]);
    expect(all.length).toBeGreaterThan(20);
    for (const citation of all) {
      expect(texts.get(citation.sourceId)!.slice(citation.start, citation.end)).toBe(citation.quote);
      expect(citation.language).toBe(citation.sourceId === EN ? "en" : "fr");
    }
  });
});
