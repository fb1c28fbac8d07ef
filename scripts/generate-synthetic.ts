// npm run db:generate-synthetic -- --commitments 100000 [--seed 42] [--out data/synthetic.db] [--force]
// A large, realistic, deterministic database for benchmarks: visits between 40 countries (and
// sessions of their joint committees) with sub-events, documents, international bodies,
// commitments one-way and mutual, sources in English and French whose text every citation quotes
// verbatim, and status histories.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { Random } from "./synthetic/random";
import { writeVisit } from "./synthetic/visit";
import { stamp, writeCast } from "./synthetic/world";
import { Writer } from "./synthetic/writer";

export interface SyntheticOptions {
  commitments: number;
  seed: number;
  out: string;
  now: string;
  quiet?: boolean;
}

// One transaction per this many visits: big enough that commits cost nothing, small enough
// that the rollback journal stays modest.
const VISITS_PER_TRANSACTION = 500;

export function migrate(file: string): void {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const result = spawnSync(prisma, ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
}

/**
 * The statements that index every row for search in bulk. The rowid blocks per kind come from the
 * latest *_search_fts* migration's backfill (the one that last laid them out); what each row
 * indexes comes from the current insert triggers (a later migration, such as the French titles',
 * redefines them), their statement for one row (`WHERE r."id" = NEW."id"`) run for all rows.
 */
function searchBackfill(triggers: { name: string; sql: string }[]): string[] {
  const dir = path.join("prisma", "migrations");
  const name = readdirSync(dir)
    .filter((d) => d.includes("_search_fts"))
    .sort()
    .at(-1);
  if (!name) throw new Error("no *_search_fts migration found");
  const docs: string[] = [];
  let current: string[] | null = null;
  for (const line of readFileSync(path.join(dir, name, "migration.sql"), "utf8").split("\n")) {
    if (line.startsWith('INSERT INTO "search_doc"')) current = [];
    if (current) {
      current.push(line);
      if (line.trimEnd().endsWith(";")) {
        docs.push(current.join("\n"));
        current = null;
      }
    }
  }
  const oneRow = /INSERT INTO "search_fts" \(rowid, title, body\)\s+SELECT[\s\S]*? WHERE r\."id" = NEW\."id";/;
  const rows = triggers
    .filter((t) => t.name.endsWith("_search_insert"))
    .flatMap((t) => {
      const statement = oneRow.exec(t.sql)?.[0];
      return statement ? [statement.replace(/ WHERE r\."id" = NEW\."id";$/, ";")] : [];
    });
  if (!docs.length || rows.length !== docs.length)
    throw new Error(`search backfill: ${docs.length} kinds of rowids, ${rows.length} insert triggers to index them`);
  return [...docs, ...rows];
}

export function generateSynthetic(options: SyntheticOptions): {
  counts: Record<string, number>;
  seconds: { migrate: number; load: number; index: number; check: number };
} {
  const log = options.quiet ? () => {} : (line: string) => console.log(line);
  const file = path.resolve(options.out);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  let t = performance.now();
  migrate(file);
  const migrateSeconds = (performance.now() - t) / 1000;

  const db = new Database(file);
  // A fresh file nobody else reads: no crash safety needed while loading. Foreign keys are
  // checked once at the end instead of per row (and let sectors be written before their
  // commitment, see visit.ts).
  db.pragma("journal_mode = MEMORY");
  db.pragma("synchronous = OFF");
  db.pragma("foreign_keys = OFF");
  db.pragma("cache_size = -200000");
  // The search triggers re-index a row on every insert (and on every sector of a commitment):
  // measured, they were over half of the load time. They are set aside during the load, the index
  // is then built in bulk by the migration's own backfill statements, and the triggers restored.
  const triggers = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").all() as {
    name: string;
    sql: string;
  }[];
  for (const trigger of triggers) db.exec(`DROP TRIGGER "${trigger.name}"`);
  const rng = new Random(options.seed);
  const w = new Writer(db);
  t = performance.now();
  const cast = db.transaction(() => writeCast(rng, w, stamp("2005-01-01")))();
  const links = new Map<string, string[]>();
  let written = 0;
  const batch = db.transaction(() => {
    for (let v = 0; v < VISITS_PER_TRANSACTION && written < options.commitments; v++) {
      const size = Math.min(options.commitments - written, rng.int(4, 20));
      written += writeVisit(rng, w, cast, { commitments: size, now: options.now, links });
    }
  });
  while (written < options.commitments) {
    batch();
    if (!options.quiet && process.stdout.isTTY) process.stdout.write(`\r${written} commitments…`);
  }
  if (!options.quiet && process.stdout.isTTY) process.stdout.write("\r");
  const loadSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  db.transaction(() => {
    for (const statement of searchBackfill(triggers)) db.exec(statement);
    for (const trigger of triggers) db.exec(trigger.sql);
  })();
  const indexSeconds = (performance.now() - t) / 1000;

  t = performance.now();
  const broken = db.prepare("PRAGMA foreign_key_check").all();
  if (broken.length) throw new Error(`foreign key check failed: ${JSON.stringify(broken.slice(0, 3))}`);
  db.pragma("journal_mode = WAL");
  db.close();
  const checkSeconds = (performance.now() - t) / 1000;
  log(`synthetic: ${file} (seed ${options.seed})`);
  for (const [table, n] of Object.entries(w.counts)) {
    log(
      `  ${table.padEnd(18)} ${n.toLocaleString("en").padStart(9)} rows  ${((w.millis[table] ?? 0) / 1000).toFixed(1).padStart(5)} s`,
    );
  }
  log(`  status changes per commitment: ${((w.counts.StatusChange ?? 0) / (w.counts.Commitment ?? 1)).toFixed(2)}`);
  const searchRows = (
    new Database(file, { readonly: true }).prepare("SELECT COUNT(*) AS n FROM search_doc").get() as { n: number }
  ).n;
  log(
    `  search index       ${searchRows.toLocaleString("en").padStart(9)} rows  ${indexSeconds.toFixed(1).padStart(5)} s`,
  );
  log(
    `synthetic: ${(migrateSeconds + loadSeconds + indexSeconds + checkSeconds).toFixed(1)} s (migrate ${migrateSeconds.toFixed(1)}, rows ${loadSeconds.toFixed(1)}, search index ${indexSeconds.toFixed(1)}, checks ${checkSeconds.toFixed(1)})`,
  );
  return {
    counts: w.counts,
    seconds: { migrate: migrateSeconds, load: loadSeconds, index: indexSeconds, check: checkSeconds },
  };
}

function main() {
  const { values } = parseArgs({
    options: {
      commitments: { type: "string", default: "100000" },
      seed: { type: "string", default: "42" },
      out: { type: "string", default: "data/synthetic.db" },
      now: { type: "string", default: "2025-06-30" },
      force: { type: "boolean", default: false },
    },
  });
  const commitments = Number(values.commitments);
  const seed = Number(values.seed);
  if (!Number.isInteger(commitments) || commitments < 1) throw new Error("--commitments: give a whole number above 0");
  if (!Number.isInteger(seed)) throw new Error("--seed: give a whole number");
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.now)) throw new Error("--now: give a day, YYYY-MM-DD");
  // Never overwrite a real database by a slip of --out.
  if (existsSync(values.out) && !values.force && !path.basename(values.out).includes("synthetic")) {
    throw new Error(`--out: ${values.out} exists and is not named *synthetic*; add --force to replace it`);
  }
  generateSynthetic({ commitments, seed, out: values.out, now: values.now });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  try {
    main();
  } catch (error) {
    console.error(`db:generate-synthetic: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
