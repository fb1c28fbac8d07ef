import Database from "better-sqlite3";
import type { TestProject } from "vitest/node";
import { addUser, freshDatabase, seed, startServer } from "../helpers/server";
import { TEST_USERS } from "../helpers/users";

const COUNTED_TABLES = ["Country", "Sector", "Source", "Organization", "OrganizationAlias", "Person", "Position", "Event", "EventParticipant", "Document", "DocumentSignatory", "Commitment", "CommitmentSector", "Citation", "StatusChange", "DataFlag", "AuditEntry"];

function countRows(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(COUNTED_TABLES.map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM "${t}"`).get() as { n: number }).n]));
  } finally {
    db.close();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    databaseFile: string;
    /** A second seeded server whose data the write tests may change; the read tests never see it. */
    writeBaseURL: string;
    writeDatabaseFile: string;
    firstSeed: { output: string; counts: Record<string, number> };
    secondSeed: { output: string; counts: Record<string, number> };
  }
}

/** A fresh migrated database, seeded twice, served by `next start` for every integration test. */
export default async function setup(project: TestProject) {
  const file = freshDatabase("integration");
  const firstOutput = seed(file);
  const firstCounts = countRows(file);
  const secondOutput = seed(file);
  const secondCounts = countRows(file);
  // INTEGRATION_PORT lets two checkouts run their integration tests side by side.
  const writeFile = freshDatabase("integration-write");
  seed(writeFile);
  for (const file_ of [file, writeFile]) {
    for (const [key, user] of Object.entries(TEST_USERS)) addUser(file_, user.email, user.password, key.replace(/\d$/, ""));
  }
  const port = Number(process.env.INTEGRATION_PORT ?? 3210);
  const [server, writeServer] = await Promise.all([startServer(file, port), startServer(writeFile, port + 1)]);
  project.provide("writeBaseURL", writeServer.baseURL);
  project.provide("writeDatabaseFile", writeFile);
  project.provide("baseURL", server.baseURL);
  project.provide("databaseFile", file);
  project.provide("firstSeed", { output: firstOutput, counts: firstCounts });
  project.provide("secondSeed", { output: secondOutput, counts: secondCounts });
  return async () => {
    await Promise.all([server.stop(), writeServer.stop()]);
  };
}
