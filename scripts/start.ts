// npm start: migrate and seed the database when needed, build when needed, then serve.
import { spawn } from "node:child_process";
import { buildIfNeeded } from "./build-if-needed";
import { applyDefaultEnv, serverCommand, serverEnv } from "./env";
import { prepareDatabase } from "./prepare-db";

async function main() {
  applyDefaultEnv();
  await prepareDatabase();
  buildIfNeeded();
  const port = process.env.PORT!;
  const host = process.env.HOST ?? "0.0.0.0";
  console.log(`pact: serving ${process.env.DATABASE_URL} at http://localhost:${port}`);
  const { command, args } = serverCommand();
  const server = spawn(command, args, { stdio: "inherit", env: serverEnv({ ...process.env, HOST: host }) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(`pact: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
