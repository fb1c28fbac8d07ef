import { describe, expect, inject, it } from "vitest";
import { getJson } from "../helpers/api";

type Ref = { id: string; name: string } | null;
type Summary = { id: string; title: string; kind: string; status: string };
type Citation = { sourceId: string; quote: string; language: string };
type ListBody<T> = { data: T[]; page: number; pageSize: number; total: number };
type ErrorBody = { error: { code: string; message: string; field?: string } };

const KINDS = ["events", "documents", "sources", "people", "organizations"] as const;

describe("every list of API v1", () => {
  it.each(KINDS)("%s answers the page envelope and 400 for an unknown parameter", async (kind) => {
    const list = await getJson<ListBody<{ id: string }>>(`/api/v1/${kind}?pageSize=2`);
    expect(list.status).toBe(200);
    expect(list.body.page).toBe(1);
    expect(list.body.pageSize).toBe(2);
    expect(list.body.data.length).toBeLessThanOrEqual(2);
    expect(list.body.total).toBeGreaterThan(0);

    const bad = await getJson<ErrorBody>(`/api/v1/${kind}?colour=red`);
    expect(bad.status).toBe(400);
    expect(bad.body.error).toMatchObject({ code: "invalid_parameter", field: "colour" });

    const badPage = await getJson<ErrorBody>(`/api/v1/${kind}?page=0`);
    expect(badPage.status).toBe(400);
    expect(badPage.body.error.field).toBe("page");
  });

  it.each(KINDS)("%s answers 404 JSON for an unknown id", async (kind) => {
    const { status, body } = await getJson<ErrorBody>(`/api/v1/${kind}/no-such-record`);
    expect(status).toBe(404);
    expect(body.error.code).toBe("not_found");
  });

  it.each(KINDS)("%s pages without overlap or gaps", async (kind) => {
    const all = await getJson<ListBody<{ id: string }>>(`/api/v1/${kind}?pageSize=200`);
    const pages = await Promise.all(
      Array.from({ length: all.body.total }, (_, i) =>
        getJson<ListBody<{ id: string }>>(`/api/v1/${kind}?pageSize=1&page=${i + 1}`),
      ),
    );
    expect(pages.map((p) => p.body.data[0]?.id)).toEqual(all.body.data.map((r) => r.id));
  });
});

describe("events", () => {
  type Event = {
    id: string;
    title: string;
    kind: string;
    parentId: string | null;
    location: string | null;
    start: { date: string; precision: string };
    end: { date: string; precision: string } | null;
    hostCountry: string;
    visitingCountry: string;
    children: { id: string }[];
    participants: { role: string; person: Ref; organization: Ref }[];
    commitments: Summary[];
    documents: { id: string }[];
    citations: Citation[];
    flags: { kind: string; message: string }[];
  };

  it("holds the 13–16 March visit with its two sub-events of 14 March and the documents signed", async () => {
    const { body: visit } = await getJson<Event>("/api/v1/events/hung-visit-cambodia-2019-03");
    expect(visit).toMatchObject({
      kind: "visit",
      hostCountry: "KH",
      visitingCountry: "VN",
      start: { date: "2019-03-13", precision: "day" },
      end: { date: "2019-03-16", precision: "day" },
    });
    expect(visit.children.map((c) => c.id).sort()).toEqual([
      "hun-sen-reception-2019-03-14",
      "hung-kanharith-talks-2019-03-14",
    ]);
    expect(visit.documents.map((d) => d.id).sort()).toEqual([
      "mic-moi-action-programme-2019",
      "mic-moi-cooperation-plan-2019",
    ]);
    expect(visit.participants.find((p) => p.role === "delegation_head")?.person?.id).toBe("nguyen-manh-hung");
    expect(new Set(visit.citations.map((c) => c.language))).toEqual(new Set(["en", "fr"]));

    const { body: reception } = await getJson<Event>("/api/v1/events/hun-sen-reception-2019-03-14");
    expect(reception).toMatchObject({
      kind: "reception",
      parentId: "hung-visit-cambodia-2019-03",
      location: "Phnom Penh",
      start: { date: "2019-03-14", precision: "day" },
    });
    expect(reception.participants.map((p) => [p.role, p.person?.id])).toEqual([
      ["host", "hun-sen"],
      ["guest", "nguyen-manh-hung"],
    ]);
    expect(reception.commitments.map((c) => c.id)).toContain("cyber-monitoring-centre");

    const { body: talks } = await getJson<Event>("/api/v1/events/hung-kanharith-talks-2019-03-14");
    expect(talks.parentId).toBe("hung-visit-cambodia-2019-03");
    expect(talks.participants.find((p) => p.role === "host")?.person?.id).toBe("khieu-kanharith");
  });

  it("records Nguyen Phu Trong's visit as the English report dates it, flagged as inconsistent", async () => {
    const { body } = await getJson<Event>("/api/v1/events/trong-visit-cambodia-2019");
    expect(body.start).toEqual({ date: "2019-03-25", precision: "day" });
    expect(body.end).toEqual({ date: "2019-03-26", precision: "day" });
    expect(body.flags).toEqual([expect.objectContaining({ kind: "inconsistent" })]);
    expect(body.citations[0]!.quote).toContain("March 25-26");
  });

  it("filters sub-events by parent and events by kind", async () => {
    const children = await getJson<ListBody<Event>>("/api/v1/events?parentId=hung-visit-cambodia-2019-03");
    expect(children.body.data.map((e) => e.id).sort()).toEqual([
      "hun-sen-reception-2019-03-14",
      "hung-kanharith-talks-2019-03-14",
    ]);
    const visits = await getJson<ListBody<Event>>("/api/v1/events?kind=visit");
    expect(visits.body.data.every((e) => e.kind === "visit")).toBe(true);
    expect(visits.body.total).toBe(2);
    const bad = await getJson<ErrorBody>("/api/v1/events?kind=picnic");
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe("kind");
  });
});

