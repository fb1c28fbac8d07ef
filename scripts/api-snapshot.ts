// npm run api:snapshot -- --db <seeded .db> --out <dir> [--port 3590]
// Serves a database with the current build and writes every list and record answer of API v1
// (plus a few filtered, as-of and export views) to one file each, byte for byte, so that two
// builds can be compared on the same database with `diff -r`. Used to show that a refactor
// changes nothing a client sees. The database file is copied first and never written.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { startServer } from "./bench/server";

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
  "openapi.json",
];

async function main() {
  const { values } = parseArgs({
    options: { db: { type: "string" }, out: { type: "string" }, port: { type: "string", default: "3590" } },
  });
  if (!values.db || !values.out) throw new Error("give --db <seeded database> and --out <directory>");
  const out = path.resolve(values.out);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const copy = path.join(out, ".snapshot.db");
  copyFileSync(values.db, copy);
  const server = await startServer(copy, Number(values.port));
  const save = async (apiPath: string) => {
    const response = await fetch(`${server.origin}/api/v1/${apiPath}`);
    const name = apiPath.replace(/[^a-zA-Z0-9=._-]+/g, "_");
    const body = await response.text();
    writeFileSync(path.join(out, `${name}.txt`), `${response.status} ${response.headers.get("content-type")}\n${body}`);
    return body;
  };
  let files = 0;
  try {
    for (const list of LISTS) {
      const { data } = JSON.parse(await save(`${list}?pageSize=200`)) as { data: { id: string }[] };
      files++;
      for (const { id } of data) {
        await save(`${list}/${encodeURIComponent(id)}`);
        await save(`${list}/${encodeURIComponent(id)}?asOf=2019-03-13`);
        files += 2;
      }
    }
    for (const view of VIEWS) {
      await save(view);
      files++;
    }
  } finally {
    await server.stop();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(copy + suffix, { force: true });
  }
  console.log(`api:snapshot: ${files} answers in ${out}`);
}

main().catch((error) => {
  console.error(`api:snapshot: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
