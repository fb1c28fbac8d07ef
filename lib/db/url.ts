import path from "node:path";

export const DEFAULT_DATABASE_FILE = "data/pact.db";

/** `DATABASE_URL` (a `file:` URL) or ./data/pact.db, always as an absolute `file:` URL. */
export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `file:${databaseFile(env)}`;
}

export function databaseFile(env: NodeJS.ProcessEnv = process.env): string {
  const raw = env.DATABASE_URL?.trim();
  const file = raw ? raw.replace(/^file:/, "") : DEFAULT_DATABASE_FILE;
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