describe("documents", () => {
  type Document = {
    id: string;
    kind: string;
    status: string;
    signed: { date: string; precision: string };
    event: { id: string } | null;
    parties: { country: string; organization: Ref }[];
    signatories: { person: { id: string }; position: string | null; organization: Ref }[];
    citations: Citation[];
  };

  it.each([
    ["mic-moi-cooperation-plan-2019", "cooperation_plan"],
    ["mic-moi-action-programme-2019", "action_programme"],
  ])("%s is signed by Hung and Khieu Kanharith for the two ministries", async (id, kind) => {
    const { status, body } = await getJson<Document>(`/api/v1/documents/${id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      kind,
      status: "signed",
      signed: { date: "2019-03", precision: "month" },
      event: { id: "hung-visit-cambodia-2019-03" },
    });
    expect(body.parties.map((p) => [p.country, p.organization?.id])).toEqual([
      ["VN", "vn-mic"],
      ["KH", "kh-moi"],
    ]);
    expect(body.signatories.map((s) => [s.person.id, s.position])).toEqual([
      ["nguyen-manh-hung", "Minister of Information and Communications"],
      ["khieu-kanharith", "Minister of Information"],
    ]);
    expect(new Set(body.citations.map((c) => c.language))).toEqual(new Set(["en", "fr"]));
  });

  it("filters by kind and by party country", async () => {
    const plans = await getJson<ListBody<Document>>("/api/v1/documents?kind=cooperation_plan");
    expect(plans.body.data.map((d) => d.id)).toEqual(["mic-moi-cooperation-plan-2019"]);
    const withCambodia = await getJson<ListBody<Document>>("/api/v1/documents?country=KH");
    expect(withCambodia.body.total).toBe(2);
    const withThailand = await getJson<ListBody<Document>>("/api/v1/documents?country=TH");
    expect(withThailand.body.total).toBe(0);
  });
});

describe("sources", () => {
  type Source = { id: string; language: string; title: string; citationCount: number; fullText?: string };
  type SourceDetail = Source & {
    fullText: string;
    citations: { quote: string; start: number; end: number; supports: { type: string; id: string } | null }[];
  };

  it("lists both reports without their full text", async () => {
    const { body } = await getJson<ListBody<Source>>("/api/v1/sources");
    expect(body.data.map((s) => [s.id, s.language]).sort()).toEqual([
      ["vna-en-2019-03-14", "en"],
      ["vna-fr-2019-03-14", "fr"],
    ]);
    expect(body.data.every((s) => s.fullText === undefined && s.citationCount > 0)).toBe(true);
    const french = await getJson<ListBody<Source>>("/api/v1/sources?language=fr");
    expect(french.body.data.map((s) => s.id)).toEqual(["vna-fr-2019-03-14"]);
  });

  it.each(["vna-en-2019-03-14", "vna-fr-2019-03-14"])(
    "%s: every quote sits verbatim at its offsets and backs one record",
    async (id) => {
      const { body } = await getJson<SourceDetail>(`/api/v1/sources/${id}`);
      expect(body.fullText.length).toBeGreaterThan(500);
      expect(body.citations.length).toBe(body.citationCount);
      for (const c of body.citations) {
        expect(body.fullText.slice(c.start, c.end)).toBe(c.quote);
        expect(c.supports, c.quote).not.toBeNull();
      }
    },
  );
});

describe("people and organizations", () => {
  type Person = {
    id: string;
    name: string;
    aliases: string[];
    positions: { title: string; organization: Ref }[];
    commitmentsGiven: Summary[];
    events: { id: string; role: string }[];
  };
  type Organization = {
    id: string;
    name: string;
    country: string | null;
    members: { code: string; name: string }[];
    parent: Ref;
    aliases: { alias: string; note: string | null }[];
    commitmentsGiven: Summary[];
    commitmentsReceived: Summary[];
    flags: { kind: string }[];
  };

  it("shows Nguyen Manh Hung as Vietnam's Minister of Information and Communications, with his events", async () => {
    const { body } = await getJson<Person>("/api/v1/people/nguyen-manh-hung");
    expect(body.positions[0]).toMatchObject({
      title: "Minister of Information and Communications",
      organization: { id: "vn-mic" },
    });
    expect(body.aliases).toContain("Nguyễn Mạnh Hùng");
    expect(body.events.map((e) => e.id)).toEqual(
      expect.arrayContaining(["hung-visit-cambodia-2019-03", "hun-sen-reception-2019-03-14"]),
    );
  });

  it("gives Nguyen Xuan Phuc the cyber centre he presented", async () => {
    const { body } = await getJson<Person>("/api/v1/people/nguyen-xuan-phuc");
    expect(body.commitmentsGiven.map((c) => c.id)).toEqual(["cyber-monitoring-centre"]);
  });

  it("knows Viettel and Metfone as one organization, with the difference between the reports flagged", async () => {
    const { body } = await getJson<Organization>("/api/v1/organizations/viettel");
    expect(body.country).toBe("VN");
    expect(body.aliases.map((a) => a.alias)).toEqual(expect.arrayContaining(["Viettel", "Metfone"]));
    expect(body.flags.map((f) => f.kind)).toContain("sources_differ");
  });

  it("nests the ministries under their governments and filters by country", async () => {
    const { body: moi } = await getJson<Organization>("/api/v1/organizations/kh-moi");
    expect(moi.parent?.id).toBe("kh-government");
    const { body: cambodian } = await getJson<ListBody<Organization>>("/api/v1/organizations?country=KH&pageSize=200");
    expect(cambodian.data.length).toBeGreaterThan(0);
    // Cambodia's own organizations, and the bodies it is a member of (ASEAN): none of another country.
    expect(cambodian.data.every((o) => o.country === "KH" || o.members.some((m) => m.code === "KH"))).toBe(true);
    const { body: government } = await getJson<Organization>("/api/v1/organizations/kh-government");
    expect(government.commitmentsReceived.map((c) => c.id)).toContain("cyber-monitoring-centre");
  });
});

describe("HTTP caching", () => {
  it.each([
    "/api/v1/commitments?kind=pledge",
    "/api/v1/commitments/cyber-monitoring-centre",
    "/api/v1/events",
    "/api/v1/search?q=cyber",
  ])("%s carries an ETag and answers a matching If-None-Match with 304", async (path) => {
    const first = await getJson(path);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toContain("must-revalidate");
    const again = await fetch(`${inject("baseURL")}${path}`, { headers: { "if-none-match": etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await fetch(`${inject("baseURL")}${path}`, { headers: { "if-none-match": '"something-else"' } });
    expect(other.status).toBe(200);
  });
});
