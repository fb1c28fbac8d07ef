// npm run db:restore -- --from <backup.db> [--force]
// Puts a backup back as DATABASE_URL (default ./data/pact.db). Checks the backup first, refuses
// while the database looks in use (stop the server first, or --force), and keeps the replaced
// file aside as <name>.replaced-<time>.db rather than deleting it.
import { copyFileSync, existsSync, readdirSync, readlinkSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { databaseFile } from "../lib/db/url";

/** Processes holding the file open, from /proc (Linux); empty where /proc cannot be read. */
function holders(file: string): number[] {
  const pids: number[] = [];
  let entries: string[] = [];
  try {
    entries = readdirSync("/proc").filter((p) => /^\d+$/.test(p) && Number(p) !== process.pid);
  } catch {
    return pids;
  }
  for (const pid of entries) {
    try {
      if (
        readdirSync(`/proc/${pid}/fd`).some((fd) =>
          [file, `${file}-wal`].includes(safeReadlink(`/proc/${pid}/fd/${fd}`)),
        )
      )
        pids.push(Number(pid));
    } catch {
      // Another user's process, or gone: not ours to judge.
    }
  }
  return pids;
}

function safeReadlink(p: string): string {
  try {
    return readlinkSync(p);
  } catch {
    return "";
  }
}

function check(file: string): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const problems = (db.prepare("PRAGMA integrity_check").all() as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.join() !== "ok")
      throw new Error(`--from: ${file} fails PRAGMA integrity_check: ${problems.slice(0, 5).join("; ")}`);
    const tables = new Set(
      (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    if (!tables.has("Commitment") || !tables.has("_prisma_migrations"))
      throw new Error(`--from: ${file} is not a Pact database`);
    return (db.prepare(`SELECT COUNT(*) AS n FROM "Commitment"`).get() as { n: number }).n;
  } finally {
    db.close();
  }
}

function main() {
  const { values } = parseArgs({ options: { from: { type: "string" }, force: { type: "boolean", default: false } } });
  if (!values.from) throw new Error("--from: name the backup to restore");
  const from = path.resolve(values.from);
  if (!existsSync(from)) throw new Error(`--from: ${from} does not exist`);
  const target = databaseFile();
  if (from === target) throw new Error("--from: that is the database itself");
  const commitments = check(from);

  // A server holding the file open would keep writing to the old one (or to a WAL that no
  // longer matches it); a WAL file left beside it means the same, or an unclean stop.
  const inUse = holders(target);
  const sidecars = ["-wal", "-shm"].filter((s) => existsSync(target + s));
  if ((inUse.length || sidecars.length) && !values.force) {
    const why = inUse.length
      ? `process ${inUse.join(", ")} has it open`
      : `${sidecars.map((s) => path.basename(target) + s).join(" and ")} ${sidecars.length > 1 ? "exist" : "exists"}`;
    throw new Error(`${target} looks in use (${why}); stop the server first, or add --force`);
  }

  const stamp = new Date().toISOString().replace(/[:.]/g, "-").replace("Z", "");
  const aside = target.replace(/\.db$/, "") + `.replaced-${stamp}.db`;
  const incoming = `${target}.restoring`;
  copyFileSync(from, incoming);
  if (existsSync(target)) renameSync(target, aside);
  // The old WAL belongs to the old file: it goes aside with it, never paired with the backup.
  for (const s of ["-wal", "-shm"]) if (existsSync(target + s)) renameSync(target + s, aside + s);
  renameSync(incoming, target);
  rmSync(`${target}-journal`, { force: true });
  console.log(
    `db:restore: ${from} → ${target} (${commitments} commitments, integrity ok)${existsSync(aside) ? `; the replaced file is kept as ${aside}` : ""}`,
  );
}

try {
  main();
} catch (error) {
  console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
