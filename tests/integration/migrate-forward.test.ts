import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG_CODES } from "@/lib/countries/catalog";
import { prepareDatabase } from "../../scripts/prepare-db";
import { loadSql } from "../../scripts/sql-dump";
import { conformanceProblems } from "../helpers/openapi";
import { csvDifferences, differences } from "../helpers/same-answers";
import { startServer, TMP_DIR } from "../helpers/server";
import { callAction, login, sendJson, serverActions } from "../helpers/session";
import { integrationPort } from "../helpers/ports";

// A database made by the previous release (its npm start, an account from its user:add and one
// status change through its route; tests/fixtures/release-6bbfdbb, made by
// scripts/fixture-release-db.ts) is migrated the way npm start migrates, served by this build,
// and must answer every API v1 request of the release's own snapshot as the release did.
// Port 30 above the integration port (faults.test.ts holds 10–19, openapi-fresh-server 20–21,
// clean-stop 22, the write servers 40 and up).
const PORT = integrationPort(30);
const FIXTURE = path.resolve("tests/fixtures/release-6bbfdbb");

type Answer = { status: number; contentType: string; body: unknown };
type Fixture = {
  release: string;
  accounts: { admin: { email: string; password: string }; editor: { email: string; password: string } };
  statusChange: { commitmentId: string; toStatus: string };
  rows: Record<string, number>;
  answers: Record<string, Answer>;
};
const fixture = JSON.parse(readFileSync(path.join(FIXTURE, "api.json"), "utf8")) as Fixture;

/** A body with its `{ "$same": path }` stand-ins replaced by that path's body (see the fixture script). */
function expand(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== "object") return value;
  const same = (value as { $same?: string }).$same;
  if (same !== undefined) return expand(fixture.answers[same]!.body);
  return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, expand(v)]));
}
const oldBody = <T = unknown>(apiPath: string) => expand(fixture.answers[apiPath]!.body) as T;

/**
 * Fields whose value may change, and why. The JSON export's `generated` is the day it was made.
 */
const CHANGES_ALLOWED: { at: RegExp; why: string }[] = [
  { at: /^exports\/commitments\?format=json[^ ]*\/generated:/, why: "the day the export was made" },
];

// FTS5's own storage: a reload packs the same words into other segments, so only its counts of
// documents (search_fts, search_fts_docsize, search_fts_content) are compared.
const FTS_STORAGE = new Set(["search_fts_data", "search_fts_idx", "search_fts_config"]);

function tableCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((t) => [t, db.prepare(`SELECT COUNT(*) FROM "${t}"`).pluck().get() as number]),
    );
  } finally {
    db.close();
  }
}

function query<T>(file: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}

let file: string;
let loaded: Record<string, number>;
let migrated: Record<string, number>;
let server: Awaited<ReturnType<typeof startServer>>;
const base = () => server.baseURL;
const getJson = async <T>(apiPath: string) => (await (await fetch(`${base()}/api/v1/${apiPath}`)).json()) as T;

