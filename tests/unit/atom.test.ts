import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomXml, escapeXml, rfc3339, type AtomEntry } from "@/lib/feeds/atom";
import { overdueEntry, publicName, statusChangeEntry, tagUri } from "@/lib/feeds/entries";
import type { StatusChangeRow } from "@/lib/feeds/rows";

// The Atom writer is checked the way a feed reader sees it: every document must be well-formed
// XML, and what a maintained parser reads back must be the text that went in.

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  isArray: (name) => name === "entry" || name === "link",
});
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BASE = "https://pact.example.org";

type Parsed = {
  feed: {
    id: string;
    title: { "#text": string };
    updated: string;
    link: { "@_rel": string; "@_href": string }[];
    entry?: {
      id: string;
      title: { "#text": string };
      updated: string;
      published?: string;
      link: { "@_href": string }[];
      author?: { name: string };
      content: { "#text": string; "@_type": string };
    }[];
  };
};

function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml) as Parsed;
}

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "tag:pact.example.org,2026:status-change/a",
  title: "A title",
  updated: new Date("2026-12-01T10:00:00.123Z"),
  links: [{ href: `${BASE}/commitments/a` }],
  contentHtml: "<p>Hello</p>",
  ...overrides,
});

const feedOf = (entries: AtomEntry[]) =>
  atomXml({
    id: "tag:pact.example.org,2026:feed/x",
    title: "Feed",
    alternate: `${BASE}/`,
    self: `${BASE}/feeds/x.atom`,
    author: "Pact",
    entries,
  });

describe("escapeXml", () => {
  it("escapes the markup characters and quotes", () => {
    expect(escapeXml(`<b class="x">it's</b>`)).toBe("&lt;b class=&quot;x&quot;&gt;it&apos;s&lt;/b&gt;");
  });

  it("escapes every ampersand, a lone one and one that already looks like an entity", () => {
    expect(escapeXml("AT&T & co")).toBe("AT&amp;T &amp; co");
    expect(escapeXml("&amp; &#169; &")).toBe("&amp;amp; &amp;#169; &amp;");
  });

  it("drops the control characters XML 1.0 forbids and keeps tab, newline and return", () => {
    expect(escapeXml("a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\uFFFEh\uFFFFi")).toBe("abcdefghi");
    expect(escapeXml("a\tb\nc\rd")).toBe("a\tb\nc\rd");
  });

  it("turns half a surrogate pair into U+FFFD and keeps whole pairs", () => {
    expect(escapeXml("x\uD800y")).toBe("x\uFFFDy");
    expect(escapeXml("Việt Nam 🇻🇳")).toBe("Việt Nam 🇻🇳");
  });
});

describe("atomXml", () => {
  it("writes a well-formed document whose text reads back as written", () => {
    const title = `Radio & TV <"Khmer"> 'airtime' \u0007 ]]> done`;
    const html = `<blockquote><p>“AT&amp;T &lt;quote&gt;”</p></blockquote>`;
    const href = `${BASE}/commitments/a?x=1&y=2`;
    const parsed = parse(feedOf([entry({ title, contentHtml: html, links: [{ href }] })]));
    const [e] = parsed.feed.entry!;
    expect(e!.title["#text"]).toBe(`Radio & TV <"Khmer"> 'airtime'  ]]> done`);
    expect(e!.content["@_type"]).toBe("html");
    expect(e!.content["#text"]).toBe(html);
    expect(e!.link[0]!["@_href"]).toBe(href);
  });

  it("dates everything in RFC 3339 and takes the feed's updated from its newest entry", () => {
    const parsed = parse(
      feedOf([
        entry({
          id: "tag:x,2026:1",
          updated: new Date("2026-01-02T03:04:05Z"),
          published: new Date("2026-01-01T00:00:00Z"),
        }),
        entry({ id: "tag:x,2026:2", updated: new Date("2026-03-02T03:04:05.999Z") }),
      ]),
    );
    expect(parsed.feed.updated).toBe("2026-03-02T03:04:05Z");
    for (const e of parsed.feed.entry!) expect(e.updated).toMatch(RFC3339);
    expect(parsed.feed.entry![0]!.published).toBe("2026-01-01T00:00:00Z");
    expect(rfc3339(new Date("2019-06-01T00:00:00Z"))).toBe("2019-06-01T00:00:00Z");
  });

  it("names itself (self link) and the page it follows, and is dated even when empty", () => {
    const parsed = parse(feedOf([]));
    expect(parsed.feed.entry).toBeUndefined();
    expect(parsed.feed.updated).toMatch(RFC3339);
    expect(parsed.feed.link.map((l) => [l["@_rel"], l["@_href"]])).toEqual([
      ["self", `${BASE}/feeds/x.atom`],
      ["alternate", `${BASE}/`],
    ]);
  });
});

