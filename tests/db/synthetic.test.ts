import { createHash } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { beforeAll, describe, expect, it } from "vitest";
import { periodEndExclusive, type Precision } from "@/lib/dates/partial-date";
import type { SearchType } from "@/lib/search/schema";
import { rowidRange } from "@/lib/search/search-sql";
import { generateSynthetic } from "@/scripts/generate-synthetic";

const dir = path.resolve("tests/.tmp");
const file = (name: string) => path.join(dir, `${name}.db`);

function tableHash(name: string): string {
  const db = new Database(file(name), { readonly: true });
  try {
    const hash = createHash("sha256");
    for (const table of [
      "Commitment",
      "CommitmentSide",
      "StatusChange",
      "Citation",
      "Source",
      "Event",
      "Organization",
      "DocumentSignatory",
      "search_doc",
    ]) {
      for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).iterate())
        hash.update(JSON.stringify(row, (_k, v) => (typeof v === "bigint" ? String(v) : v)));
    }
    return hash.digest("hex");
  } finally {
    db.close();
  }
}

describe("the synthetic data generator", () => {
  let db: Database.Database;
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    generateSynthetic({ commitments: 300, seed: 7, out: file("synthetic-a"), now: "2025-06-30", quiet: true });
    db = new Database(file("synthetic-a"), { readonly: true });
    return () => db.close();
  }, 60_000);
  const all = <T>(sql: string) => db.prepare(sql).all() as T[];

  it("writes exactly the number of commitments asked for, each with a history and at least one citation", () => {
    expect(all<{ n: number }>(`SELECT COUNT(*) AS n FROM "Commitment"`)[0]!.n).toBe(300);
    expect(
      all(
        `SELECT id FROM "Commitment" c WHERE NOT EXISTS (SELECT 1 FROM "StatusChange" s WHERE s."commitmentId" = c.id)`,
      ),
    ).toEqual([]);
    for (const owner of ["commitmentId", "statusChangeId", "eventId", "documentId"]) {
      const table = {
        commitmentId: "Commitment",
        statusChangeId: "StatusChange",
        eventId: "Event",
        documentId: "Document",
      }[owner]!;
      expect(
        all(`SELECT id FROM "${table}" x WHERE NOT EXISTS (SELECT 1 FROM "Citation" ci WHERE ci."${owner}" = x.id)`),
        table,
      ).toEqual([]);
    }
  });

  it("keeps the app's invariants: status is the latest change, deadline after the target period or range, version ≥ 1", () => {
    const rows = all<{
      id: string;
      status: string;
      version: number;
      targetDate: string | null;
      targetPrecision: string | null;
      targetEndDate: string | null;
      targetEndPrecision: string | null;
      targetDeadline: string | null;
      latest: string;
      latestByDate: string;
      n: number;
    }>(`
      SELECT c.*, (SELECT s."toStatus" FROM "StatusChange" s WHERE s."commitmentId" = c.id ORDER BY s."recordedAt" DESC, s.id DESC LIMIT 1) AS latest,
        (SELECT s."toStatus" FROM "StatusChange" s WHERE s."commitmentId" = c.id ORDER BY s."effectiveDate" DESC, s."recordedAt" DESC LIMIT 1) AS latestByDate,
        (SELECT COUNT(*) FROM "StatusChange" s WHERE s."commitmentId" = c.id) AS n FROM "Commitment" c`);
    for (const c of rows) {
      expect(c.status, c.id).toBe(c.latest);
      expect(c.status, c.id).toBe(c.latestByDate);
      expect(c.version).toBeGreaterThanOrEqual(1);
      expect(c.version).toBe(c.n);
      // The day after the target's period, or after the last period of a range.
      const last = c.targetEndDate
        ? { date: c.targetEndDate, precision: c.targetEndPrecision as Precision }
        : c.targetDate
          ? { date: c.targetDate, precision: c.targetPrecision as Precision }
          : null;
      const expected = last ? periodEndExclusive(last) : null;
      expect(c.targetDeadline, c.id).toBe(expected);
    }
    expect(new Set(rows.map((r) => r.status)).size).toBeGreaterThan(3);
  });

  it("chains each history: from-status is the previous to-status, dates only move forward", () => {
    const changes = all<{
      commitmentId: string;
      fromStatus: string | null;
      toStatus: string;
      effectiveDate: string;
      recordedAt: string;
    }>(`SELECT * FROM "StatusChange" ORDER BY "commitmentId", "recordedAt"`);
    for (let i = 1; i < changes.length; i++) {
      const [prev, cur] = [changes[i - 1]!, changes[i]!];
      if (prev.commitmentId !== cur.commitmentId) {
        expect(cur.fromStatus).toBeNull();
        continue;
      }
      expect(cur.fromStatus).toBe(prev.toStatus);
      expect(cur.effectiveDate > prev.effectiveDate).toBe(true);
    }
  });

  it("quotes every citation verbatim at its offsets, in sources of a few thousand characters", () => {
    expect(
      all(
        `SELECT ci.id FROM "Citation" ci JOIN "Source" s ON s.id = ci."sourceId" WHERE substr(s."fullText", ci."startOffset" + 1, ci."endOffset" - ci."startOffset") != ci.quote`,
      ),
    ).toEqual([]);
    const [size] = all<{ avg: number }>(`SELECT AVG(length("fullText")) AS avg FROM "Source"`);
    expect(size!.avg).toBeGreaterThan(1500);
  });

  it("stores amounts as integer minor units with a known currency, and passes the foreign key and integrity checks", () => {
    expect(
      all(
        `SELECT id FROM "Commitment" WHERE "amountMinor" IS NOT NULL AND (typeof("amountMinor") != 'integer' OR "amountCurrency" IS NULL)`,
      ),
    ).toEqual([]);
    expect(all(`PRAGMA foreign_key_check`)).toEqual([]);
    expect(all<{ integrity_check: string }>(`PRAGMA integrity_check`)[0]!.integrity_check).toBe("ok");
  });

  it("indexes everything for search, with the migration's triggers in place afterwards", () => {
    const indexed = all<{ n: number }>(`SELECT COUNT(*) AS n FROM "search_doc" WHERE kind = 'commitment'`)[0]!.n;
    expect(indexed).toBe(300);
    expect(all<{ n: number }>(`SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'trigger'`)[0]!.n).toBeGreaterThan(
      20,
    );
    // Accents folded, as in the app: the French sector name is found without its accents.
    expect(
      all<{ n: number }>(`SELECT COUNT(*) AS n FROM search_fts WHERE search_fts MATCH '"telecommunications"*'`)[0]!.n,
    ).toBeGreaterThan(0);
  });

  it("builds the index with the latest search migration: each kind in its own block of rowids", () => {
    const docs = all<{ rowid: number; kind: SearchType }>(`SELECT "rowid", "kind" FROM "search_doc"`);
    for (const d of docs) {
      const [lo, hi] = rowidRange(d.kind);
      expect(d.rowid > lo && d.rowid <= hi, `${d.kind} ${d.rowid}`).toBe(true);
    }
    expect(all<{ n: number }>(`SELECT COUNT(*) AS n FROM search_fts`)[0]!.n).toBe(docs.length);
  });

  it("is deterministic: the same seed gives the same rows, another seed other rows", () => {
    generateSynthetic({ commitments: 300, seed: 7, out: file("synthetic-b"), now: "2025-06-30", quiet: true });
    generateSynthetic({ commitments: 300, seed: 8, out: file("synthetic-c"), now: "2025-06-30", quiet: true });
    expect(tableHash("synthetic-b")).toBe(tableHash("synthetic-a"));
    expect(tableHash("synthetic-c")).not.toBe(tableHash("synthetic-a"));
  }, 60_000);
});
