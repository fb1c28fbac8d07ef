import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  burst,
  changeBody,
  countOf,
  flip,
  openCommitments,
  query,
  sleep,
  statusChangeUrl,
  writeCounts,
} from "../helpers/faults";
import { startServer, TMP_DIR } from "../helpers/server";
import { login, sendJson } from "../helpers/session";
import { TEST_USERS } from "../helpers/users";
import { seededCopy } from "../helpers/write-server";
import { integrationPort } from "../helpers/ports";

// Servers of their own, on ports 10–19 above the integration port, on their own database files:
// these tests kill servers and write at will, so they share nothing with the other files.
const PORT = integrationPort(10);

function integrity(file: string): string {
  const db = new Database(file);
  try {
    return (db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join("; ");
  } finally {
    db.close();
  }
}

/** Every status change is whole: its audit entry and its citation exist (never one without the others). */
function partialWrites(file: string): string[] {
  return query<{ id: string }>(
    file,
    `SELECT s.id FROM "StatusChange" s WHERE s."editorId" IS NOT NULL AND (
      NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."statusChangeId" = s.id)
      OR NOT EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a.action = 'status_change' AND a."after" LIKE '%"statusChangeId":"' || s.id || '"%'))`,
  ).map((r) => r.id);
}

// Strings a careless or hostile client sends: SQL, FTS syntax, markup, control characters,
// numbers past every limit, dates that are not dates.
const hostile = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.constantFrom(
    '\'; DROP TABLE "Commitment"; --',
    '"*NEAR(',
    "col:x OR y",
    "<script>alert(1)</script>",
    "\u0000",
    "%",
    "%zz",
    "../../etc/passwd",
    "-1",
    "0",
    "1e309",
    "NaN",
    "9".repeat(400),
    "2019-02-30",
    "2019-13",
    "true",
    "null",
    "[]",
    "{}",
    "pledge,request",
    "🎉".repeat(50),
  ),
  fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }).map(String),
  fc.double().map(String),
);

const ENDPOINTS = {
  "/api/v1/commitments": 1,
  "/api/v1/events": 1,
  "/api/v1/documents": 1,
  "/api/v1/sources": 1,
  "/api/v1/people": 1,
  "/api/v1/organizations": 1,
  "/api/v1/search": 1,
  "/api/v1/exports/commitments": 1,
};
const ALL_PARAMS = [
  "status",
  "kind",
  "sector",
  "from",
  "to",
  "country",
  "overdue",
  "targetFrom",
  "targetTo",
  "eventFrom",
  "eventTo",
  "q",
  "asOf",
  "sort",
  "page",
  "pageSize",
  "type",
  "limit",
  "format",
  "language",
  "eventId",
  "documentId",
];

const STATUS_FIELDS = ["version", "toStatus", "effective", "note", "reason", "correctsId", "evidence", "commitmentId"];

/** A body to post, made from a valid one: [what kind of damage, the raw text]. */
const badBody: fc.Arbitrary<(valid: Record<string, unknown>) => [string, string]> = fc.oneof(
  fc.tuple(fc.constantFrom(...STATUS_FIELDS), fc.oneof(hostile, fc.jsonValue())).map(
    ([key, value]) =>
      (valid: Record<string, unknown>) =>
        ["field " + key, JSON.stringify({ ...valid, [key]: value })] as [string, string],
  ),
  fc.tuple(fc.constantFrom("sourceId", "quote", "kind", "url"), fc.oneof(hostile, fc.jsonValue())).map(
    ([key, value]) =>
      (valid: Record<string, unknown>) =>
        [
          "evidence " + key,
          JSON.stringify({ ...valid, evidence: { ...(valid.evidence as object), [key]: value } }),
        ] as [string, string],
  ),
  fc
    .string({ minLength: 1, maxLength: 20 })
    .filter((k) => !STATUS_FIELDS.includes(k) && k !== "__proto__")
    .map(
      (key) => (valid: Record<string, unknown>) =>
        ["unknown field", JSON.stringify({ ...valid, [key]: 1 })] as [string, string],
    ),
  fc
    .jsonValue()
    .filter((v) => v === null || typeof v !== "object" || Array.isArray(v))
    .map((v) => () => ["not an object", JSON.stringify(v)] as [string, string]),
  fc
    .string({ maxLength: 40 })
    .map(
      (text) => (valid: Record<string, unknown>) =>
        ["malformed", JSON.stringify(valid).slice(0, -1) + text] as [string, string],
    ),
  fc.constant(
    (valid: Record<string, unknown>) =>
      ["oversized", JSON.stringify({ ...valid, note: "x".repeat(300_000) })] as [string, string],
  ),
  fc.constant(
    (valid: Record<string, unknown>) =>
      ["huge version", JSON.stringify({ ...valid, version: 1e308 })] as [string, string],
  ),
);