const change = (overrides: Partial<StatusChangeRow> = {}): StatusChangeRow => ({
  id: "sc1",
  fromStatus: "announced",
  toStatus: "in_progress",
  effectiveDate: "2019-06-01",
  effectivePrecision: "month",
  note: "Work began & the <site> opened",
  correctsId: null,
  recordedAt: new Date("2026-12-01T10:00:00Z"),
  commitment: { id: "cyber-centre", title: "Cyber <centre> & radio" },
  editor: { name: "Lan" },
  correctedBy: [],
  citations: [
    {
      id: "ci1",
      quote: "Hung said the 5 million USD centre is a gift & more",
      source: {
        id: "vna-en",
        title: "VNA <report>",
        publisher: "VNA",
        url: "https://vna.example/a?b=1&c=2",
        language: "en",
      },
    },
  ],
  ...overrides,
});

describe("feed entries", () => {
  it("links a status change to its commitment and quotes the evidence", () => {
    const e = statusChangeEntry(BASE, change());
    expect(e.id).toBe("tag:pact.example.org,2026:status-change/sc1");
    expect(e.title).toBe("Cyber <centre> & radio: Announced → In progress");
    expect(e.links[0]!.href).toBe(`${BASE}/commitments/cyber-centre#change-sc1`);
    expect(e.author).toBe("Lan");
    const parsed = parse(feedOf([e]));
    const content = parsed.feed.entry![0]!.content["#text"];
    expect(content).toContain("“Hung said the 5 million USD centre is a gift &amp; more”");
    expect(content).toContain("June 2019");
    expect(content).toContain(`href="${BASE}/sources/vna-en#citation-ci1"`);
    expect(content).toContain('href="https://vna.example/a?b=1&amp;c=2"');
    expect(content).toContain("Work began &amp; the &lt;site&gt; opened");
  });

  it("never shows an address-like editor name, nor links a source address that is not the web", () => {
    expect(publicName("someone@example.org")).toBeUndefined();
    expect(publicName("  ")).toBeUndefined();
    const e = statusChangeEntry(
      BASE,
      change({
        editor: { name: "someone@example.org" },
        citations: [
          { ...change().citations[0]!, source: { ...change().citations[0]!.source, url: "javascript:alert(1)" } },
        ],
      }),
    );
    expect(e.author).toBeUndefined();
    expect(e.contentHtml).not.toContain("javascript:");
  });

  it("marks a correction and moves a corrected entry's updated to the correction", () => {
    const correction = statusChangeEntry(BASE, change({ id: "sc2", correctsId: "sc1" }));
    expect(correction.title).toMatch(/^Correction: /);
    expect(correction.contentHtml).toContain(`${BASE}/commitments/cyber-centre#change-sc1`);
    const corrected = statusChangeEntry(
      BASE,
      change({ correctedBy: [{ recordedAt: new Date("2026-12-02T00:00:00Z") }] }),
    );
    expect(corrected.contentHtml).toContain("Corrected by a later entry");
    expect(corrected.updated.toISOString()).toBe("2026-12-02T00:00:00.000Z");
    expect(corrected.published!.toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });

  it("dates an overdue commitment on the day it became overdue, with the deadline in its id", () => {
    const e = overdueEntry(
      BASE,
      {
        id: "oda",
        title: "ODA",
        targetDate: "2019-01-01",
        targetPrecision: "year",
        targetEndDate: null,
        targetEndPrecision: null,
        deadline: "2020-01-01",
        status: "announced",
      },
      change().citations,
    );
    expect(e.id).toBe(tagUri(BASE, "overdue/oda/2020-01-01"));
    expect(rfc3339(e.updated)).toBe("2020-01-01T00:00:00Z");
    expect(e.links[0]!.href).toBe(`${BASE}/commitments/oda`);
    expect(e.contentHtml).toContain("Due 2019; overdue since 1 January 2020");
    expect(e.contentHtml).toContain("Hung said the 5 million USD centre is a gift &amp; more");
  });
});
