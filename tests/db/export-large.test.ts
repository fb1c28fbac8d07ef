import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { generateSynthetic } from "@/scripts/generate-synthetic";
import { parseCsv } from "../helpers/csv";

// An export reads its rows in batches of 1,000: more commitments than one batch, on a real
// migrated database, so that every batch boundary and the as-of statuses of each are exercised
// (an as-of export once failed past 999 rows: Prisma refused the ordered `in` list).
const file = path.resolve("tests/.tmp/export-large.db");
const COMMITMENTS = 2_100;
const AS_OF = "2019-06-30";
const TODAY = "2025-06-30";

type ExportModule = typeof import("@/lib/commitments/export");
type SchemaModule = typeof import("@/lib/commitments/schema");

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

type Side = import("@/lib/commitments/serialize").CommitmentJson["sides"][number];

/**
 * The from_* or to_* cells of a side's entries (the givers or the receivers; of a mutual
 * commitment, the first party and the others): each column lists them joined by ";", an entry
 * without that part leaving its place empty, and is empty when no entry has it.
 */
function sideCells(prefix: "from" | "to", entries: Side[]): Record<string, string> {
  const column = (part: (s: Side) => string | undefined) =>
    entries.some((s) => part(s)) ? entries.map((s) => part(s) ?? "").join(";") : "";
  return {
    [`${prefix}_country`]: column((s) => s.country?.code),
    [`${prefix}_organization`]: column((s) => s.organization?.name),
    [`${prefix}_person`]: column((s) => s.person?.name),
  };
}

/** Each CSV line as a record of its columns, by id. */
function byId(csv: string): Map<string, Record<string, string>> {
  const [header, ...lines] = parseCsv(csv);
  return new Map(
    lines.map((cells) => [cells[0]!, Object.fromEntries(header!.map((column, i) => [column, cells[i] ?? ""]))]),
  );
}

// SQLite's order of text: by code unit, not by locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const idStatus = (csv: string) => new Map([...byId(csv)].map(([id, row]) => [id, row.status!]));

describe("exports past one batch", () => {
  let exports: ExportModule;
  let schema: SchemaModule;
  let db: Database.Database;
  beforeAll(async () => {
    mkdirSync(path.dirname(file), { recursive: true });
    generateSynthetic({ commitments: COMMITMENTS, seed: 11, out: file, now: TODAY, quiet: true });
    // The app's client reads DATABASE_URL when its module loads.
    process.env.DATABASE_URL = `file:${file}`;
    [exports, schema] = await Promise.all([import("@/lib/commitments/export"), import("@/lib/commitments/schema")]);
    db = new Database(file, { readonly: true });
    return () => db.close();
  }, 120_000);

  it("writes every commitment once, in the list's order, with its current status", async () => {
    const csv = await collect(exports.exportCommitments(schema.commitmentFilterSchema.parse({}), "csv", TODAY));
    const rows = idStatus(csv);
    const stored = db
      .prepare(`SELECT "id", "status" FROM "Commitment" ORDER BY "targetDate" ASC NULLS LAST, "id" ASC`)
      .all() as { id: string; status: string }[];
    expect([...rows.keys()]).toEqual(stored.map((r) => r.id));
    expect(stored.every((r) => rows.get(r.id) === r.status)).toBe(true);
  });

  it("as of a day, writes the commitments known then with the status each had then", async () => {
    const csv = await collect(
      exports.exportCommitments(schema.commitmentFilterSchema.parse({ asOf: AS_OF }), "csv", TODAY),
    );
    const rows = idStatus(csv);
    const expected = db
      .prepare(
        `SELECT c."id", (SELECT s."toStatus" FROM "StatusChange" s WHERE s."commitmentId" = c."id" AND s."effectiveDate" <= ?
        ORDER BY s."effectiveDate" DESC, s."recordedAt" DESC, s."id" DESC LIMIT 1) AS status FROM "Commitment" c`,
      )
      .all(AS_OF) as { id: string; status: string | null }[];
    const known = expected.filter((r) => r.status !== null);
    expect(known.length).toBeGreaterThan(1_000);
    expect(rows.size).toBe(known.length);
    expect(known.every((r) => rows.get(r.id) === r.status)).toBe(true);
  });

  it("writes in each CSV cell what the JSON export (built by another statement) says of the same commitment", async () => {
    const filter = schema.commitmentFilterSchema.parse({});
    const csv = byId(await collect(exports.exportCommitments(filter, "csv", TODAY)));
    const json = JSON.parse(await collect(exports.exportCommitments(filter, "json", TODAY))) as {
      data: import("@/lib/commitments/serialize").CommitmentJson[];
    };
    expect(json.data).toHaveLength(csv.size);
    const text = (value: string | number | boolean | null | undefined) =>
      value === null || value === undefined ? "" : String(value);
    for (const c of json.data) {
      const q = c.quantity;
      expect(csv.get(c.id)).toEqual({
        id: c.id,
        title: c.title,
        kind: c.kind,
        status: c.status,
        overdue: String(c.overdue),
        direction: c.direction,
        ...sideCells(
          "from",
          c.direction === "mutual" ? c.sides.slice(0, 1) : c.sides.filter((x) => x.role === "giver"),
        ),
        ...sideCells("to", c.direction === "mutual" ? c.sides.slice(1) : c.sides.filter((x) => x.role === "receiver")),
        sectors: c.sectors.join(";"),
        amount: text(c.amount?.value),
        currency: text(c.amount?.currency),
        amount_qualifier: text(c.amount?.qualifier),
        quantity_baseline: text(q?.baseline),
        quantity_target: text(q?.target),
        quantity_delta: text(q?.delta),
        quantity_unit: text(q?.unit),
        quantity_at_least: text(q?.atLeast),
        quantity_scope: text(q?.scope),
        target: text(c.target?.date),
        target_precision: text(c.target?.precision),
        target_end: text(c.target?.end?.date),
        target_end_precision: text(c.target?.end?.precision),
        event_id: text(c.eventId),
        event: text(c.event?.title),
        document_id: text(c.documentId),
        document: text(c.document?.title),
        sources: [...new Set(c.citations.map((x) => x.sourceId))].sort().join(";"),
        // Every quote with its source, by source and place in it (what /import reads back).
        citations: c.citations.length
          ? JSON.stringify(
              [...c.citations]
                .sort((a, b) => byText(a.sourceId, b.sourceId) || a.start - b.start || byText(a.id, b.id))
                .map((x) => ({ source: x.sourceId, quote: x.quote })),
            )
          : "",
      });
    }
  });
});