describe("a server killed with kill -9 in the middle of a burst of status changes", () => {
  it("loses no acknowledged write, and the database passes integrity_check after the restart", async () => {
    const file = seededCopy(`faults-crash-${PORT}`);
    const server = await startServer(file, PORT);
    const cookie = await login(server.baseURL, TEST_USERS.editor);
    const targets = openCommitments(file);
    expect(targets.length).toBeGreaterThan(2);
    const writes = burst(server.baseURL, cookie, targets);
    while (writes.acknowledged.length < 40) await sleep(5);
    await server.crash();
    await writes.stop();

    expect(writes.others.filter((s) => s >= 500)).toEqual([]);
    expect(integrity(file)).toBe("ok");
    const restarted = await startServer(file, PORT + 1);
    try {
      const stored = new Set(query<{ id: string }>(file, `SELECT id FROM "StatusChange"`).map((r) => r.id));
      const lost = writes.acknowledged.filter((w) => !stored.has(w.statusChangeId));
      expect(lost).toEqual([]);
      expect(partialWrites(file)).toEqual([]);
      // The restarted server serves the last acknowledged state of each commitment (or a later
      // one, when a write was committed but its answer cut off by the kill).
      for (const t of targets) {
        const mine = writes.acknowledged.filter((w) => w.id === t.id);
        if (!mine.length) continue;
        const json = (await (await fetch(`${restarted.baseURL}/api/v1/commitments/${t.id}`)).json()) as {
          version: number;
        };
        expect(json.version).toBeGreaterThanOrEqual(mine.at(-1)!.version);
      }
    } finally {
      await restarted.stop();
    }
  }, 120_000);
});

