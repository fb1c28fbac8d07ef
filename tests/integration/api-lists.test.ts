import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";

// Every list of API v1 takes the filters of the UI: full-text `q` (the engine of /search), the
// as-of day, date ranges matched by overlap with a date's whole period, direction, a sort in
// both directions and stable pages. The seed: the 13–16 March 2019 visit with its reception and
// talks of 14 March, the Trong visit of 25–26 March 2019, two documents signed "March 2019",
// one English and one French report published "March 2019", five people, twelve organizations.

type ListBody<T> = { data: T[]; page: number; pageSize: number; total: number };
type ErrorBody = { error: { code: string; message: string; field?: string } };
type Row = { id: string };

async function list<T extends Row = Row>(path: string, query = ""): Promise<ListBody<T>> {
  const url = `/api/v1/${path}?pageSize=200${query ? `&${query}` : ""}`;
  const { status, body } = await getJson<ListBody<T>>(url);
  expect(status, url).toBe(200);
  return body;
}

const ids = async (path: string, query = "") => (await list(path, query)).data.map((r) => r.id);
const sorted = async (path: string, query = "") => (await ids(path, query)).sort();

async function expectBad(path: string, query: string, field: string) {
  const { status, body } = await getJson<ErrorBody>(`/api/v1/${path}?${query}`);
  expect(status, `${path}?${query}`).toBe(400);
  expect(body.error, `${path}?${query}`).toMatchObject({ code: "invalid_parameter", field });
}

const VISIT = "hung-visit-cambodia-2019-03";
const RECEPTION = "hun-sen-reception-2019-03-14";
const TALKS = "hung-kanharith-talks-2019-03-14";
const TRONG = "trong-visit-cambodia-2019";
const PLAN = "mic-moi-cooperation-plan-2019";
const PROGRAMME = "mic-moi-action-programme-2019";
const EN = "vna-en-2019-03-14";
const FR = "vna-fr-2019-03-14";