beforeAll(async () => {
  file = path.join(TMP_DIR, `migrate-forward-${PORT}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const db = new Database(file);
  try {
    loadSql(db, readFileSync(path.join(FIXTURE, "pact.sql"), "utf8"));
  } finally {
    db.close();
  }
  loaded = tableCounts(file);
  // What npm start does before it serves (scripts/start.ts): migrations, then the dataset only
  // when there are no countries yet (here there are), then the first admin (here there is one).
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = `file:${file}`;
  try {
    await prepareDatabase();
  } finally {
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
  }
  migrated = tableCounts(file);
  server = await startServer(file, PORT);
}, 180_000);
afterAll(() => server?.stop());

describe(`a database made by release ${fixture.release.slice(0, 7)}`, () => {
  it("loads from its SQL dump with every row the release wrote", () => {
    const expected = Object.entries(fixture.rows).filter(([table]) => !FTS_STORAGE.has(table));
    expect(expected.length).toBeGreaterThan(20);
    for (const [table, rows] of expected) expect(loaded[table], table).toBe(rows);
    expect(fixture.rows.StatusChange).toBeGreaterThan(fixture.rows.Commitment!);
    expect(fixture.rows.user).toBe(2);
  });

  it("migrates forward on start: every migration applied, no row lost, one side per giver and receiver", () => {
    const applied = query<{ migration_name: string; finished_at: string | null; rolled_back_at: string | null }>(
      file,
      `SELECT "migration_name", "finished_at", "rolled_back_at" FROM "_prisma_migrations" ORDER BY "migration_name"`,
    );
    const migrations = readdirSync(path.resolve("prisma/migrations"), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(applied.map((m) => m.migration_name)).toEqual(migrations);
    expect(applied.filter((m) => m.finished_at === null || m.rolled_back_at !== null)).toEqual([]);
    for (const [table, rows] of Object.entries(loaded)) {
      if (FTS_STORAGE.has(table) || table === "_prisma_migrations") continue;
      // npm start adds every catalog country the release lacked, each with its audit row.
      if (table === "Country") expect(migrated[table], table).toBe(CATALOG_CODES.length);
      else if (table === "AuditEntry") expect(migrated[table], table).toBe(rows + migrated.Country! - loaded.Country!);
      else expect(migrated[table], table).toBe(rows);
    }
    expect(migrated.CommitmentSide).toBe(2 * loaded.Commitment!);
    expect(query(file, "PRAGMA foreign_key_check")).toEqual([]);
  });

  it("answers every API v1 request of the release's snapshot as the release did", async () => {
    const problems: string[] = [];
    for (const [apiPath, answer] of Object.entries(fixture.answers)) {
      const response = await fetch(`${base()}/api/v1/${apiPath}`);
      const text = await response.text();
      if (response.status !== answer.status)
        problems.push(`${apiPath}: status ${response.status}, was ${answer.status}`);
      if (response.headers.get("content-type") !== answer.contentType)
        problems.push(`${apiPath}: content type ${response.headers.get("content-type")}, was ${answer.contentType}`);
      if (typeof answer.body === "string") {
        problems.push(...csvDifferences(answer.body, text, apiPath));
        continue;
      }
      const now = JSON.parse(text) as unknown;
      problems.push(...differences(expand(answer.body), now, apiPath));
      problems.push(
        ...(await conformanceProblems(`/api/v1/${apiPath}`, response.status, now)).map((p) => `${apiPath} ${p}`),
      );
    }
    const unexplained = problems.filter((p) => !CHANGES_ALLOWED.some((allowed) => allowed.at.test(p)));
    expect(unexplained).toEqual([]);
    expect(Object.keys(fixture.answers).length).toBeGreaterThan(80);
  });
});

type End = {
  country: string;
  countryName: string;
  organization: { id: string; name: string } | null;
  person: { id: string; name: string } | null;
};
type OldCommitment = { id: string; title: string; from: End; to: End; amount: Record<string, unknown> | null };
type Side = {
  role: string;
  country: { code: string } | null;
  organization: { id: string } | null;
  person: { id: string } | null;
};
type NewCommitment = {
  direction: string;
  sides: Side[];
  amount: { qualifier?: string } | null;
  titleEn: string | null;
};

const LIST_OF = { commitment: "commitments", event: "events", document: "documents", organization: "organizations" };
/** The release's records of a kind, from its list answer. */
const oldRecords = <T extends { id: string }>(list: string) => oldBody<{ data: T[] }>(`${list}?pageSize=200`).data;

async function searchHits(q: string, type: string): Promise<string[]> {
  const params = new URLSearchParams({ q, type, limit: "50" });
  const body = await getJson<{ groups: { hits: { id: string }[] }[] }>(`search?${params}`);
  return body.groups.flatMap((g) => g.hits.map((h) => h.id));
}

describe("what the migration turns old records into", () => {
  const side = (role: string, end: End) => ({
    role,
    country: { code: end.country },
    organization: end.organization ? { id: end.organization.id } : null,
    person: end.person ? { id: end.person.id } : null,
  });

  it("makes every commitment one-way, its giver and its receiver its two sides", async () => {
    const commitments = oldRecords<OldCommitment>("commitments");
    expect(commitments.length).toBe(fixture.rows.Commitment);
    for (const before of commitments) {
      const now = await getJson<NewCommitment>(`commitments/${before.id}`);
      expect(now.direction, before.id).toBe("one_way");
      expect(now.sides, before.id).toMatchObject([side("giver", before.from), side("receiver", before.to)]);
    }
  });

  it("reads every amount as exact and every title as English", async () => {
    const commitments = oldRecords<OldCommitment>("commitments");
    expect(commitments.filter((c) => c.amount !== null).length).toBeGreaterThan(0);
    for (const before of commitments) {
      const now = await getJson<NewCommitment>(`commitments/${before.id}`);
      if (before.amount === null) expect(now.amount, before.id).toBeNull();
      else expect(now.amount, before.id).toEqual({ ...before.amount, qualifier: "exact" });
      expect(now.titleEn, before.id).toBe(before.title);
    }
  });

  it("still finds every migrated record by its title", async () => {
    for (const [type, list] of Object.entries(LIST_OF)) {
      const records = oldRecords<{ id: string; title?: string; name?: string }>(list);
      expect(records.length, list).toBeGreaterThan(0);
      for (const record of records) {
        const title = record.title ?? record.name!;
        expect(await searchHits(title, type), `${type} "${title}"`).toContain(record.id);
      }
    }
  });
});

describe("writing after the migration", () => {
  it("keeps the release's accounts: its editor logs in and records a status change on an old commitment", async () => {
    const admin = await login(base(), fixture.accounts.admin);
    expect(admin).toMatch(/=/);
    const cookie = await login(base(), fixture.accounts.editor);
    const id = oldRecords<OldCommitment & { status: string }>("commitments").find(
      (c) => c.status === "announced" && c.id !== fixture.statusChange.commitmentId,
    )!.id;
    const { version } = await getJson<{ version: number }>(`commitments/${id}`);
    const change = {
      version,
      toStatus: "agreed",
      effective: "2019-05",
      evidence: {
        kind: "new",
        url: "https://example.org/fixture/after-the-migration",
        title: "Both ministries sign off the plan (fixture article)",
        publisher: "Fixture Wire",
        published: "2019-05-20",
        language: "en",
        quote: "The two ministries signed off the plan on Monday, officials said.",
      },
    };
    const { status, body } = await sendJson(base(), "POST", `/api/commitments/${id}/status-changes`, change, {
      cookie,
    });
    expect(status, JSON.stringify(body)).toBe(201);
    const now = await getJson<{
      status: string;
      version: number;
      statusHistory: { editor: { name: string } | null }[];
    }>(`commitments/${id}`);
    expect(now).toMatchObject({ status: "agreed", version: version + 1 });
    expect(now.statusHistory.at(-1)!.editor?.name).toBe("Fixture Editor");
  });

  it("indexes what is created after the migration: a commitment by either title, an organization by name and alias", async () => {
    const cookie = await login(base(), fixture.accounts.editor);
    const call = async (name: string, arg: unknown) => {
      const action = serverActions().find((a) => a.name === name)!;
      return (await callAction(base(), action, arg, cookie)).result as { ok: boolean; data?: { id: string } };
    };
    // The source the release's status change created: its whole text is the quote given then.
    const source = oldBody<{ data: { id: string; title: string }[] }>("sources?pageSize=200").data.find((s) =>
      s.title.includes("fixture article"),
    )!;
    const titles = {
      titleEn: "Shared flood forecasting bulletins for the river provinces",
      titleFr: "Bulletins communs de prévision des crues pour les provinces fluviales",
    };
    const commitment = await call("createCommitmentAction", {
      ...titles,
      kind: "pledge",
      sides: [
        { role: "giver", countryCode: "VN" },
        { role: "receiver", countryCode: "KH", organizationId: "kh-moi" },
      ],
      // A sector too: its row's trigger rewrites the commitment's search document after the insert.
      sectors: [oldRecords<OldCommitment & { sectors: string[] }>("commitments")[0]!.sectors[0]],
      status: "announced",
      statusEffective: "2019-09",
      citations: [{ sourceId: source.id, quote: "programmes went on air this week", occurrence: 1 }],
      links: [],
    });
    expect(commitment, JSON.stringify(commitment)).toMatchObject({ ok: true });
    const id = commitment.data!.id;
    expect(await searchHits("flood forecasting bulletins", "commitment")).toContain(id);
    expect(await searchHits("prévision des crues", "commitment")).toContain(id);
    const listed = await getJson<{ data: { id: string }[] }>(`commitments?q=${encodeURIComponent("river provinces")}`);
    expect(listed.data.map((c) => c.id)).toEqual([id]);

    const organization = await call("createOrganizationAction", {
      name: "Provincial Hydrology Office",
      nameFr: "Bureau provincial d'hydrologie",
      kind: "agency",
      countryCode: "KH",
      aliases: [{ alias: "PHO-KH" }],
    });
    expect(organization, JSON.stringify(organization)).toMatchObject({ ok: true });
    for (const words of ["Hydrology Office", "bureau hydrologie", "PHO-KH"])
      expect(await searchHits(words, "organization"), words).toContain(organization.data!.id);
  });
});
