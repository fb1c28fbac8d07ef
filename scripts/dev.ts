// npm run dev: the same prepared database as npm start, with the Next.js dev server.
import { spawn } from "node:child_process";
import path from "node:path";
import { applyDefaultEnv } from "./env";
import { prepareDatabase } from "./prepare-db";

applyDefaultEnv();
prepareDatabase()
  .then(() => {
    const dev = spawn(path.join("node_modules", ".bin", "next"), ["dev", "-p", process.env.PORT!], {
      stdio: "inherit",
      env: process.env,
    });
    dev.on("exit", (code) => process.exit(code ?? 0));
  })
  .catch((error) => {
    console.error(`pact: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  });
