// npx tsx scripts/fixture-release-db.ts --release <checkout of a release> [--out <dir>] [--port 3776]
// Makes the fixture of tests/integration/migrate-forward.test.ts from a release's own code: its
// `npm start` on an empty file (migrations, the embedded dataset, the first admin), an account
// from its `npm run user:add`, one status change through its JSON route (so auth, audit and a
// non-seed change exist), then its `npm run api:snapshot`. Writes <dir>/pact.sql (the database
// as SQL, scripts/sql-dump.ts) and <dir>/api.json (every API v1 answer the test compares). The
// release's checkout needs `npm ci`; the first start builds it.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual, parseArgs } from "node:util";
import Database from "better-sqlite3";
import { dumpSql } from "./sql-dump";

// Made-up accounts for a test database: nothing real logs in with them.
const FIXTURE_ADMIN = { email: "admin@pact.local", password: "fixture-admin-Quartz-Lantern-81" };
const FIXTURE_EDITOR = { email: "fixture.editor@example.org", password: "fixture-editor-Copper-Meadow-47" };
/** The status change recorded through the release's route, with evidence of our own making. */
const CHANGE = {
  commitmentId: "vov-khmer-programmes",
  toStatus: "in_progress",
  effective: "2019-09",
  note: "Recorded while making the migration fixture",
  evidence: {
    kind: "new",
    url: "https://example.org/fixture/khmer-programmes-on-air",
    title: "Khmer-language programmes go on air (fixture article)",
    publisher: "Fixture Wire",
    published: "2019-09-02",
    language: "en",
    quote: "The first Khmer-language programmes went on air this week, the station said.",
  },
};

// What api:snapshot (scripts/api-snapshot.ts at the release) asks, in its order, and how it names
// each answer's file. Its openapi.json is left out: the document describes each release's own API.
const LISTS = ["commitments", "documents", "events", "organizations", "people", "sources"] as const;
const VIEWS = [
  "commitments?view=summary",
  "commitments?asOf=2019-06-30",
  "commitments?asOf=2019-01-01",
  "commitments?status=announced&sort=-target",
  "commitments?overdue=true",
  "commitments?q=cyber",
  "events?asOf=2019-03-14",
  "search?q=cybersecurite",
  "search?q=Metfone",
  "exports/commitments?format=csv",
  "exports/commitments?format=json&asOf=2019-06-30",
];
const snapshotName = (apiPath: string) => `${apiPath.replace(/[^a-zA-Z0-9=._-]+/g, "_")}.txt`;

function run(release: string, env: NodeJS.ProcessEnv, script: string, args: string[]): string {
  const result = spawnSync("npm", ["run", "--silent", script, "--", ...args], { cwd: release, env, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`npm run ${script} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

async function waitUntilServing(child: ChildProcess, base: string, output: () => string): Promise<void> {
  // The first start builds the release (minutes on a small machine).
  const deadline = Date.now() + 15 * 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output()}`);
    try {
      if ((await fetch(`${base}/api/v1/commitments?pageSize=1`)).status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`npm start did not serve within 15 minutes:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function recordStatusChange(base: string): Promise<void> {
  const login = await fetch(`${base}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(FIXTURE_EDITOR),
  });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const current = (await (await fetch(`${base}/api/v1/commitments/${CHANGE.commitmentId}`)).json()) as {
    version: number;
  };
  const response = await fetch(`${base}/api/commitments/${CHANGE.commitmentId}/status-changes`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base, cookie },
    body: JSON.stringify({ ...CHANGE, version: current.version }),
  });
  if (response.status !== 201) throw new Error(`status change: ${response.status} ${await response.text()}`);
}

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0);
    return true;
  } catch {
    return false;
  }
}

