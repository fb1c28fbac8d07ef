import type { Prisma } from "../db/generated/client";

// What "known as of a day" means for each kind of record, as Prisma filters. Undated documents
// and sources stay visible: nothing says they came later. where-sql.ts says the same in SQL and
// status.ts for a history already read: keep them in step (tests/unit/as-of-rules.test.ts).

export const commitmentKnownBy = (asOf: string): Prisma.CommitmentWhereInput => ({
  statusChanges: { some: { effectiveDate: { lte: asOf } } },
});

export const eventKnownBy = (asOf: string): Prisma.EventWhereInput => ({ startDate: { lte: asOf } });

export const documentKnownBy = (asOf: string): Prisma.DocumentWhereInput => ({
  OR: [{ signedDate: null }, { signedDate: { lte: asOf } }],
});

export const sourceKnownBy = (asOf: string): Prisma.SourceWhereInput => ({
  OR: [{ publishedDate: null }, { publishedDate: { lte: asOf } }],
});

export const statusChangeKnownBy = (asOf: string): Prisma.StatusChangeWhereInput => ({ effectiveDate: { lte: asOf } });
