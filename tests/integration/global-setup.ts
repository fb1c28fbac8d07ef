import { copyFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";
import { addUser, freshDatabase, seed, startServer, TMP_DIR } from "../helpers/server";
import { TEST_USERS } from "../helpers/users";
import { integrationPort } from "../helpers/ports";

const COUNTED_TABLES = [
  "Country",
  "Sector",
  "Source",
  "Organization",
  "OrganizationAlias",
  "Person",
  "Position",
  "Event",
  "EventParticipant",
  "Document",
  "DocumentSignatory",
  "Commitment",
  "CommitmentSector",
  "Citation",
  "StatusChange",
  "DataFlag",
  "AuditEntry",
];

function countRows(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(
      COUNTED_TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]),
    );
  } finally {
    db.close();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseFile: string;
    /** The seeded database with the test accounts, never served: each file that writes copies it (tests/helpers/write-server.ts). */
    seededDatabaseFile: string;
    firstSeed: { output: string; counts: Record<string, number> };
    secondSeed: { output: string; counts: Record<string, number> };
  }
}

/**
 * A fresh migrated database, seeded twice, served by `next start` for the tests that only read.
 * Before the server opens it, it is copied aside: each file that writes serves its own copy
 * (ownWriteServer), so the read tests always see the seed.
 */
export default async function setup(project: TestProject) {
  const file = freshDatabase("integration");
  const firstOutput = seed(file);
  const firstCounts = countRows(file);
  const secondOutput = seed(file);
  const secondCounts = countRows(file);
  for (const [key, user] of Object.entries(TEST_USERS))
    addUser(file, user.email, user.password, key.replace(/\d$/, ""));
  const seeded = path.join(TMP_DIR, "integration-seeded.db");
  copyFileSync(file, seeded);
  // INTEGRATION_PORT lets two checkouts run their integration tests side by side.
  const server = await startServer(file, integrationPort(0));
  project.provide("seededDatabaseFile", seeded);
  project.provide("baseURL", server.baseURL);
  project.provide("databaseFile", file);
  project.provide("firstSeed", { output: firstOutput, counts: firstCounts });
  project.provide("secondSeed", { output: secondOutput, counts: secondCounts });
  return () => server.stop();
}