describe("events", () => {
  it("finds events by their words, with the engine of /search", async () => {
    expect(await ids("events", "q=reception")).toEqual([RECEPTION]);
    // Accents folded and prefixes matched, as in /search.
    expect(await ids("events", "q=Réce")).toEqual([RECEPTION]);
    expect(await sorted("events", "q=Phnom")).toEqual([RECEPTION]);
    expect(await ids("events", "q=nosuchword")).toEqual([]);
  });

  it("matches a date range by overlap with each event's whole period", async () => {
    expect(await sorted("events", "from=2019-03-15")).toEqual([VISIT, TRONG].sort());
    expect(await sorted("events", "from=2019-03-16&to=2019-03-16")).toEqual([VISIT]);
    expect(await sorted("events", "from=2019-03-14&to=2019-03-14")).toEqual([VISIT, RECEPTION, TALKS].sort());
    expect(await sorted("events", "to=2019-03-13")).toEqual([VISIT]);
    expect(await ids("events", "from=2019-03-27")).toEqual([]);
    expect(await ids("events", "to=2019-03-12")).toEqual([]);
  });

  it("hides events that had not started as of a day", async () => {
    expect((await list("events", "asOf=2019-01-01")).total).toBe(0);
    expect(await sorted("events", "asOf=2019-03-13")).toEqual([VISIT]);
    expect(await sorted("events", "asOf=2019-03-14")).toEqual([VISIT, RECEPTION, TALKS].sort());
    expect((await list("events", "asOf=2019-12-31")).total).toBe(4);
  });

  it("filters by direction: the host and the visiting country", async () => {
    expect((await list("events", "host=KH&visitor=VN")).total).toBe(4);
    expect((await list("events", "host=VN")).total).toBe(0);
    expect((await list("events", "visitor=KH")).total).toBe(0);
    expect((await list("events", "visitor=VN,KH")).total).toBe(4);
  });

  it("combines the new filters with the existing ones", async () => {
    expect(await ids("events", `parentId=${VISIT}&q=talks`)).toEqual([TALKS]);
    expect(await ids("events", "kind=visit&from=2019-03-20")).toEqual([TRONG]);
    expect(await ids("events", "kind=reception&asOf=2019-03-13")).toEqual([]);
  });

  it("sorts by start and by title, both directions, the id breaking ties", async () => {
    const byStart = await ids("events");
    expect(byStart).toEqual(await ids("events", "sort=start"));
    expect(byStart[0]).toBe(VISIT);
    expect(byStart.at(-1)).toBe(TRONG);
    // The reception and the talks share a day: the id orders them, reversed with the rest.
    expect(await ids("events", "sort=-start")).toEqual([...byStart].reverse());
    const byTitle = await list<Row & { title: string }>("events", "sort=title");
    const titles = byTitle.data.map((e) => e.title);
    expect(titles).toEqual([...titles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(await ids("events", "sort=-title")).toEqual(byTitle.data.map((e) => e.id).reverse());
  });
});

describe("documents", () => {
  it("finds documents by their words", async () => {
    expect(await ids("documents", "q=programme")).toEqual([PROGRAMME]);
    expect(await sorted("documents", "q=Ministry%20Information")).toEqual([PLAN, PROGRAMME].sort());
  });

  it("matches a signing range by overlap with the signing month", async () => {
    expect((await list("documents", "signedFrom=2019-04-01")).total).toBe(0);
    expect(await sorted("documents", "signedFrom=2019-03-31")).toEqual([PLAN, PROGRAMME].sort());
    expect(await sorted("documents", "signedFrom=2019-03-20&signedTo=2019-03-20")).toEqual([PLAN, PROGRAMME].sort());
    expect((await list("documents", "signedTo=2019-02-28")).total).toBe(0);
    expect((await list("documents", "signedTo=2019-03-01")).total).toBe(2);
  });

  it("hides documents signed after the as-of day (a month counts from its first day)", async () => {
    expect((await list("documents", "asOf=2019-02-28")).total).toBe(0);
    expect((await list("documents", "asOf=2019-03-01")).total).toBe(2);
  });

  it("sorts by signing date and by title, both directions", async () => {
    const up = await ids("documents", "sort=signed");
    expect(up).toEqual(await ids("documents"));
    expect(await ids("documents", "sort=-signed")).toEqual([...up].reverse());
    // "2019 Action Programme…" before "2019 Cooperation Plan…".
    expect(await ids("documents", "sort=title")).toEqual([PROGRAMME, PLAN]);
    expect(await ids("documents", "sort=-title")).toEqual([PLAN, PROGRAMME]);
  });
});

describe("sources", () => {
  it("finds sources by their title, publisher and full text, accents folded", async () => {
    expect(await ids("sources", "q=Metfone")).toEqual([FR]);
    expect(await ids("sources", "q=cybersecurite")).toEqual([FR]);
    expect(await sorted("sources", "q=Vietnam%20News%20Agency")).toEqual([EN, FR].sort());
    expect(await ids("sources", "q=Metfone&language=en")).toEqual([]);
  });

  it("matches a publication range by overlap with the publication month", async () => {
    expect((await list("sources", "publishedFrom=2019-04-01")).total).toBe(0);
    expect((await list("sources", "publishedFrom=2019-03-31&publishedTo=2019-12-31")).total).toBe(2);
    expect((await list("sources", "publishedTo=2019-02-28")).total).toBe(0);
  });

  it("hides sources published after the as-of day", async () => {
    expect((await list("sources", "asOf=2019-01-01")).total).toBe(0);
    expect((await list("sources", "asOf=2019-03-01")).total).toBe(2);
  });

  it("sorts by publication date and by title, both directions", async () => {
    const up = await ids("sources", "sort=published");
    expect(up).toEqual(await ids("sources"));
    expect(await ids("sources", "sort=-published")).toEqual([...up].reverse());
    // "Cambodian PM calls…" before "Le Cambodge veut…".
    expect(await ids("sources", "sort=title")).toEqual([EN, FR]);
    expect(await ids("sources", "sort=-title")).toEqual([FR, EN]);
  });
});

describe("people and organizations", () => {
  it("find people by name, alias or title, accents folded", async () => {
    expect(await ids("people", "q=Hung")).toEqual(["nguyen-manh-hung"]);
    expect(await ids("people", "q=Hùng")).toEqual(["nguyen-manh-hung"]);
    expect(await ids("people", "q=Samdech")).toEqual(["hun-sen"]);
    expect(await ids("people", "q=Nguyen&country=KH")).toEqual([]);
  });

  it("find organizations by name, French name or alias", async () => {
    expect(await ids("organizations", "q=Metfone")).toEqual(["viettel"]);
    expect(await sorted("organizations", "q=ministère&country=KH")).toEqual(["kh-moi", "kh-mptc"]);
    expect(await ids("organizations", "q=VOV&kind=state_media")).toEqual(["vov"]);
    expect(await ids("organizations", "q=VOV&kind=ministry")).toEqual([]);
  });

  it.each(["people", "organizations"])(
    "%s sort by name both ways and accept asOf, which hides none of them",
    async (path) => {
      const all = await list<Row & { name: string }>(path);
      const names = all.data.map((r) => r.name);
      expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(await ids(path, "sort=name")).toEqual(all.data.map((r) => r.id));
      expect(await ids(path, "sort=-name")).toEqual(all.data.map((r) => r.id).reverse());
      expect((await list(path, "asOf=1900-01-01")).total).toBe(all.total);
    },
  );
});

const LISTS = ["events", "documents", "sources", "people", "organizations"] as const;
const SORTS: Record<(typeof LISTS)[number], string[]> = {
  events: ["start", "-start", "title", "-title"],
  documents: ["signed", "-signed", "title", "-title"],
  sources: ["published", "-published", "title", "-title"],
  people: ["name", "-name"],
  organizations: ["name", "-name"],
};

describe("every list", () => {
  it.each(LISTS)("%s pages one row at a time into exactly the full list, in every sort", async (path) => {
    for (const sort of SORTS[path]) {
      const all = await list(path, `sort=${sort}`);
      const pages = await Promise.all(
        Array.from({ length: all.total + 1 }, (_, i) =>
          getJson<ListBody<Row>>(`/api/v1/${path}?pageSize=1&page=${i + 1}&sort=${sort}`),
        ),
      );
      const seen = pages.flatMap((p) => p.body.data.map((r) => r.id));
      expect(seen, `${path} ${sort}`).toEqual(all.data.map((r) => r.id));
      expect(new Set(seen).size).toBe(seen.length);
      // One page past the end is empty, with the same total.
      expect(pages.at(-1)!.body).toMatchObject({ data: [], total: all.total });
    }
  });

  it.each(LISTS)("%s keeps stable pages under a filter", async (path) => {
    const query = path === "events" ? "q=Hung" : path === "organizations" ? "country=VN" : "asOf=2019-03-31";
    const all = await list(path, query);
    expect(all.total).toBeGreaterThan(1);
    const pages = await Promise.all(
      Array.from({ length: all.total }, (_, i) =>
        getJson<ListBody<Row>>(`/api/v1/${path}?pageSize=1&page=${i + 1}&${query}`),
      ),
    );
    expect(pages.map((p) => p.body.data[0]?.id)).toEqual(all.data.map((r) => r.id));
  });

  it.each(LISTS)("%s answers 400 naming the parameter for a bad value", async (path) => {
    await expectBad(path, "asOf=2019-02-30", "asOf");
    await expectBad(path, "asOf=yesterday", "asOf");
    await expectBad(path, "sort=colour", "sort");
    await expectBad(path, "sort=-", "sort");
    await expectBad(path, `q=${"a".repeat(10_001)}`, "q");
    await expectBad(path, "colour=red", "colour");
  });

  it("answers 400 for a bad date bound or a range that ends before it starts", async () => {
    await expectBad("events", "from=2019-13-01", "from");
    await expectBad("events", "to=2019", "to");
    await expectBad("events", "from=2019-03-20&to=2019-03-10", "to");
    await expectBad("events", "host=Vietnam", "host");
    await expectBad("events", "visitor=vn1", "visitor");
    await expectBad("documents", "signedFrom=14/03/2019", "signedFrom");
    await expectBad("documents", "signedFrom=2019-04-01&signedTo=2019-03-01", "signedTo");
    await expectBad("sources", "publishedTo=2019-02-29", "publishedTo");
    await expectBad("sources", "publishedFrom=2019-04-01&publishedTo=2019-03-01", "publishedTo");
    // The date bounds of one list are not parameters of another.
    await expectBad("people", "from=2019-01-01", "from");
    await expectBad("organizations", "signedFrom=2019-01-01", "signedFrom");
  });

  const HOSTILE = [
    '"',
    '""',
    '"reception',
    'reception"',
    "NEAR(reception visit)",
    "NEAR(",
    "title:reception",
    "col:",
    "AND",
    "reception AND",
    "OR OR",
    "NOT",
    "*",
    "reception*",
    "-",
    "-reception",
    "^reception",
    "(",
    ")",
    "{title}: x",
    '\'; DROP TABLE "Event"; --',
    "%",
    "_",
    "\\",
    "🙂",
    "🇻🇳 Hùng",
    "\u0000",
    "\u0002marked\u0003",
    "a".repeat(10_000),
    "Hung ".repeat(2_000),
  ];

  it.each(LISTS)("%s answers hostile search text with 200 and a list (maybe empty), never a 500", async (path) => {
    for (const q of HOSTILE) {
      const { status, body } = await getJson<ListBody<Row>>(`/api/v1/${path}?q=${encodeURIComponent(q)}`);
      expect(status, `${path} q=${q.slice(0, 40)}`).toBe(200);
      expect(Array.isArray(body.data)).toBe(true);
      expect(body.total).toBe(body.data.length);
    }
    // Syntax is read as plain words: quotes, a star, brackets and a minus sign change nothing.
    if (path === "events") {
      for (const q of ['"reception"*', "(reception)", "-reception", "reception:"]) {
        expect(await ids(path, `q=${encodeURIComponent(q)}`), q).toEqual([RECEPTION]);
      }
    }
  });
});

describe("the OpenAPI document", () => {
  it("publishes the new parameters of every list", async () => {
    type Doc = { paths: Record<string, { get: { parameters: { name: string }[] } }> };
    const { body } = await getJson<Doc>("/api/v1/openapi.json");
    const names = (path: string) => body.paths[`/api/v1/${path}`]!.get.parameters.map((p) => p.name);
    const common = ["q", "sort", "asOf", "page", "pageSize"];
    expect(names("events")).toEqual(
      expect.arrayContaining([...common, "country", "host", "visitor", "kind", "parentId", "from", "to"]),
    );
    expect(names("documents")).toEqual(
      expect.arrayContaining([...common, "kind", "status", "eventId", "country", "signedFrom", "signedTo"]),
    );
    expect(names("sources")).toEqual(expect.arrayContaining([...common, "language", "publishedFrom", "publishedTo"]));
    expect(names("people")).toEqual(expect.arrayContaining([...common, "country"]));
    expect(names("organizations")).toEqual(expect.arrayContaining([...common, "country", "kind"]));
  });
});
