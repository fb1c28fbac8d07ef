import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { databaseFile, databaseUrl } from "../lib/db/url";

/**
 * Defaults for a zero-configuration start. The auth secret is generated once and kept beside the
 * database (not in the repository), so sessions survive restarts.
 */
export function applyDefaultEnv(env: NodeJS.ProcessEnv = process.env): void {
  env.NEXT_TELEMETRY_DISABLED ??= "1";
  env.DATABASE_URL = databaseUrl(env);
  env.PORT ??= "3000";
  env.BETTER_AUTH_URL ??= `http://localhost:${env.PORT}`;
  if (!env.BETTER_AUTH_SECRET) {
    const dir = path.dirname(databaseFile(env));
    const file = path.join(dir, ".auth-secret");
    mkdirSync(dir, { recursive: true });
    if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    env.BETTER_AUTH_SECRET = readFileSync(file, "utf8").trim();
  }
}

/**
 * The production server's environment: its V8 heap capped (PACT_HEAP_MB, default 192 MB). Every
 * request holds at most a batch of rows, so the cap costs nothing in speed, while without it V8
 * lets garbage pile up to hundreds of MB before collecting (a 100,000-row export peaked at 473 MB
 * of RSS). The young generation is held to 8 MB a semi-space (PACT_YOUNG_MB; V8's default here is
 * 16, and 0 restores it): after the same read load the server kept ~25 MB less resident, with the
 * pages as fast (4 MB saved more but slowed the overview by a sixth). docs/benchmarks.md has the
 * runs. Not for `next build`.
 */
export function serverEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  let options = env.NODE_OPTIONS ?? "";
  if (!/--max-old-space-size/.test(options)) options += ` --max-old-space-size=${Number(env.PACT_HEAP_MB ?? 192)}`;
  if (!/--max-semi-space-size/.test(options)) options += ` --max-semi-space-size=${Number(env.PACT_YOUNG_MB ?? 8)}`;
  return { ...env, NODE_OPTIONS: options.trim() };
}

/**
 * The production server's command line: scripts/serve.ts as bundled by the build
 * (scripts/build-if-needed.ts), for `npm start`, the tests and the bench alike. It reads PORT and
 * HOST from the environment.
 */
export function serverCommand(nodeOptions: string[] = []): { command: string; args: string[] } {
  return { command: process.execPath, args: [...nodeOptions, path.resolve(".next", "pact-serve.mjs")] };
}
