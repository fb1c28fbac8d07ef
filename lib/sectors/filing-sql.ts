// Commitments filed under sectors, written in bulk: a merge's move of rows, and the rebuilding of
// the search documents that hold their sectors' names.
import { Prisma } from "../db/client";

const { sql, join } = Prisma;

type RawWriter = Pick<Prisma.TransactionClient, "$executeRaw">;

// Commitments per statement. A search document costs about half a millisecond to rebuild, so a
// chunk holds the one connection for a few hundred milliseconds at most; run outside a
// transaction, other requests' queries go between two chunks instead of waiting for them all
// (15,000 commitments of one sector take several seconds at 100,000 commitments).
const CHUNK = 500;

// A commitment's search document holds the names of its sectors. The search triggers write it
// when the commitment or one of its CommitmentSector rows is inserted or deleted, but not when a
// sector is renamed or a row moves to another sector by an update. Writing a commitment's title
// onto itself fires its update trigger, which reads the sectors' names as they now are: the
// triggers stay the one place that says what a search document holds. Nothing else about the
// commitment changes (not its version: an editor's open form stays valid).

/** Rebuilds the search documents of every commitment filed under `code`, in one statement. */
export function reindexSectorCommitments(db: RawWriter, code: string) {
  return db.$executeRaw(
    sql`UPDATE "Commitment" SET "title" = "title"
      WHERE "id" IN (SELECT "commitmentId" FROM "CommitmentSector" WHERE "sectorCode" = ${code})`,
  );
}

/** Rebuilds the search documents of the commitments named, a chunk of them per statement. */
export async function reindexCommitments(db: RawWriter, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db.$executeRaw(
      sql`UPDATE "Commitment" SET "title" = "title" WHERE "id" IN (${join(ids.slice(i, i + CHUNK))})`,
    );
  }
}

/**
 * Files under `into` every commitment filed under `from` but not under `into`, in one statement
 * (Prisma's updateMany with a relation filter reads the rows first and takes twice as long, at
 * 13,000 rows about 2 s). Moved by an update, their search documents are rebuilt afterwards
 * (reindexCommitments). Returns how many moved.
 */
export function moveSectorRows(db: RawWriter, from: string, into: string) {
  return db.$executeRaw(
    sql`UPDATE "CommitmentSector" SET "sectorCode" = ${into}
      WHERE "sectorCode" = ${from} AND NOT EXISTS (
        SELECT 1 FROM "CommitmentSector" b WHERE b."commitmentId" = "CommitmentSector"."commitmentId" AND b."sectorCode" = ${into})`,
  );
}
