import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { integrationPort } from "../helpers/ports";
import { startServer } from "../helpers/server";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";

// The Atom feeds as a feed reader gets them, over HTTP from the built server on a copy of the
// seeded database of this file's own (it records status changes): each feed must be valid XML
// that a maintained parser reads, with unique and stable ids, RFC 3339 dates, absolute links to
// the commitment and the evidence quoted; and a change recorded through the JSON route must show
// in the feeds that follow it.

type Link = { "@_rel"?: string; "@_href": string; "@_type"?: string };
type Entry = {
  id: string;
  title: { "#text": string } | string;
  updated: string;
  published?: string;
  link: Link[];
  author?: { name: string }[];
  content: { "#text": string; "@_type": string };
};
type Feed = { id: string; title: unknown; updated: string; link: Link[]; author: unknown; entry?: Entry[] };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => ["entry", "link", "author", "blockquote"].includes(name),
});
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const EN = "vna-en-2019-03-14";
const QUOTE = "Hung said the 5 million USD centre is a gift";

let server: Awaited<ReturnType<typeof startServer>> | undefined;
const base = () => server!.baseURL;

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base()}${path}`, { headers });
  const text = await response.text();
  return { response, text };
}

/** A feed, checked for what every feed must be; its entries (none when empty). */
async function feed(path: string): Promise<{ feed: Feed; entries: Entry[]; etag: string }> {
  const { response, text } = await fetchFeed(path);
  expect(response.status, `${path}: ${text.slice(0, 200)}`).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
  expect(XMLValidator.validate(text), path).toBe(true);
  const parsed = (parser.parse(text) as { feed: Feed }).feed;
  expect(parsed.id, path).toMatch(/^tag:127\.0\.0\.1,2026:/);
  expect(parsed.updated, path).toMatch(RFC3339);
  const self = parsed.link.find((l) => l["@_rel"] === "self")!;
  expect(new URL(self["@_href"]).pathname, path).toBe(new URL(`${base()}${path}`).pathname);
  expect(
    parsed.link.some((l) => l["@_rel"] === "alternate" && l["@_href"].startsWith(base())),
    path,
  ).toBe(true);
  const entries = parsed.entry ?? [];
  expect(entries.length, path).toBeLessThanOrEqual(50);
  const ids = entries.map((e) => e.id);
  expect(new Set(ids).size, `${path}: ids unique`).toBe(ids.length);
  for (const e of entries) {
    expect(e.id).toMatch(/^tag:127\.0\.0\.1,2026:/);
    for (const date of [e.updated, e.published ?? e.updated]) {
      expect(date, `${path} ${e.id}`).toMatch(RFC3339);
      expect(Number.isNaN(Date.parse(date))).toBe(false);
    }
    expect(e.content["@_type"]).toBe("html");
  }
  return { feed: parsed, entries, etag: response.headers.get("etag")! };
}

/** The commitment an entry links to, from its absolute alternate link. */
function commitmentOf(entry: Entry): string {
  const href = entry.link.find((l) => (l["@_rel"] ?? "alternate") === "alternate")!["@_href"];
  const url = new URL(href);
  expect(url.origin).toBe(base());
  const match = /^\/commitments\/([^/]+)$/.exec(url.pathname);
  expect(match, href).not.toBeNull();
  return decodeURIComponent(match![1]!);
}

/** The quotes an entry's HTML content carries, read as markup (the writer emits well-formed HTML). */
function quotesOf(entry: Entry): string[] {
  const html = (parser.parse(`<div>${entry.content["#text"]}</div>`) as { div: { blockquote?: { p: string }[] } }).div;
  return (html.blockquote ?? []).map((b) => String(b.p).replace(/^“|”$/g, ""));
}

const titleOf = (entry: Entry) => (typeof entry.title === "string" ? entry.title : entry.title["#text"]);

async function json<T>(path: string): Promise<T> {
  return (await (await fetch(`${base()}${path}`)).json()) as T;
}

type History = { id: string; to: string; citations: { quote: string }[] }[];

describe("Atom feeds", () => {
  beforeAll(async () => {
    server = await startServer(seededCopy("feeds"), integrationPort(15));
  });
  afterAll(() => server?.stop());

  it("carries every status change with its evidence, linked to its commitment, the same on every fetch", async () => {
    const first = await feed("/feeds/status-changes.atom");
    expect(first.entries.length).toBeGreaterThan(0);
    const again = await feed("/feeds/status-changes.atom");
    expect(again.entries.map((e) => e.id)).toEqual(first.entries.map((e) => e.id));
    expect(again.etag).toBe(first.etag);
    for (const entry of first.entries) {
      const id = commitmentOf(entry);
      const commitment = await json<{ title: string; statusHistory: History }>(`/api/v1/commitments/${id}`);
      expect(titleOf(entry)).toContain(commitment.title);
      const change = commitment.statusHistory.find((s) => entry.id.endsWith(`:status-change/${s.id}`));
      expect(change, entry.id).toBeDefined();
      expect(quotesOf(entry)).toEqual(change!.citations.slice(0, 3).map((c) => c.quote));
    }
    expect(first.entries.some((e) => quotesOf(e).length > 0)).toBe(true);
  });

  it("narrows to a commitment, a pair, and any filter of the commitments list", async () => {
    const all = (await feed("/feeds/status-changes.atom")).entries;
    const one = (await feed("/feeds/commitments/cyber-monitoring-centre.atom")).entries;
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((e) => commitmentOf(e) === "cyber-monitoring-centre")).toBe(true);

    const requests = await json<{ data: { id: string }[] }>("/api/v1/commitments?kind=request&view=summary");
    const requestIds = new Set(requests.data.map((c) => c.id));
    const filtered = (await feed("/feeds/commitments.atom?kind=request")).entries;
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all.length);
    expect(filtered.every((e) => requestIds.has(commitmentOf(e)))).toBe(true);
    // A page's address as it is, paging and sorting included, is a feed's address.
    const copied = (await feed("/feeds/commitments.atom?kind=request&sort=-title&page=1")).entries;
    expect(copied.map((e) => e.id)).toEqual(filtered.map((e) => e.id));

    expect((await feed("/feeds/pairs/VN-KH.atom")).entries.length).toBeGreaterThan(0);
    expect((await feed("/feeds/pairs/FR-SN.atom")).entries).toEqual([]);
    expect((await feed("/feeds/status-changes.atom?asOf=2000-01-01")).entries).toEqual([]);
  });

  it("lists a commitment past its target, dated the day it became overdue", async () => {
    const { entries } = await feed("/feeds/overdue.atom");
    const overdue = await json<{ data: { id: string }[] }>("/api/v1/commitments?overdue=true&view=summary");
    expect(entries.map(commitmentOf).sort()).toEqual(overdue.data.map((c) => c.id).sort());
    const cyber = entries.find((e) => commitmentOf(e) === "cyber-monitoring-centre")!;
    // "Due 2019": overdue from the first day of 2020.
    expect(cyber.updated).toBe("2020-01-01T00:00:00Z");
    expect(titleOf(cyber)).toMatch(/^Overdue: /);
    expect(quotesOf(cyber).length).toBeGreaterThan(0);
    expect((await feed("/feeds/overdue.atom?pair=FR-SN")).entries).toEqual([]);
  });

  it("shows a status change made through the JSON route in the feeds that follow it", async () => {
    const id = "oda-national-tv-radio";
    const before = await feed("/feeds/status-changes.atom");
    const editor = await login(base(), TEST_USERS.editor);
    const { version } = await json<{ version: number }>(`/api/v1/commitments/${id}`);
    const created = await sendJson(
      base(),
      "POST",
      `/api/commitments/${id}/status-changes`,
      {
        version,
        toStatus: "in_progress",
        effective: "2019-06",
        note: "Work began & the <studio> opened",
        evidence: { kind: "existing", sourceId: EN, quote: QUOTE },
      },
      { cookie: editor },
    );
    expect(created.status).toBe(201);
    const history = (await json<{ statusHistory: History }>(`/api/v1/commitments/${id}`)).statusHistory;
    const changeId = history.at(-1)!.id;

    const stale = await fetch(`${base()}/feeds/status-changes.atom`, { headers: { "if-none-match": before.etag } });
    expect(stale.status).toBe(200);
    for (const path of [
      "/feeds/status-changes.atom",
      `/feeds/commitments/${id}.atom`,
      "/feeds/pairs/VN-KH.atom",
      "/feeds/pairs/KH-VN.atom",
      "/feeds/commitments.atom?status=in_progress",
    ]) {
      const { entries } = await feed(path);
      const entry = entries.find((e) => e.id.endsWith(`:status-change/${changeId}`));
      expect(entry, path).toBeDefined();
      // Newest recorded first.
      expect(entries[0], path).toBe(entry);
      expect(commitmentOf(entry!)).toBe(id);
      expect(titleOf(entry!)).toMatch(/→ In progress$/);
      expect(quotesOf(entry!)).toEqual([QUOTE]);
      expect(entry!.content["#text"]).toContain("Work began &amp; the &lt;studio&gt; opened");
      expect(entry!.author?.[0]?.name).toBeTruthy();
      expect(entry!.author?.[0]?.name).not.toContain("@");
    }
    const requestsOnly = (await feed("/feeds/commitments.atom?kind=request")).entries;
    expect(requestsOnly.some((e) => e.id.endsWith(changeId))).toBe(false);
  });

  it("marks a correction, and refreshes the entry it corrects", async () => {
    const id = "vietnamese-radio-airtime";
    const editor = await login(base(), TEST_USERS.editor);
    const post = async (body: Record<string, unknown>) => {
      const { version } = await json<{ version: number }>(`/api/v1/commitments/${id}`);
      const evidence = { kind: "existing", sourceId: EN, quote: QUOTE };
      const created = await sendJson(
        base(),
        "POST",
        `/api/commitments/${id}/status-changes`,
        { version, effective: "2019-07", evidence, ...body },
        { cookie: editor },
      );
      expect(created.status).toBe(201);
      return (await json<{ statusHistory: History }>(`/api/v1/commitments/${id}`)).statusHistory.at(-1)!.id;
    };
    const mistaken = await post({ toStatus: "stalled" });
    const correction = await post({ toStatus: "in_progress", correctsId: mistaken, note: "Stalled was a misreading" });
    const { entries } = await feed(`/feeds/commitments/${id}.atom`);
    const fixed = entries.find((e) => e.id.endsWith(`:status-change/${correction}`))!;
    const old = entries.find((e) => e.id.endsWith(`:status-change/${mistaken}`))!;
    expect(titleOf(fixed)).toMatch(/^Correction: /);
    expect(fixed.content["#text"]).toContain(`#change-${mistaken}`);
    expect(old.content["#text"]).toContain("Corrected by a later entry");
    expect(Date.parse(old.updated)).toBeGreaterThanOrEqual(Date.parse(fixed.published!));
    expect(Date.parse(old.published!)).toBeLessThanOrEqual(Date.parse(fixed.published!));
  });

  it("answers a reader holding the current copy with 304", async () => {
    const { etag } = await feed("/feeds/pairs/VN-KH.atom");
    const response = await fetch(`${base()}/feeds/pairs/VN-KH.atom`, { headers: { "if-none-match": etag } });
    expect(response.status).toBe(304);
    expect(response.headers.get("cache-control")).toMatch(/must-revalidate/);
  });

  it("refuses what is no feed: an unknown commitment or pair, a bad filter", async () => {
    for (const [path, status] of [
      ["/feeds/commitments/no-such-commitment.atom", 404],
      ["/feeds/commitments/cyber-monitoring-centre.json", 404],
      ["/feeds/pairs/VN-VN.atom", 404],
      ["/feeds/pairs/VN.atom", 404],
      ["/feeds/commitments.atom?status=bogus", 400],
      ["/feeds/overdue.atom?nosuch=1", 400],
      ["/feeds/status-changes.atom?kind=pledge", 400],
    ] as const) {
      const { response } = await fetchFeed(path);
      expect(response.status, path).toBe(status);
    }
  });
});

describe("Atom feeds when reading needs an account", () => {
  let privateServer: Awaited<ReturnType<typeof startServer>> | undefined;
  beforeAll(async () => {
    privateServer = await startServer(inject("databaseFile"), integrationPort(16), { PACT_PUBLIC_READ: "false" });
  });
  afterAll(() => privateServer?.stop());

  it("tells an anonymous reader 401, and gives a logged-in one a private copy", async () => {
    const url = `${privateServer!.baseURL}/feeds/status-changes.atom`;
    const anonymous = await fetch(url, { redirect: "manual" });
    expect(anonymous.status).toBe(401);
    const cookie = await login(privateServer!.baseURL, TEST_USERS.viewer);
    const reader = await fetch(url, { headers: { cookie } });
    expect(reader.status).toBe(200);
    expect(reader.headers.get("cache-control")).toMatch(/^private\b/);
  });
});
