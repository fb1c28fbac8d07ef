import { Prisma } from "../db/client";

const { sql, join } = Prisma;

// Ids per statement: well under any database's limit of bound parameters.
const CHUNK = 500;

/**
 * Rebuilds the search document of every commitment filed under `code`. A commitment's document
 * holds the names of its sectors, written by the search triggers when the commitment or one of
 * its CommitmentSector rows changes, but not when a sector is renamed or rows move from one
 * sector to another by an update. Writing a commitment's title onto itself fires its update
 * trigger, which reads the sectors' names as they now are: the triggers stay the one place that
 * says what a search document holds. Nothing else about the commitment changes (not its version:
 * an editor's open form stays valid).
 */
export function reindexSectorCommitments(db: Pick<Prisma.TransactionClient, "$executeRaw">, code: string) {
  return db.$executeRaw(
    sql`UPDATE "Commitment" SET "title" = "title"
      WHERE "id" IN (SELECT "commitmentId" FROM "CommitmentSector" WHERE "sectorCode" = ${code})`,
  );
}

/** The same for the commitments named, a chunk of ids per statement. */
export async function reindexCommitments(db: Pick<Prisma.TransactionClient, "$executeRaw">, ids: readonly string[]) {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.$executeRaw(
      sql`UPDATE "Commitment" SET "title" = "title" WHERE "id" IN (${join(ids.slice(i, i + CHUNK))})`,
    );
  }
}
