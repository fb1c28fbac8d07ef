// npm run bench [-- --commitments 100000 --duration 8 --clients 20 --port 3750 --only writes,import --markdown file.md --profile dir]
// Builds if needed, generates the synthetic database if missing, serves a copy of it with
// `next start`, and prints throughput and latency of the main reads and of status-change writes,
// each beside its floor (the same SQL on raw better-sqlite3; a trivial Next.js route). It prints
// figures; it never fails on a wall-clock number.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { buildIfNeeded } from "./build-if-needed";
import { generateSynthetic, migrate } from "./generate-synthetic";
import { nthDay, openFloors, type Floor, type FloorName } from "./bench/floors";
import { timeImport } from "./bench/import";
import { load, timedDownload, type Reply, type Request } from "./bench/load";
import { machine, table, type Row } from "./bench/report";
import { memory, sampleMemory, startServer } from "./bench/server";

const EDITOR = { email: "bench-editor@pact.test", password: "bench-editor-password-1" };
const TERMS = [
  "cybersecurity centre",
  "radio",
  "fibre backbone",
  "scholarships",
  "bridge",
  "telecommunications",
  "smart traffic",
  "Phnom Penh",
];
const AS_OF = "2019-06-30";
const FLOOR_WORDS: Record<FloorName, string> = {
  list: "list",
  country: "by country",
  pair: "by pair",
  listSummary: "list as summaries",
  listSummaryNew: "a new target range each time",
  search: "search",
  listQ: "list with q",
  detail: "one commitment",
  asOf: "as-of overdue",
};

const { values: args } = parseArgs({
  options: {
    commitments: { type: "string", default: "100000" },
    seed: { type: "string", default: "42" },
    duration: { type: "string", default: "8" },
    clients: { type: "string", default: "20" },
    port: { type: "string", default: "3750" },
    markdown: { type: "string" },
    label: { type: "string", default: "" },
    only: { type: "string", default: "reads,export,writes,import" },
    profile: { type: "string" },
  },
});
const PARTS = ["reads", "export", "writes", "import"] as const;
const only = new Set(
  args.only
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean),
);
for (const part of only) {
  if (!(PARTS as readonly string[]).includes(part))
    throw new Error(`--only: unknown part "${part}" (use ${PARTS.join(", ")})`);
}
const commitments = Number(args.commitments);
const seconds = Number(args.duration);
const clients = Number(args.clients);
const source = commitments === 100_000 ? "data/synthetic.db" : `data/synthetic-${commitments}.db`;
const file = source.replace(/\.db$/, "-bench.db");
const log = (line: string) => console.log(`bench: ${line}`);

function count(db: Database.Database, sql: string): number {
  return (db.prepare(sql).get() as { n: number }).n;
}

