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
