// npm test: drift check, format, lint, types, unit tests, database tests, build, integration tests over
// HTTP, browser tests.
// Ends with one plain line, "N passed, N failed", the totals of all suites.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed";
import { CHROMIUM_INSTALL_HINT, findChromium } from "./find-chromium";

const TMP = path.resolve("tests/.tmp");
const bin = (name: string) => path.join("node_modules", ".bin", name);
// The build reads these too, so they are set on this process, not only on its children.
process.env.NEXT_TELEMETRY_DISABLED = "1";
process.env.BETTER_AUTH_SECRET ??= "test-secret-0123456789abcdef0123456789abcdef";
process.env.BETTER_AUTH_URL ??= "http://127.0.0.1:3000";
const env = process.env;

let passed = 0;
let failed = 0;
const failures: string[] = [];

function run(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): boolean {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  const ok = result.status === 0;
  if (!ok) failures.push(label);
  return ok;
}

function check(label: string, command: string, args: string[], extraEnv: Record<string, string> = {}): void {
  if (run(label, command, args, extraEnv)) passed++;
  else failed++;
}

function vitest(project: string): void {
  const report = path.join(TMP, `vitest-${project}.json`);
  run(`${project} tests`, bin("vitest"), [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ]);
  if (!existsSync(report)) {
    failed++;
    return;
  }
  const summary = JSON.parse(readFileSync(report, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTestSuites: number;
    success: boolean;
  };
  passed += summary.numPassedTests;
  failed += summary.numFailedTests + (summary.success || summary.numFailedTests > 0 ? 0 : 1);
}

function playwright(): void {
  const chromium = findChromium();
  if (!chromium) {
    console.error(`\n✗ browser tests: no Chromium found. ${CHROMIUM_INSTALL_HINT}`);
    failures.push("browser tests (no Chromium)");
    failed++;
    return;
  }
  const report = path.join(TMP, "playwright.json");
  run("browser tests", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  if (!existsSync(report)) {
    failed++;
    return;
  }
  const { stats } = JSON.parse(readFileSync(report, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
}

rmSync(TMP, { recursive: true, force: true });
mkdirSync(TMP, { recursive: true });

check("migration drift (prisma migrate diff --exit-code)", "npm", ["run", "--silent", "db:drift"], {
  DATABASE_URL: `file:${path.join(TMP, "drift.db")}`,
});
check("format (prettier --check)", "npm", ["run", "--silent", "format:check"]);
check("lint (eslint)", bin("eslint"), ["."]);
check("types (tsc)", bin("tsc"), ["--noEmit"]);
vitest("unit");
vitest("db");
try {
  buildIfNeeded();
  passed++;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  failures.push("build");
  failed++;
}
if (!failures.includes("build")) {
  vitest("integration");
  playwright();
}

console.log(failures.length ? `\nFailed: ${failures.join("; ")}` : "\nAll suites passed.");
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || failures.length > 0 ? 1 : 0);
