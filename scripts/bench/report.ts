import { execSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import type { Floor } from "./floors";
import type { LoadResult } from "./load";

export interface Row {
  name: string;
  path: string;
  result: LoadResult;
  floor?: Floor;
  target?: string;
}

const ms = (n: number) => (n < 10 ? n.toFixed(2) : n.toFixed(1));

function version(pkg: string): string {
  try {
    return (JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")) as { version: string }).version;
  } catch {
    return "?";
  }
}

/** The machine and software a run measured, for the head of the report. */
export function machine(): string[] {
  const cpu = os.cpus()[0]?.model ?? "?";
  const sqlite = (new Database(":memory:").prepare("SELECT sqlite_version() AS v").get() as { v: string }).v;
  let kernel = "";
  try {
    kernel = execSync("uname -sr", { encoding: "utf8" }).trim();
  } catch {
    kernel = os.release();
  }
  return [
    `- Machine: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ${kernel}`,
    // Shared machines: other work on the two cores changes every figure, so the load is recorded.
    `- Load average when the report was written: ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")} (1, 5, 15 min)`,
    `- Node ${process.version}; SQLite ${sqlite}; next ${version("next")}, react ${version("react")}, prisma ${version("prisma")}, @prisma/adapter-better-sqlite3 ${version("@prisma/adapter-better-sqlite3")}, better-sqlite3 ${version("better-sqlite3")}`,
  ];
}

/**
 * The figures as a Markdown table. "× floor" is the raw-SQL floor's throughput over the API's:
 * how many times more work the same reads cost through HTTP, Next.js, Prisma and JSON.
 */
export function table(rows: Row[], health: LoadResult): string[] {
  const lines = [
    "| Scenario | Request | req/s | p50 ms | p99 ms | non-2xx | p50 ÷ health p50 | raw SQL floor: ops/s (p50 ms) | API ÷ floor (throughput) | Target |",
    "|---|---|--:|--:|--:|--:|--:|--:|--:|---|",
  ];
  for (const { name, path, result: r, floor, target } of rows) {
    const floorCell = floor ? `${floor.perSecond.toFixed(0)} (${ms(floor.p50)})` : "—";
    const ratio = floor ? `${(floor.perSecond / r.perSecond).toFixed(1)}×` : "—";
    lines.push(
      `| ${name} | \`${path}\` | ${r.perSecond.toFixed(0)} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.failures} | ${(r.p50 / health.p50).toFixed(1)}× | ${floorCell} | ${ratio} | ${target ?? ""} |`,
    );
  }
  return lines;
}
