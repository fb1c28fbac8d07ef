import { describe, expect, it } from "vitest";
import { getJson } from "../helpers/api";

type Hit = {
  type: string;
  id: string;
  title: { text: string; matches: [number, number][] };
  snippet: { text: string; matches: [number, number][] };
  rank: number;
};
type Results = { total: number; counts: Record<string, number>; groups: { type: string; hits: Hit[] }[] };

async function search(q: string, extra = ""): Promise<Results> {
  const { status, body } = await getJson<Results>(`/api/v1/search?q=${encodeURIComponent(q)}${extra}`);
  expect(status, q.slice(0, 60)).toBe(200);
  return body;
}
const ids = (r: Results) => r.groups.flatMap((g) => g.hits.map((h) => `${h.type}:${h.id}`));

describe("full-text search (FTS5)", () => {
  it("folds accents both ways", async () => {
    const plain = ids(await search("cybersecurite"));
    const accented = ids(await search("cybersécurité"));
    expect(plain).toContain("source:vna-fr-2019-03-14");
    expect(plain).toContain("commitment:cyber-monitoring-centre"); // through its sector's French name
    expect(accented.sort()).toEqual(plain.sort());
    expect(ids(await search("Viet Nam"))).toEqual(ids(await search("Viêt Nam")));
  });

  it("matches word prefixes", async () => {
    expect(ids(await search("cyber"))).toEqual(
      expect.arrayContaining(["commitment:cyber-monitoring-centre", "commitment:cybercrime-misinformation-training"]),
    );
    expect(ids(await search("Metf"))).toContain("organization:viettel");
  });

  it("ranks a title match before a body match", async () => {
    const results = await search("Viettel");
    const all = results.groups.flatMap((g) => g.hits).sort((a, b) => a.rank - b.rank);
    expect(all[0]).toMatchObject({ type: "organization", id: "viettel" });
    expect(all[0]!.title.matches.length).toBeGreaterThan(0);
    expect(results.groups[0]!.type).toBe("organization");
  });

  it("marks the matched terms in titles and snippets as offsets, never as HTML", async () => {
    const hit = (await search("radio")).groups.flatMap((g) => g.hits).find((h) => h.id === "vietnamese-radio-airtime")!;
    const [start, end] = hit.title.matches[0]!;
    expect(hit.title.text.slice(start, end).toLowerCase()).toBe("radio");
    expect(hit.title.text).not.toMatch(/<|\u0002|\u0003/);
  });

  it("groups by type with counts, and narrows to the types asked for", async () => {
    const all = await search("Hun Sen");
    expect(all.counts.person).toBe(1);
    expect(all.total).toBe(Object.values(all.counts).reduce((a, b) => a + b, 0));
    const events = await search("Hun Sen", "&type=event");
    expect(events.groups.map((g) => g.type)).toEqual(["event"]);
    const limited = await search("and", "&limit=1");
    expect(limited.groups.every((g) => g.hits.length === 1)).toBe(true);
  });

  it("as of a day, leaves out what was not known yet", async () => {
    const before = await search("cyber", "&asOf=2019-01-01");
    expect(before.counts.commitment).toBe(0);
    expect(before.counts.event).toBe(0);
    expect((await search("cyber", "&asOf=2019-03-20")).counts.commitment).toBe(2);
  });

  it.each([
    ['"'],
    ['""'],
    ['"unbalanced'],
    ["NEAR(cyber centre)"],
    ["NEAR("],
    ["title:cyber"],
    ["body:x"],
    ["AND"],
    ["OR"],
    ["NOT"],
    ["cyber AND"],
    ["*"],
    ["cyber*"],
    ["-"],
    ["-cyber"],
    ["^cyber"],
    ["(((("],
    ["😀"],
    ["😀 cyber 🇻🇳"],
    ["'; DROP TABLE Commitment; --"],
    ["%"],
    ["\\"],
    ["\u0000"],
    ["\u0002mark\u0003"],
    ["x".repeat(10_000)],
    [Array.from({ length: 1500 }, (_, i) => `w${i}`).join(" ")],
  ])("a hostile query %# gives 200 with results or an empty list", async (q) => {
    const results = await search(q);
    expect(Array.isArray(results.groups)).toBe(true);
    const list = await getJson<{ data: unknown[] }>(`/api/v1/commitments?q=${encodeURIComponent(q)}`);
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body.data)).toBe(true);
  });

  it("refuses a query over 10,000 characters with 400 naming q", async () => {
    const { status, body } = await getJson<{ error: { field: string } }>(`/api/v1/search?q=${"y".repeat(10_001)}`);
    expect(status).toBe(400);
    expect(body.error.field).toBe("q");
  });

  it("powers the commitments filter with the same engine", async () => {
    const { body } = await getJson<{ data: { id: string }[] }>("/api/v1/commitments?q=cybersecurite");
    expect(body.data.map((c) => c.id).sort()).toEqual([
      "cyber-monitoring-centre",
      "cybercrime-misinformation-training",
    ]);
  });
});
