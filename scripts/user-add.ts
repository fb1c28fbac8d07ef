// npm run user:add -- --email someone@example.org --role editor [--name "Full Name"] [--password …]
// Creates an account from the command line; without --password one is generated and printed once.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { newAccountSchema } from "../lib/auth/password-strength";
import { createPrismaClient } from "../lib/db/client";
import { databaseFile } from "../lib/db/url";
import { applyDefaultEnv } from "./env";

async function main() {
  applyDefaultEnv();
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      role: { type: "string", default: "editor" },
      name: { type: "string" },
      password: { type: "string" },
    },
  });
  const generated = values.password ? undefined : randomBytes(12).toString("base64url");
  const parsed = newAccountSchema.safeParse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split("@")[0],
    password: values.password ?? generated,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`user:add: --${String(issue.path[0])}: ${issue.message}`);
    process.exit(2);
  }
  // The mutation module is server-only for the app's sake; the CLI is a server too.
  const { createUser } = await import("../lib/users/mutations");
  const prisma = createPrismaClient(databaseFile());
  try {
    const user = await createUser(parsed.data, null, prisma);
    console.log(
      `user:add: created ${user.email} (${user.role})${generated ? `\nuser:add: password, shown this once: ${generated}` : ""}`,
    );
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(`user:add: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
