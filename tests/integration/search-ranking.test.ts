import Database from "better-sqlite3";
import { describe, expect, inject, it } from "vitest";
import { SEARCH_TYPES, type SearchType } from "@/lib/search/schema";
import { rowidRange } from "@/lib/search/search-sql";
import { getJson } from "../helpers/api";

// The search statements rank each type from one FTS5 pass and read counts off the same pass;
// these check that the best hits, the counts and the rowid blocks they rely on stay right.

type Hit = { type: SearchType; id: string; rank: number; title: { text: string } };
type Results = { total: number; counts: Record<SearchType, number>; groups: { type: SearchType; hits: Hit[] }[] };

async function search(q: string, extra = ""): Promise<Results> {
  const { status, body } = await getJson<Results>(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
  expect(status).toBe(200);
  return body;
}
const byType = (r: Results) => new Map(r.groups.map((g) => [g.type, g.hits]));

describe("search ranking per type", () => {
  it("keeps the best `limit` hits of each type, best first, and shows every match when fewer", async () => {
    const all = await search("and", "&limit=50");
    expect(all.groups.length).toBeGreaterThan(2);
    for (const limit of [1, 3]) {
      const few = byType(await search("and", `&limit=${limit}`));
      for (const group of all.groups) {
        const ranks = group.hits.map((h) => h.rank);
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
        expect(group.hits.length).toBe(Math.min(50, all.counts[group.type]));
        // The same ranks as the head of the longer list (ties may swap equal-ranked records).
        expect(few.get(group.type)!.map((h) => h.rank)).toEqual(ranks.slice(0, limit));
      }
    }
  });

  it("counts every match of each type, whatever the limit, and only the types asked for", async () => {
    const all = await search("and", "&limit=1");
    const wide = await search("and", "&limit=50");
    expect(all.counts).toEqual(wide.counts);
    expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));
    const some = await search("and", "&type=event&type=person");
    expect(some.counts).toEqual({
      ...Object.fromEntries(SEARCH_TYPES.map((t) => [t, 0])),
      event: all.counts.event,
      person: all.counts.person,
    });
    expect(some.groups.map((g) => g.type).sort()).toEqual(
      ["event", "person"].filter((t) => all.counts[t as SearchType] > 0).sort(),
    );
    // Leaving types out changes nothing about the hits of the types kept.
    expect(
      byType(some)
        .get("event")
        ?.map((h) => h.id),
    ).toEqual(
      byType(await search("and"))
        .get("event")
        ?.map((h) => h.id),
    );
  });

  it("as of a day, ranks and counts only what was known, among all types", async () => {
    const now = await search("cyber", "&limit=50");
    const then = await search("cyber", "&limit=50&asOf=2019-01-01");
    for (const type of SEARCH_TYPES) expect(then.counts[type]).toBeLessThanOrEqual(now.counts[type]);
    expect(then.counts.commitment).toBe(0);
    expect(now.counts.commitment).toBeGreaterThan(0);
    const nowIds = new Set(now.groups.flatMap((g) => g.hits.map((h) => `${h.type}:${h.id}`)));
    for (const group of then.groups) {
      expect(group.hits.length).toBe(Math.min(50, then.counts[group.type]));
      for (const hit of group.hits) expect(nowIds).toContain(`${hit.type}:${hit.id}`);
    }
  });

  it("gives each kind its own block of rowids, through the triggers that indexed the seed", () => {
    const db = new Database(inject("databaseFile"), { readonly: true });
    try {
      const docs = db.prepare(`SELECT "rowid", "kind" FROM "search_doc"`).all() as {
        rowid: number;
        kind: SearchType;
      }[];
      expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(SEARCH_TYPES));
      for (const d of docs) {
        const [lo, hi] = rowidRange(d.kind);
        expect(d.rowid, d.kind).toBeGreaterThan(lo);
        expect(d.rowid, d.kind).toBeLessThanOrEqual(hi);
      }
      const indexed = db.prepare(`SELECT rowid FROM search_fts ORDER BY rowid`).all() as { rowid: number }[];
      expect(indexed.map((r) => r.rowid)).toEqual(docs.map((d) => d.rowid).sort((a, b) => a - b));
    } finally {
      db.close();
    }
  });
});
