import { mkdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "@/scripts/generate-synthetic";

// The tables read summaries from their own statement (the as-of status computed in SQL), API v1
// reads full records from another (the as-of status taken from the history in TypeScript): on a
// few hundred synthetic commitments with several status changes each, the two must agree field
// by field, on every page, today and as of a day.
const file = path.resolve("tests/.tmp/commitment-summaries.db");
const TODAY = "2025-06-30";
const SUMMARY_FIELDS = [
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
] as const;

type Queries = typeof import("@/lib/commitments/queries");
type Schema = typeof import("@/lib/commitments/schema");

describe("commitment summaries", () => {
  let queries: Queries;
  let schema: Schema;
  beforeAll(async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    generateSynthetic({ commitments: 700, seed: 23, out: file, now: TODAY, quiet: true });
    // The app's client reads DATABASE_URL when its module loads.
    process.env.DATABASE_URL = `file:${file}`;
    [queries, schema] = await Promise.all([import("@/lib/commitments/queries"), import("@/lib/commitments/schema")]);
  }, 120_000);

  async function compareEveryPage(params: Record<string, string>) {
    let compared = 0;
    const statuses = new Map<string, string>();
    for (let page = 1; ; page++) {
      const filter = schema.commitmentFilterSchema.parse({ ...params, page: String(page), pageSize: "200" });
      const [full, summaries] = await Promise.all([
        queries.listCommitments(filter, TODAY),
        queries.listCommitmentSummaries(filter, TODAY),
      ]);
      expect(summaries.total).toBe(full.total);
      expect(summaries.data.map((s) => s.id)).toEqual(full.data.map((c) => c.id));
      summaries.data.forEach((summary, i) => {
        const record = full.data[i]!;
        expect(summary).toEqual(Object.fromEntries(SUMMARY_FIELDS.map((field) => [field, record[field]])));
      });
      compared += summaries.data.length;
      for (const s of summaries.data) statuses.set(s.id, s.status);
      if (summaries.data.length < 200) return { compared, total: full.total, statuses };
    }
  }

  it("gives each row exactly the full record's fields, on every page", async () => {
    const { compared, total } = await compareEveryPage({});
    expect(total).toBe(700);
    expect(compared).toBe(700);
  });

  it("as of a day, gives each row the status it had then, as its history says", async () => {
    const asOf = "2019-06-30";
    const then = await compareEveryPage({ asOf });
    expect(then.compared).toBe(then.total);
    expect(then.total).toBeGreaterThan(100);
    // The day must fall mid-history for the comparison to mean anything: some statuses then differ from today's.
    const now = await compareEveryPage({});
    expect([...then.statuses].filter(([id, status]) => now.statuses.get(id) !== status).length).toBeGreaterThan(10);
  });

  it("agrees on a filtered view: overdue as of a day", async () => {
    const { compared, statuses } = await compareEveryPage({ asOf: "2021-12-31", overdue: "true" });
    expect(compared).toBeGreaterThan(0);
    expect(new Set(statuses.values()).has("fulfilled")).toBe(false);
  });
});
