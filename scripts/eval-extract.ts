// npm run eval:extract [-- --base URL] [--email E --password P | --token T] [--local] [--verbose] [--json out.json]
//
// Scores the extraction assistant on the corpus of real articles beside this repository
// (../shared/corpus by default, PACT_CORPUS to change it) with the corpus's own scorer, which
// sends each article to POST /api/v1/extract and prints recall and precision per category and
// language. Against a running server (a fresh `npm start` by default), it signs in with the
// account given, or with a temporary editor it adds to the server's database and removes after.
// `--local` needs no server: it answers the scorer from this checkout's lib/extract directly,
// for a fast loop while working on the rules (no build).
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { createPrismaClient } from "../lib/db/client";
import { databaseFile } from "../lib/db/url";
import { extractRequestSchema } from "../lib/extract/schema";
import { applyDefaultEnv } from "./env";

const { values, positionals } = parseArgs({
  options: {
    // Default: the address `npm start` serves and checks the Origin of requests against.
    base: { type: "string" },
    email: { type: "string" },
    password: { type: "string" },
    token: { type: "string" },
    local: { type: "boolean", default: false },
    verbose: { type: "boolean", default: false },
    json: { type: "string" },
    dir: { type: "string" },
  },
  allowPositionals: true,
});

const corpus = path.resolve(process.env.PACT_CORPUS ?? path.join("..", "shared", "corpus"));
const scorer = path.join(corpus, "score.mjs");

function score(base: string, auth: string[]): Promise<number> {
  const args = [scorer, "--base", base, ...auth, "--dir", values.dir ?? path.join(corpus, "dev")];
  if (values.verbose) args.push("--verbose");
  if (values.json) args.push("--json", values.json);
  const child = spawn(process.execPath, [...args, ...positionals], { stdio: "inherit" });
  return new Promise((resolve) => child.on("exit", (code) => resolve(code ?? 1)));
}

/** An HTTP server that answers POST /api/v1/extract from lib/extract, as the app's route does. */
async function localServer(): Promise<Server> {
  const { extractForApi } = await import("../lib/ingest/queries");
  const answer = async (request: IncomingMessage, response: ServerResponse) => {
    let body = "";
    for await (const chunk of request) body += String(chunk);
    const parsed = extractRequestSchema.safeParse(JSON.parse(body || "{}"));
    if (request.url !== "/api/v1/extract" || !parsed.success) {
      response.writeHead(400).end();
      return;
    }
    const data = await extractForApi(parsed.data);
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ data }));
  };
  const server = createServer((request, response) => {
    answer(request, response).catch((error: unknown) => {
      console.error(error);
      response.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return server;
}

/** A temporary editor in the server's database, removed once the scorer is done. */
async function withTemporaryEditor(run: (auth: string[]) => Promise<number>): Promise<number> {
  const { createUser } = await import("../lib/users/mutations");
  const prisma = createPrismaClient(databaseFile());
  const email = `extract-eval-${randomBytes(4).toString("hex")}@pact.local`;
  const password = randomBytes(18).toString("base64url");
  const user = await createUser({ email, password, name: "Extraction evaluation", role: "editor" }, null, prisma);
  try {
    return await run(["--email", email, "--password", password]);
  } finally {
    await prisma.session.deleteMany({ where: { userId: user.id } });
    // Its audit entries stay, with no account (the key is ON DELETE SET NULL): the trail is kept.
    await prisma.user.delete({ where: { id: user.id } });
    await prisma.$disconnect();
  }
}

async function main() {
  applyDefaultEnv();
  const base = values.base ?? process.env.PACT_PUBLIC_URL ?? process.env.BETTER_AUTH_URL!;
  if (!existsSync(scorer)) {
    console.error(`eval:extract: no scorer at ${scorer} (set PACT_CORPUS to the corpus folder)`);
    return 2;
  }
  if (values.local) {
    // The same database `npm start` serves, migrated and seeded as it would be.
    const { prepareDatabase } = await import("./prepare-db");
    await prepareDatabase();
    const server = await localServer();
    try {
      return await score(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, []);
    } finally {
      server.close();
    }
  }
  if (values.token) return score(base, ["--token", values.token]);
  if (values.email) return score(base, ["--email", values.email, "--password", values.password ?? ""]);
  return withTemporaryEditor((auth) => score(base, auth));
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`eval:extract: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