/** The release's own `npm start` on an empty file, stopped once the status change is in. */
async function makeDatabase(release: string, env: NodeJS.ProcessEnv, port: number): Promise<void> {
  // Its own process group, so that stopping it stops the server npm and tsx started.
  const child = spawn("npm", ["start"], { cwd: release, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitUntilServing(child, base, () => output);
    run(release, env, "user:add", [
      ...["--email", FIXTURE_EDITOR.email, "--password", FIXTURE_EDITOR.password],
      ...["--role", "editor", "--name", "Fixture Editor"],
    ]);
    await recordStatusChange(base);
  } finally {
    if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
    await exited;
    // npm exits before the server it started has closed the database: wait for the whole group.
    while (groupAlive(child.pid!)) await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tableRows(file: string): Record<string, number> {
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

/** Every answer of the snapshot the test compares, by API path: its status and its body. */
function readAnswers(dir: string): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  const read = (apiPath: string) => {
    const text = readFileSync(path.join(dir, snapshotName(apiPath)), "utf8");
    const newline = text.indexOf("\n");
    // "<status> <content type>" (the content type may hold a space: "; charset=utf-8").
    const head = text.slice(0, newline);
    const contentType = head.slice(head.indexOf(" ") + 1);
    const raw = text.slice(newline + 1);
    const body: unknown = contentType.startsWith("application/json") ? JSON.parse(raw) : raw;
    answers[apiPath] = { status: Number(head.slice(0, head.indexOf(" "))), contentType, body };
    return body;
  };
  for (const list of LISTS) {
    const { data } = read(`${list}?pageSize=200`) as { data: { id: string }[] };
    for (const { id } of data) {
      read(`${list}/${encodeURIComponent(id)}`);
      read(`${list}/${encodeURIComponent(id)}?asOf=2019-03-13`);
    }
  }
  for (const view of VIEWS) read(view);
  return answers;
}

type Answer = { status: number; contentType: string; body: unknown };

/**
 * The same answers without repeats, so the fixture stays reviewable: a list item or an as-of
 * answer equal to a record's own answer becomes `{ "$same": "<its path>" }`. Nothing is lost:
 * the test puts each body back before it compares.
 */
function withoutRepeats(answers: Record<string, Answer>): Record<string, Answer> {
  const same = (apiPath: string, value: unknown) => {
    const record = answers[apiPath];
    return record !== undefined && isDeepStrictEqual(record.body, value) ? { $same: apiPath } : value;
  };
  return Object.fromEntries(
    Object.entries(answers).map(([apiPath, answer]) => {
      const [recordPath, query] = apiPath.split("?", 2);
      const isRecord = LISTS.some((list) => recordPath!.startsWith(`${list}/`));
      if (isRecord) return [apiPath, query ? { ...answer, body: same(recordPath!, answer.body) } : answer];
      const body = answer.body as { data?: { id?: string }[] };
      if (!Array.isArray(body?.data)) return [apiPath, answer];
      const list = recordPath!.replace(/^exports\//, "");
      const data = body.data.map((item) => (item.id ? same(`${list}/${encodeURIComponent(item.id)}`, item) : item));
      return [apiPath, { ...answer, body: { ...body, data } }];
    }),
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      release: { type: "string" },
      out: { type: "string" },
      port: { type: "string", default: "3776" },
    },
  });
  if (!values.release) throw new Error("give --release <a checkout of the release, after npm ci>");
  const release = path.resolve(values.release);
  if (!existsSync(path.join(release, "node_modules"))) throw new Error(`run npm ci in ${release} first`);
  const commit = spawnSync("git", ["-C", release, "rev-parse", "HEAD"], { encoding: "utf8" }).stdout.trim();
  const out = path.resolve(values.out ?? `tests/fixtures/release-${commit.slice(0, 7)}`);
  const port = Number(values.port);

  const work = mkdtempSync(path.join(os.tmpdir(), "pact-release-"));
  const file = path.join(work, "pact.db");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${file}`,
    PORT: String(port),
    HOST: "127.0.0.1",
    BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
    ADMIN_EMAIL: FIXTURE_ADMIN.email,
    ADMIN_PASSWORD: FIXTURE_ADMIN.password,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    await makeDatabase(release, env, port);
    if (existsSync(`${file}-wal`)) throw new Error(`${file} was not closed cleanly (a -wal file remains)`);
    const snapshot = path.join(work, "snapshot");
    run(release, env, "api:snapshot", ["--db", file, "--out", snapshot, "--port", String(port + 1)]);
    mkdirSync(out, { recursive: true });
    const db = new Database(file, { readonly: true });
    try {
      writeFileSync(path.join(out, "pact.sql"), dumpSql(db));
    } finally {
      db.close();
    }
    const fixture = {
      release: commit,
      made: "scripts/fixture-release-db.ts: the release's npm start, user:add, one status change, api:snapshot",
      accounts: { admin: FIXTURE_ADMIN, editor: FIXTURE_EDITOR },
      statusChange: CHANGE,
      rows: tableRows(file),
      answers: withoutRepeats(readAnswers(snapshot)),
    };
    writeFileSync(path.join(out, "api.json"), `${JSON.stringify(fixture, null, 1)}\n`);
    console.log(
      `fixture-release-db: ${out} (release ${commit.slice(0, 7)}, ${Object.keys(fixture.answers).length} answers)`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`fixture-release-db: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
