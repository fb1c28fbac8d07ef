-- Sources get a version for optimistic edits of their metadata, like the other records.
-- Hand-written as ADD COLUMN: the table rebuild Prisma generates would drop the full-text
-- search triggers on "Source" (prisma/migrations/*_search_fts) along with the old table.
ALTER TABLE "Source" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