describe("faults under load and bad input", () => {
  let file: string;
  let base: string;
  let stop: () => Promise<void>;
  let cookies: string[];
  beforeAll(async () => {
    file = seededCopy(`faults-${PORT}`);
    const server = await startServer(file, PORT + 2);
    [base, stop] = [server.baseURL, server.stop];
    cookies = await Promise.all([login(base, TEST_USERS.editor), login(base, TEST_USERS.editor2)]);
  }, 120_000);
  afterAll(async () => stop?.());

  it("50 concurrent clients on overlapping commitments: no lost update, no 500, history and audit match the acknowledged writes", async () => {
    const targets = openCommitments(file).slice(0, 3);
    const before = Object.fromEntries(
      targets.map((t) => [
        t.id,
        {
          history: countOf(file, `SELECT COUNT(*) AS n FROM "StatusChange" WHERE "commitmentId" = ?`, t.id),
          audits: countOf(
            file,
            `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = 'status_change'`,
            t.id,
          ),
          version: t.version,
        },
      ]),
    );
    const wins: Record<string, number> = Object.fromEntries(targets.map((t) => [t.id, 0]));
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let round = 0; round < 3; round++) {
          const t = targets[(client + round) % targets.length]!;
          const seen = (await (await fetch(`${base}/api/v1/commitments/${t.id}`)).json()) as {
            version: number;
            status: string;
          };
          const reply = await sendJson(
            base,
            "POST",
            statusChangeUrl(t.id),
            changeBody(t, seen.version, flip(seen.status), { note: `client ${client} round ${round}` }),
            { cookie: cookies[client % 2] },
          );
          statuses.push(reply.status);
          if (reply.status === 201) wins[t.id]!++;
        }
      }),
    );
    expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
    for (const t of targets) {
      const history = countOf(file, `SELECT COUNT(*) AS n FROM "StatusChange" WHERE "commitmentId" = ?`, t.id);
      const audits = countOf(
        file,
        `SELECT COUNT(*) AS n FROM "AuditEntry" WHERE "entityId" = ? AND action = 'status_change'`,
        t.id,
      );
      expect(wins[t.id]).toBeGreaterThan(0);
      expect(history - before[t.id]!.history).toBe(wins[t.id]);
      expect(audits - before[t.id]!.audits).toBe(wins[t.id]);
      const [row] = query<{ version: number; status: string }>(
        file,
        `SELECT version, status FROM "Commitment" WHERE id = ?`,
        t.id,
      );
      expect(row!.version).toBe(before[t.id]!.version + wins[t.id]!);
      // No lost update: every change starts from the status the previous one left.
      const chain = query<{ fromStatus: string | null; toStatus: string }>(
        file,
        `SELECT "fromStatus", "toStatus" FROM "StatusChange" WHERE "commitmentId" = ? ORDER BY rowid`,
        t.id,
      );
      for (let i = 1; i < chain.length; i++)
        expect(chain[i]!.fromStatus, `${t.id} change ${i}`).toBe(chain[i - 1]!.toStatus);
      expect(row!.status).toBe(chain.at(-1)!.toStatus);
    }
  }, 120_000);

  it("any query string on any API endpoint: never a 500, and a 400 names the parameter", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(ENDPOINTS)),
        fc.array(
          fc.tuple(fc.oneof(fc.constantFrom(...ALL_PARAMS), fc.string({ minLength: 1, maxLength: 12 })), hostile),
          { maxLength: 4 },
        ),
        async (endpoint, pairs) => {
          const params = new URLSearchParams(pairs);
          const response = await fetch(`${base}${endpoint}?${params}`);
          const text = await response.text();
          expect(response.status, `${endpoint}?${params}`).toBeLessThan(500);
          if (response.status === 400) {
            const { error } = JSON.parse(text) as { error: { field?: string; message: string } };
            expect(error.field, `${endpoint}?${params}`).toBeTruthy();
            expect(error.message).toContain(error.field);
          } else expect([200, 404], `${endpoint}?${params}`).toContain(response.status);
        },
      ),
      // Found by this property: "$$" came back as "$" (a replacement pattern), ". " as no name at all.
      {
        numRuns: 150,
        examples: [
          ["/api/v1/commitments", [["$$", "x"]]],
          ["/api/v1/events", [["$&", "y"]]],
          ["/api/v1/commitments", [[". ", "0"]]],
        ],
      },
    );
  }, 120_000);

  it("any id on the record endpoints: a 404 or a 400, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("commitments", "events", "documents", "sources", "people", "organizations"),
        hostile,
        async (kind, id) => {
          const response = await fetch(`${base}/api/v1/${kind}/${encodeURIComponent(id || "x")}`);
          expect([400, 404], `${kind}/${id}`).toContain(response.status);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it("any body on the status-change route: never a 500, never a partial write, a refusal names the field", async () => {
    const [t] = openCommitments(file);
    await fc.assert(
      fc.asyncProperty(badBody, async (make) => {
        const version = countOf(file, `SELECT version AS n FROM "Commitment" WHERE id = ?`, t!.id);
        const [kind, body] = make(
          changeBody(
            t!,
            version,
            flip(query<{ status: string }>(file, `SELECT status FROM "Commitment" WHERE id = ?`, t!.id)[0]!.status),
          ),
        );
        const before = writeCounts(file);
        const response = await fetch(`${base}${statusChangeUrl(t!.id)}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin: base, cookie: cookies[0]! },
          body,
        });
        const reply = (await response.json()) as { error?: { field?: string; message: string } };
        const after = writeCounts(file);
        expect(response.status, `${kind}: ${body.slice(0, 200)}`).toBeLessThan(500);
        if (response.status === 201) {
          expect(after.statusChanges - before.statusChanges).toBe(1);
          expect(after.audits - before.audits).toBe(1);
          return;
        }
        expect(after, kind).toEqual(before);
        if (kind === "oversized") expect(response.status).toBe(413);
        if (response.status === 400) {
          expect(reply.error!.field, `${kind}: ${body.slice(0, 200)}`).toBeTruthy();
          expect(reply.error!.message).toContain(reply.error!.field);
        }
      }),
      // Found by this property: an unknown field named "constructor" came back with no field name.
      {
        numRuns: 120,
        examples: [
          [
            (valid: Record<string, unknown>) =>
              ["unknown field", JSON.stringify({ ...valid, constructor: 1 })] as [string, string],
          ],
          [
            (valid: Record<string, unknown>) =>
              ["unknown field", JSON.stringify({ ...valid, toString: 1 })] as [string, string],
          ],
        ],
      },
    );
  }, 180_000);

  it("the JSON login: malformed, hostile and oversized bodies get a 4xx, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.json(), hostile, fc.constant(`{"email":"a@b.c","password":"${"x".repeat(300_000)}"}`)),
        async (body) => {
          const response = await fetch(`${base}/api/session`, {
            method: "POST",
            headers: { "content-type": "application/json", origin: base },
            body,
          });
          expect(response.status, body.slice(0, 200)).toBeGreaterThanOrEqual(400);
          expect(response.status, body.slice(0, 200)).toBeLessThan(500);
          if (body.length > 256 * 1024) expect(response.status).toBe(413);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);

  it("a backup taken during a burst of writes opens, passes integrity_check and holds every write acknowledged before it began", async () => {
    const writes = burst(base, cookies[0]!, openCommitments(file));
    while (writes.acknowledged.length < 20) await sleep(5);
    const before = writes.acknowledged.map((w) => w.statusChangeId);
    const out = path.join(TMP_DIR, `faults-backup-${PORT}.db`);
    rmSync(out, { force: true });
    // Spawned, not spawnSync: the writers keep writing while the backup runs.
    const backup = await new Promise<{ code: number | null; output: string }>((resolve) => {
      const child = spawn("npm", ["run", "--silent", "db:backup", "--", "--out", out], {
        env: { ...process.env, DATABASE_URL: `file:${file}` },
      });
      let output = "";
      child.stdout.on("data", (c) => (output += c));
      child.stderr.on("data", (c) => (output += c));
      child.on("exit", (code) => resolve({ code, output }));
    });
    const during = writes.acknowledged.length - before.length;
    await writes.stop();
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toContain(out);
    expect(existsSync(out)).toBe(true);
    expect(integrity(out)).toBe("ok");
    const copied = new Set(query<{ id: string }>(out, `SELECT id FROM "StatusChange"`).map((r) => r.id));
    expect(before.filter((id) => !copied.has(id))).toEqual([]);
    expect(during).toBeGreaterThan(0);
    expect(writes.others.filter((s) => s >= 500)).toEqual([]);
  }, 120_000);
});
