import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { serverCommand } from "../../scripts/env";

export const TMP_DIR = path.resolve("tests/.tmp");
const bin = (name: string) => path.resolve("node_modules", ".bin", name);

/** A fresh SQLite file migrated with Prisma Migrate (the real migrations, not db push). */
export function freshDatabase(name: string): string {
  mkdirSync(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `${name}.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  const result = spawnSync(bin("prisma"), ["migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  return file;
}

/** Runs `npm run <script> -- <args>` against a database file: its exit code and what it printed. */
export function runScript(
  file: string,
  script: string,
  args: string[] = [],
): { status: number | null; stdout: string; output: string } {
  const result = spawnSync("npm", ["run", "--silent", script, ...(args.length ? ["--", ...args] : [])], {
    env: { ...process.env, DATABASE_URL: `file:${file}` },
    encoding: "utf8",
  });
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs `npm run db:seed` against a database file and returns what it printed. */
export function seed(file: string): string {
  const result = runScript(file, "db:seed");
  if (result.status !== 0) throw new Error(`db:seed failed:\n${result.output}`);
  return result.stdout.trim();
}

/** Creates an account with `npm run user:add`, as an admin would from the command line. */
export function addUser(file: string, email: string, password: string, role: string): void {
  const result = runScript(file, "user:add", ["--email", email, "--password", password, "--role", role]);
  if (result.status !== 0) throw new Error(`user:add failed:\n${result.output}`);
}

/** Starts the production server (scripts/serve.ts over the build) on a database file. */
export async function startServer(
  file: string,
  port: number,
  extraEnv: Record<string, string> = {},
): Promise<{ baseURL: string; stop: () => Promise<void>; crash: () => Promise<void> }> {
  const { command, args } = serverCommand();
  const child: ChildProcess = spawn(command, args, {
    // Tests log in far more often than people do: the per-address login limit is raised for them
    // (the per-account limit, which the tests check, stays as it is).
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${file}`,
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      PACT_LOGIN_LIMIT_PER_ADDRESS: "10000",
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      // Up when it answers at all (a private server answers 401).
      const response = await fetch(`${baseURL}/api/v1/commitments?pageSize=1`);
      if (response.status < 500) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    // kill -9: no shutdown hook runs, as when the machine's OOM killer or a power cut stops it.
    crash: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGKILL");
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
