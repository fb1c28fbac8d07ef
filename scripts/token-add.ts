// npm run token:add -- --email someone@example.org [--scope write] [--name "CMS sync"] [--expires 2027-06-30]
// Makes a personal API token for an editor or admin and prints its secret, this once.
import { parseArgs } from "node:util";
import { isRole } from "../lib/auth/roles";
import { createPrismaClient } from "../lib/db/client";
import { databaseFile } from "../lib/db/url";
import { tokenCreateSchema } from "../lib/tokens/schema";
import { applyDefaultEnv } from "./env";

async function main() {
  applyDefaultEnv();
  const { values } = parseArgs({
    options: {
      email: { type: "string" },
      scope: { type: "string", default: "read" },
      name: { type: "string", default: "Command line" },
      expires: { type: "string" },
    },
  });
  const parsed = tokenCreateSchema.safeParse({ name: values.name, scope: values.scope, expiresOn: values.expires });
  if (!values.email || !parsed.success) {
    if (!values.email) console.error("token:add: --email: give the account's email");
    for (const issue of parsed.error?.issues ?? []) {
      const option = issue.path[0] === "expiresOn" ? "expires" : String(issue.path[0]);
      console.error(`token:add: --${option}: ${issue.message}`);
    }
    process.exit(2);
  }
  // The mutation module is server-only for the app's sake; the CLI is a server too.
  const { createToken } = await import("../lib/tokens/mutations");
  const prisma = createPrismaClient(databaseFile());
  try {
    const user = await prisma.user.findUnique({
      where: { email: values.email.trim().toLowerCase() },
      select: { id: true, email: true, name: true, role: true },
    });
    if (!user) {
      console.error(`token:add: no account has the email ${values.email}`);
      process.exit(2);
    }
    const owner = { ...user, role: isRole(user.role) ? user.role : ("viewer" as const) };
    const made = await createToken(parsed.data, owner, { by: null, db: prisma });
    console.error(
      `token:add: made "${made.name}" (${made.scope}) for ${user.email}${made.expiresAt ? `, until ${made.expiresAt}` : ""}; the secret, shown this once:`,
    );
    // The secret alone on standard output, so that PACT_TOKEN=$(npm run -s token:add -- …) works.
    console.log(made.token);
  } finally {
    await prisma.$disconnect();
  }
}

main().catch((error) => {
  console.error(
    `token:add: ${error instanceof Error && "userMessage" in error ? error.userMessage : error instanceof Error ? error.message : error}`,
  );
  process.exit(1);
});
