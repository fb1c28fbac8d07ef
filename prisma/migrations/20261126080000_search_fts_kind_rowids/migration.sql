-- Full-text search, rebuilt so that each kind of record owns a block of rowids: kind k (in the
-- order commitment 1, event 2, document 3, source 4, person 5, organization 6) gets rowids
-- k × 10^12 + 1 onwards. A search can then ask FTS5 for one kind as a rowid range, which FTS5
-- applies while reading its doclists, instead of joining every match to search_doc to learn its
-- kind; lib/search/doc-kinds.ts holds the same numbers. search_fts also loses its UNINDEXED kind
-- column: reading it loaded each matching row from the content table, the costliest part of a
-- count by kind.
-- Hand-written (Prisma does not model virtual tables); see 20261125080000_search_fts for the
-- rest: what each kind indexes, the accent folding and the prefix indexes are unchanged. The
-- top-level INSERTs below are the backfill, which scripts/generate-synthetic.ts reruns in bulk.
-- The backfill numbers each kind in id order, as the first migration's did (it read the ids from
-- their index): a list's `q` looks its matches up by id, and ids in rowid order make those
-- lookups walk the index in order, about a third cheaper than in random order at 100,000 rows.
-- A record created later takes the next rowid of its kind's block (MAX over a rowid range is a
-- single seek); like before, the last rowid of a block can be reused after a delete, which is
-- harmless since the delete trigger removes its words too.

DROP TRIGGER "commitment_search_insert";
DROP TRIGGER "commitment_search_update";
DROP TRIGGER "commitment_search_delete";
DROP TRIGGER "event_search_insert";
DROP TRIGGER "event_search_update";
DROP TRIGGER "event_search_delete";
DROP TRIGGER "document_search_insert";
DROP TRIGGER "document_search_update";
DROP TRIGGER "document_search_delete";
DROP TRIGGER "source_search_insert";
DROP TRIGGER "source_search_update";
DROP TRIGGER "source_search_delete";
DROP TRIGGER "person_search_insert";
DROP TRIGGER "person_search_update";
DROP TRIGGER "person_search_delete";
DROP TRIGGER "organization_search_insert";
DROP TRIGGER "organization_search_update";
DROP TRIGGER "organization_search_delete";
DROP TRIGGER "personalias_search_insert";
DROP TRIGGER "personalias_search_delete";
DROP TRIGGER "personalias_search_update";
DROP TRIGGER "position_search_insert";
DROP TRIGGER "position_search_delete";
DROP TRIGGER "position_search_update";
DROP TRIGGER "organizationalias_search_insert";
DROP TRIGGER "organizationalias_search_delete";
DROP TRIGGER "organizationalias_search_update";
DROP TRIGGER "commitmentsector_search_insert";
DROP TRIGGER "commitmentsector_search_delete";
DROP TABLE "search_fts";
DROP TABLE "search_doc";

CREATE TABLE "search_doc" (
    "rowid" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_doc_kind_record_id_key" ON "search_doc"("kind", "record_id");

CREATE VIRTUAL TABLE "search_fts" USING fts5(
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Commitment
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 1000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'commitment', "id" FROM "Commitment";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id";
CREATE TRIGGER "commitment_search_insert" AFTER INSERT ON "Commitment" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 1000000000000) + 1, 'commitment', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 1000000000000 AND 1999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "commitment_search_update" AFTER UPDATE OF "title", "description" ON "Commitment" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "commitment_search_delete" AFTER DELETE ON "Commitment" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'commitment' AND "record_id" = OLD."id";
END;

-- Event
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 2000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'event', "id" FROM "Event";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id";
CREATE TRIGGER "event_search_insert" AFTER INSERT ON "Event" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 2000000000000) + 1, 'event', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 2000000000000 AND 2999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "event_search_update" AFTER UPDATE OF "title", "description", "location" ON "Event" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "event_search_delete" AFTER DELETE ON "Event" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'event' AND "record_id" = OLD."id";
END;

-- Document
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 3000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'document', "id" FROM "Document";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id";
CREATE TRIGGER "document_search_insert" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 3000000000000) + 1, 'document', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 3000000000000 AND 3999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "document_search_update" AFTER UPDATE OF "title", "description" ON "Document" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "document_search_delete" AFTER DELETE ON "Document" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'document' AND "record_id" = OLD."id";
END;

-- Source
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 4000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'source', "id" FROM "Source";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id";
CREATE TRIGGER "source_search_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 4000000000000) + 1, 'source', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 4000000000000 AND 4999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "source_search_update" AFTER UPDATE OF "title", "publisher", "fullText" ON "Source" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "source_search_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'source' AND "record_id" = OLD."id";
END;

-- Person
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 5000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'person', "id" FROM "Person";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id";
CREATE TRIGGER "person_search_insert" AFTER INSERT ON "Person" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 5000000000000) + 1, 'person', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 5000000000000 AND 5999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "person_search_update" AFTER UPDATE OF "name" ON "Person" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "person_search_delete" AFTER DELETE ON "Person" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'person' AND "record_id" = OLD."id";
END;

-- Organization
INSERT INTO "search_doc" ("rowid", "kind", "record_id") SELECT 6000000000000 + ROW_NUMBER() OVER (ORDER BY "id"), 'organization', "id" FROM "Organization";
INSERT INTO "search_fts" (rowid, title, body)
    SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id";
CREATE TRIGGER "organization_search_insert" AFTER INSERT ON "Organization" BEGIN
    INSERT INTO "search_doc" ("rowid", "kind", "record_id")
        SELECT COALESCE(MAX("rowid"), 6000000000000) + 1, 'organization', NEW."id" FROM "search_doc" WHERE "rowid" BETWEEN 6000000000000 AND 6999999999999;
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "organization_search_update" AFTER UPDATE OF "name", "nameFr", "description" ON "Organization" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "organization_search_delete" AFTER DELETE ON "Organization" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'organization' AND "record_id" = OLD."id";
END;

-- PersonAlias words are part of the person's entry
CREATE TRIGGER "personalias_search_insert" AFTER INSERT ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;
CREATE TRIGGER "personalias_search_delete" AFTER DELETE ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
END;
CREATE TRIGGER "personalias_search_update" AFTER UPDATE OF "alias" ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;

-- Position words are part of the person's entry
CREATE TRIGGER "position_search_insert" AFTER INSERT ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;
CREATE TRIGGER "position_search_delete" AFTER DELETE ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
END;
CREATE TRIGGER "position_search_update" AFTER UPDATE OF "title", "titleFr", "personId" ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;

-- OrganizationAlias words are part of the organization's entry
CREATE TRIGGER "organizationalias_search_insert" AFTER INSERT ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."organizationId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."organizationId";
END;
CREATE TRIGGER "organizationalias_search_delete" AFTER DELETE ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."organizationId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = OLD."organizationId";
END;
CREATE TRIGGER "organizationalias_search_update" AFTER UPDATE OF "alias" ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."organizationId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = OLD."organizationId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."organizationId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."organizationId";
END;

-- A commitment's sectors (English and French names) are part of its entry
CREATE TRIGGER "commitmentsector_search_insert" AFTER INSERT ON "CommitmentSector" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."commitmentId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."commitmentId";
END;
CREATE TRIGGER "commitmentsector_search_delete" AFTER DELETE ON "CommitmentSector" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = OLD."commitmentId");
    INSERT INTO "search_fts" (rowid, title, body)
        SELECT d."rowid", r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = OLD."commitmentId";
END;
