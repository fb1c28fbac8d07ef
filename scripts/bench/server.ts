import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { serverCommand, serverEnv } from "../env";

export interface Server {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
  output: () => string;
  /** How the server ended ("code 1", "signal SIGABRT"), or null while it runs. */
  ended: () => string | null;
}

/**
 * The production server (scripts/serve.ts over the build) on a database file; resolves once /api/health answers.
 * `cpuProfileDir`: V8 writes the server's CPU profile there when it stops (open it in Chrome's
 * DevTools); Node refuses --cpu-prof in NODE_OPTIONS, so it goes on the command line.
 */
export async function startServer(
  file: string,
  port: number,
  env: Record<string, string> = {},
  { cpuProfileDir }: { cpuProfileDir?: string } = {},
): Promise<Server> {
  const profile = cpuProfileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(cpuProfileDir)}`] : [];
  const { command, args } = serverCommand(profile);
  const child: ChildProcess = spawn(command, args, {
    // The same heap cap as `npm start`, so the figures are those of the production server.
    env: serverEnv({
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: `file:${file}`,
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: `http://127.0.0.1:${port}`,
      PACT_LOGIN_LIMIT_PER_ADDRESS: "10000",
      ...env,
    }),
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited early:\n${output}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the server did not answer within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    origin,
    pid: child.pid!,
    output: () => output,
    ended: () =>
      child.exitCode !== null ? `code ${child.exitCode}` : child.signalCode ? `signal ${child.signalCode}` : null,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function children(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim();
    return tasks ? tasks.split(/\s+/).map(Number) : [];
  } catch {
    return [];
  }
}

/** VmRSS and VmHWM (peak) in MB, summed over a process and its descendants. */
export function memory(pid: number): { rss: number; hwm: number } {
  let rss = 0;
  let hwm = 0;
  for (const p of [pid, ...children(pid).flatMap((c) => [c, ...children(c)])]) {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      rss += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      hwm += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { rss, hwm };
}

/** Samples the server's resident memory every `ms` until stopped; returns the highest seen. */
export function sampleMemory(pid: number, ms = 25): { stop: () => { peakRss: number; samples: number } } {
  let peakRss = 0;
  let samples = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, memory(pid).rss);
    samples++;
  }, ms);
  return {
    stop: () => {
      clearInterval(timer);
      peakRss = Math.max(peakRss, memory(pid).rss);
      return { peakRss, samples: samples + 1 };
    },
  };
}
