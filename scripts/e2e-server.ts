// The browser tests' server: a fresh database at DATABASE_URL, prepared like `npm start`, served by scripts/serve.ts.
import { spawn } from "node:child_process";
import { rmSync } from "node:fs";
import { createPrismaClient } from "../lib/db/client";
import { databaseFile } from "../lib/db/url";
import { applyDefaultEnv, serverCommand, serverEnv } from "./env";
import { prepareDatabase } from "./prepare-db";

async function main() {
  const file = databaseFile();
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  applyDefaultEnv();
  await prepareDatabase();
  // The editing journeys log in as these (the admin comes from ADMIN_EMAIL / ADMIN_PASSWORD).
  const { createUser } = await import("../lib/users/mutations");
  const prisma = createPrismaClient(file);
  for (const [email, name] of [
    ["editor@pact.test", "Edith Editor"],
    ["editor2@pact.test", "Eddie Second"],
  ] as const) {
    await createUser({ email, name, role: "editor", password: "e2e-editor-password" }, null, prisma);
  }
  await prisma.$disconnect();
  const { command, args } = serverCommand();
  const server = spawn(command, args, { stdio: "inherit", env: serverEnv({ ...process.env, HOST: "127.0.0.1" }) });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