function prepare(): void {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  process.env.BETTER_AUTH_SECRET ??= "bench-secret-0123456789abcdef0123456789abcdef";
  buildIfNeeded();
  const fresh =
    existsSync(source) &&
    count(new Database(source, { readonly: true }), `SELECT COUNT(*) AS n FROM "Commitment"`) === commitments;
  if (!fresh) generateSynthetic({ commitments, seed: Number(args.seed), out: source, now: "2025-06-30" });
  // Writes go to a copy: every run starts from the same generated data.
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  copyFileSync(source, file);
  // The data may predate a newer migration (an index added since it was generated): bring the
  // copy up to the schema being measured.
  migrate(file);
  const added = spawnSync(
    "npm",
    ["run", "--silent", "user:add", "--", "--email", EDITOR.email, "--password", EDITOR.password, "--role", "editor"],
    { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" },
  );
  if (added.status !== 0) throw new Error(`user:add failed: ${added.stderr}`);
}

function sample() {
  const db = new Database(file, { readonly: true });
  try {
    const ids = (
      db.prepare(`SELECT id FROM "Commitment" ORDER BY id LIMIT 200 OFFSET 1000`).all() as { id: string }[]
    ).map((r) => r.id);
    const sectors = (db.prepare(`SELECT code FROM "Sector" ORDER BY code`).all() as { code: string }[]).map(
      (r) => r.code,
    );
    // Open commitments with a quote to offer as evidence: the writes' working set.
    const writable = db
      .prepare(
        `SELECT c.id, c.version, c.status, ci."sourceId", ci.quote FROM "Commitment" c JOIN "Citation" ci ON ci."commitmentId" = c.id
      WHERE c.status IN ('announced','agreed','in_progress','stalled') GROUP BY c.id ORDER BY c.id LIMIT 4000`,
      )
      .all() as { id: string; version: number; status: string; sourceId: string; quote: string }[];
    // The busiest countries and pairs (thousands of commitments each at 100,000): the country
    // and pair filters on the lists an analyst opens most.
    const countries = (
      db
        .prepare(
          `SELECT "countryCode" AS code FROM "CommitmentSide" WHERE "countryCode" IS NOT NULL
          GROUP BY 1 ORDER BY COUNT(DISTINCT "commitmentId") DESC, 1 LIMIT 10`,
        )
        .all() as { code: string }[]
    ).map((r) => r.code);
    const pairs = (
      db
        .prepare(
          `SELECT a."countryCode" || '-' || b."countryCode" AS pair FROM "CommitmentSide" a
          JOIN "CommitmentSide" b ON b."commitmentId" = a."commitmentId" AND b."countryCode" > a."countryCode"
          WHERE (a."role" = 'party' AND b."role" = 'party') OR (a."role" != 'party' AND b."role" NOT IN ('party', a."role"))
          GROUP BY 1 ORDER BY COUNT(DISTINCT a."commitmentId") DESC, 1 LIMIT 10`,
        )
        .all() as { pair: string }[]
    ).map((r) => r.pair);
    // The data's own words, for queries never asked before (nothing kept can answer them).
    const titles = db.prepare(`SELECT title FROM "Commitment" ORDER BY id LIMIT 5000`).all() as { title: string }[];
    const words = [
      ...new Set(titles.flatMap((t) => t.title.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 4)),
    ].sort();
    return { ids, sectors, countries, pairs, writable, words };
  } finally {
    db.close();
  }
}

async function login(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify(EDITOR),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

async function main() {
  const started = performance.now();
  prepare();
  const { ids, sectors, countries, pairs, writable, words } = sample();
  // Two words of the vocabulary, a pair never asked before on every call.
  let asked = 0;
  const newQuery = () => {
    const k = asked++;
    const a = k % words.length;
    return `${words[a]} ${words[(a + 1 + Math.floor(k / words.length)) % words.length]}`;
  };
  let days = 0;
  const newDay = () => nthDay(days++);
  const today = new Date().toISOString().slice(0, 10);
  // The floors only matter beside the reads they are compared with. Each is measured just before
  // its scenario (the server idle meanwhile): the machine is shared, and a floor measured minutes
  // earlier, under another load, would move the ratio more than the code does.
  if (only.has("reads")) log(`raw SQL floors on ${file} (${Math.max(2, seconds / 2)} s each, before each scenario)`);
  const floors = only.has("reads")
    ? openFloors(file, Math.max(2, seconds / 2), { sectors, countries, pairs, terms: TERMS, ids, asOf: AS_OF, today })
    : null;
  /** The floors measured, the last one of each name (for the report's summary line). */
  const measured: Partial<Record<FloorName, Floor>> = {};

  const server = await startServer(file, Number(args.port), {}, { cpuProfileDir: args.profile });
  const rows: Row[] = [];
  try {
    // A server that died mid-run answers nothing: say so, with its last words, rather than
    // report thousands of closed connections as figures.
    const alive = (name: string) => {
      const ended = server.ended();
      if (ended) throw new Error(`the server ended (${ended}) during "${name}":\n${server.output().slice(-4000)}`);
    };
    const run = async (name: string, path: (i: number, client: number) => string, floorName?: FloorName) => {
      const floor = floorName && floors ? (measured[floorName] = floors.measure(floorName)) : undefined;
      await load(server.origin, clients, Math.min(2, seconds), (c, i) => ({ path: path(i, c) })); // warm-up, not counted
      const result = await load(server.origin, clients, seconds, (c, i) => ({ path: path(i * clients + c, c) }));
      alive(name);
      log(
        `${name.padEnd(28)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1).padStart(7)} ms  p99 ${result.p99.toFixed(1).padStart(7)} ms  non-2xx ${result.failures}${result.failures ? ` ${JSON.stringify(result.statuses)} (0 = connection closed without an answer)` : ""}`,
      );
      rows.push({ name, path: path(0, 0), result, floor });
      return { ...result, floor: floor ?? null };
    };
    // The export: one client, every row; the server's memory sampled while it streams. First on
    // the fresh server, so what is measured is the export's own memory.
    const exportRun = async (when: string) => {
      const before = memory(server.pid);
      const sampler = sampleMemory(server.pid);
      const download = await timedDownload(server.origin, "/api/v1/exports/commitments?format=csv");
      const { peakRss } = sampler.stop();
      const line = `CSV export of all rows (${when}): ${download.lines - 1} rows, ${(download.bytes / 2 ** 20).toFixed(1)} MB in ${download.seconds.toFixed(1)} s (${(download.bytes / 2 ** 20 / download.seconds).toFixed(1)} MB/s), status ${download.status}; server RSS ${before.rss.toFixed(0)} MB before, peak ${peakRss.toFixed(0)} MB during (target < 300 MB: ${peakRss < 300 ? "met" : "**missed**"})`;
      log(line);
      return line;
    };
    const exportLines: string[] = [];
    if (only.has("export")) exportLines.push(await exportRun("fresh server"));
    const health = await run("Next.js floor (/api/health)", () => "/api/health");
    if (floors) {
      const p99 = (r: Row["result"]) => (r.p99 < 100 ? "p99 < 100 ms: met" : "p99 < 100 ms: **missed**");
      const list = await run(
        "List, two filters",
        (i) => `/api/v1/commitments?status=announced&sector=${sectors[i % sectors.length]}`,
        "list",
      );
      rows.at(-1)!.target =
        `${p99(list)}; ≤ 5× floor: ${list.floor!.perSecond / list.perSecond <= 5 ? "met" : "**missed**"}`;
      // Issue 14's filters: a country on any side, and a pair in either direction or mutual.
      const byCountry = await run(
        "List, by country",
        (i) => `/api/v1/commitments?country=${countries[i % countries.length]}`,
        "country",
      );
      rows.at(-1)!.target = p99(byCountry);
      const byPair = await run("List, by pair", (i) => `/api/v1/commitments?pair=${pairs[i % pairs.length]}`, "pair");
      rows.at(-1)!.target = p99(byPair);
      // The same list as the tables read it: summaries, kept until the data changes; then a
      // filter never asked before (a new start day each time), so nothing comes from memory.
      const summaries = await run(
        "List, two filters, summaries",
        (i) => `/api/v1/commitments?status=announced&sector=${sectors[i % sectors.length]}&view=summary`,
        "listSummary",
      );
      rows.at(-1)!.target = p99(summaries);
      const summariesNew = await run(
        "List, summaries, new filter",
        () => `/api/v1/commitments?status=announced&sector=${sectors[0]}&targetFrom=${newDay()}&view=summary`,
        "listSummaryNew",
      );
      rows.at(-1)!.target =
        `${p99(summariesNew)}; ≤ 5× floor: ${summariesNew.floor!.perSecond / summariesNew.perSecond <= 5 ? "met" : "**missed**"}`;
      const search = await run(
        "Search",
        (i) => `/api/v1/search?q=${encodeURIComponent(TERMS[i % TERMS.length]!)}`,
        "search",
      );
      rows.at(-1)!.target = p99(search);
      const listQ = await run(
        "List, text search",
        (i) => `/api/v1/commitments?q=${encodeURIComponent(TERMS[i % TERMS.length]!)}`,
        "listQ",
      );
      rows.at(-1)!.target = p99(listQ);
      // Results are kept until the data changes, so the rows above measure repeated queries;
      // these two measure what a query costs the first time it is asked.
      const searchNew = await run(
        "Search, a new query each time",
        () => `/api/v1/search?q=${encodeURIComponent(newQuery())}`,
        "search",
      );
      rows.at(-1)!.target = p99(searchNew);
      const listQNew = await run(
        "List, text search, new query",
        () => `/api/v1/commitments?q=${encodeURIComponent(newQuery())}`,
        "listQ",
      );
      rows.at(-1)!.target = p99(listQNew);
      // What an analyst's browser asks for the same list: the page, filters, table and pagination.
      const listPage = await run(
        "List page (HTML), two filters",
        (i) => `/commitments?status=announced&sector=${sectors[i % sectors.length]}`,
        "list",
      );
      rows.at(-1)!.target = p99(listPage);
      const api = await run("Commitment, API", (i) => `/api/v1/commitments/${ids[i % ids.length]}`, "detail");
      rows.at(-1)!.target = p99(api);
      const page = await run("Commitment page (HTML)", (i) => `/commitments/${ids[i % ids.length]}`, "detail");
      rows.at(-1)!.target = p99(page);
      await run("Overview (HTML)", () => "/");
      await run("As of a day, overdue", () => `/api/v1/commitments?asOf=${AS_OF}&overdue=true`, "asOf");
    }

    // The export after the reads: the heap already holds their garbage (the fresh run is above).
    if (only.has("export") && floors) exportLines.push(await exportRun("after the read scenarios"));

    // Status-change writes: each client owns a disjoint slice of open commitments, so what is
    // measured is write throughput, not conflicts (those are the fault tests' business).
    if (only.has("writes")) {
      const cookie = await login(server.origin);
      const state = new Map(writable.map((w) => [w.id, { ...w }]));
      const mine = (client: number) => writable.filter((_, j) => j % clients === client);
      const cursor = new Array<number>(clients).fill(0);
      const nextWrite = (client: number): Request => {
        const slice = mine(client);
        const w = state.get(slice[cursor[client]!++ % slice.length]!.id)!;
        const toStatus = w.status === "in_progress" ? "stalled" : "in_progress";
        return {
          path: `/api/commitments/${w.id}/status-changes`,
          method: "POST",
          headers: { "content-type": "application/json", origin: server.origin, cookie },
          body: JSON.stringify({
            version: w.version,
            toStatus,
            effective: today,
            note: "bench",
            evidence: { kind: "existing", sourceId: w.sourceId, quote: w.quote },
          }),
        };
      };
      const onReply = (_c: number, request: Request, reply: Reply) => {
        if (reply.status !== 201) return;
        const id = request.path.split("/")[3]!;
        const body = JSON.parse(reply.body) as { version: number; status: string };
        Object.assign(state.get(id)!, { version: body.version, status: body.status });
      };
      const writes = await load(server.origin, clients, seconds, nextWrite, onReply);
      alive("Status-change writes");
      log(
        `${"Status-change writes".padEnd(28)} ${writes.perSecond.toFixed(0).padStart(6)} writes/s  p50 ${writes.p50.toFixed(1)} ms  p99 ${writes.p99.toFixed(1)} ms  statuses ${JSON.stringify(writes.statuses)}`,
      );
      rows.push({
        name: "Status-change writes",
        path: "POST /api/commitments/{id}/status-changes",
        result: writes,
        target: writes.perSecond > 300 ? "> 300 writes/s: met" : "> 300 writes/s: **missed**",
      });
    }

    // Last: the 10,000 commitments it adds would change what the reads and writes above measured.
    const importLines: string[] = [];
    if (only.has("import")) {
      const line = await timeImport(server.origin, await login(server.origin), file, 10_000);
      alive("Import");
      log(line);
      importLines.push(line);
    }

    const report = [
      `### ${args.label || "Run"} — ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
      "",
      ...machine(),
      `- ${commitments.toLocaleString("en")} commitments (seed ${args.seed}), ${clients} concurrent clients, ${seconds} s per scenario after a warm-up; load generator on the same machine`,
      "",
      ...table(rows, health),
      "",
      ...exportLines.map((line) => `- ${line}`),
      ...importLines.map((line) => `- ${line}`),
      ...(floors
        ? [
            `- Raw SQL floors (one connection, serial, no HTTP; each measured just before its scenario): ${(
              Object.entries(measured) as [FloorName, Floor][]
            )
              .map(([name, f]) => `${FLOOR_WORDS[name]} ${f.perSecond.toFixed(0)}/s`)
              .join(", ")}`,
          ]
        : []),
      `- Total bench time ${((performance.now() - started) / 1000).toFixed(0)} s`,
    ].join("\n");
    console.log(`\n${report}\n`);
    if (args.markdown) writeFileSync(args.markdown, `${report}\n`);
  } finally {
    await server.stop();
    floors?.close();
  }
}

main().catch((error) => {
  console.error(`bench: ${error instanceof Error ? error.stack : error}`);
  process.exit(1);
});
