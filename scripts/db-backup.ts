// npm run db:backup [-- --out data/backups/<name>.db]
// An online, consistent copy of DATABASE_URL (default ./data/pact.db) while the server keeps
// serving and writing. VACUUM INTO reads one snapshot (a single read transaction, which WAL lets
// run beside writers) — unlike the page-by-page backup API, it never restarts when a write lands
// mid-copy, so it finishes under a steady stream of writes. The copy is checked before it counts.
import { existsSync, mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databaseFile } from "../lib/db/url";

function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const source = databaseFile();
  if (!existsSync(source)) throw new Error(`no database at ${source}`);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace("Z", "");
  const out = path.resolve(
    values.out ?? path.join(path.dirname(source), "backups", `${path.basename(source, ".db")}-${stamp}.db`),
  );
  if (existsSync(out)) throw new Error(`--out: ${out} exists; choose another name`);
  mkdirSync(path.dirname(out), { recursive: true });

  const started = performance.now();
  const db = new Database(source, { fileMustExist: true });
  try {
    // The server's own busy timeout: a checkpoint in progress must not fail the backup.
    db.pragma("busy_timeout = 5000");
    db.prepare("VACUUM INTO ?").run(out);
  } finally {
    db.close();
  }
  const copy = new Database(out, { readonly: true });
  try {
    const problems = (copy.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.join() !== "ok")
      throw new Error(`the copy ${out} fails PRAGMA integrity_check: ${problems.slice(0, 5).join("; ")}`);
    const commitments = (copy.prepare(`SELECT COUNT(*) AS n FROM "Commitment"`).get() as { n: number }).n;
    const mb = statSync(out).size / 2 ** 20;
    console.log(
      `db:backup: ${source} → ${out} (${mb.toFixed(1)} MB, ${commitments} commitments, integrity ok, ${((performance.now() - started) / 1000).toFixed(1)} s)`,
    );
  } finally {
    copy.close();
  }
}

try {
  main();
} catch (error) {
  console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
