-- Full-text search (FTS5) over commitments, events, documents, sources, people and organizations.
-- Hand-written: Prisma does not model virtual tables. search_doc maps each indexed record to a
-- stable integer rowid (an INTEGER PRIMARY KEY survives VACUUM, unlike an implicit rowid), and
-- search_fts holds its words, accents folded ("cybersecurite" finds "cybersécurité"), with prefix
-- indexes for type-ahead. Triggers keep both in step with every write, in the same transaction.
-- Both tables are listed as external in prisma.config.ts so that migrate diff ignores them.

CREATE TABLE "search_doc" (
    "rowid" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_doc_kind_record_id_key" ON "search_doc"("kind", "record_id");

CREATE VIRTUAL TABLE "search_fts" USING fts5(
    kind UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);

-- Commitment
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'commitment', "id" FROM "Commitment";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'commitment', r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id";
CREATE TRIGGER "commitment_search_insert" AFTER INSERT ON "Commitment" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('commitment', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'commitment', r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "commitment_search_update" AFTER UPDATE OF "title", "description" ON "Commitment" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'commitment', r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "commitment_search_delete" AFTER DELETE ON "Commitment" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'commitment' AND "record_id" = OLD."id";
END;

-- Event
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'event', "id" FROM "Event";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'event', r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id";
CREATE TRIGGER "event_search_insert" AFTER INSERT ON "Event" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('event', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'event', r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "event_search_update" AFTER UPDATE OF "title", "description", "location" ON "Event" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'event', r."title", COALESCE(r."description", '') || ' ' || COALESCE(r."location", '') FROM "Event" r JOIN "search_doc" d ON d."kind" = 'event' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "event_search_delete" AFTER DELETE ON "Event" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'event' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'event' AND "record_id" = OLD."id";
END;

-- Document
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'document', "id" FROM "Document";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'document', r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id";
CREATE TRIGGER "document_search_insert" AFTER INSERT ON "Document" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('document', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'document', r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "document_search_update" AFTER UPDATE OF "title", "description" ON "Document" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'document', r."title", COALESCE(r."description", '') FROM "Document" r JOIN "search_doc" d ON d."kind" = 'document' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "document_search_delete" AFTER DELETE ON "Document" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'document' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'document' AND "record_id" = OLD."id";
END;

-- Source
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'source', "id" FROM "Source";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'source', r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id";
CREATE TRIGGER "source_search_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('source', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'source', r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "source_search_update" AFTER UPDATE OF "title", "publisher", "fullText" ON "Source" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'source', r."title", r."publisher" || ' ' || r."fullText" FROM "Source" r JOIN "search_doc" d ON d."kind" = 'source' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "source_search_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'source' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'source' AND "record_id" = OLD."id";
END;

-- Person
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'person', "id" FROM "Person";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id";
CREATE TRIGGER "person_search_insert" AFTER INSERT ON "Person" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('person', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "person_search_update" AFTER UPDATE OF "name" ON "Person" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "person_search_delete" AFTER DELETE ON "Person" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'person' AND "record_id" = OLD."id";
END;

-- Organization
INSERT INTO "search_doc" ("kind", "record_id") SELECT 'organization', "id" FROM "Organization";
INSERT INTO "search_fts" (rowid, kind, title, body)
    SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id";
CREATE TRIGGER "organization_search_insert" AFTER INSERT ON "Organization" BEGIN
    INSERT INTO "search_doc" ("kind", "record_id") VALUES ('organization', NEW."id");
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "organization_search_update" AFTER UPDATE OF "name", "nameFr", "description" ON "Organization" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."id");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."id";
END;
CREATE TRIGGER "organization_search_delete" AFTER DELETE ON "Organization" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."id");
    DELETE FROM "search_doc" WHERE "kind" = 'organization' AND "record_id" = OLD."id";
END;

-- PersonAlias words are part of the person's entry
CREATE TRIGGER "personalias_search_insert" AFTER INSERT ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;
CREATE TRIGGER "personalias_search_delete" AFTER DELETE ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
END;
CREATE TRIGGER "personalias_search_update" AFTER UPDATE OF "alias" ON "PersonAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;

-- Position words are part of the person's entry
CREATE TRIGGER "position_search_insert" AFTER INSERT ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;
CREATE TRIGGER "position_search_delete" AFTER DELETE ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
END;
CREATE TRIGGER "position_search_update" AFTER UPDATE OF "title", "titleFr", "personId" ON "Position" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = OLD."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = OLD."personId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'person' AND d."record_id" = NEW."personId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'person', r."name", COALESCE((SELECT group_concat(a."alias", ' ') FROM "PersonAlias" a WHERE a."personId" = r."id"), '') || ' ' || COALESCE((SELECT group_concat(p."title" || ' ' || COALESCE(p."titleFr", ''), ' ') FROM "Position" p WHERE p."personId" = r."id"), '') FROM "Person" r JOIN "search_doc" d ON d."kind" = 'person' AND d."record_id" = r."id" WHERE r."id" = NEW."personId";
END;

-- OrganizationAlias words are part of the organization's entry
CREATE TRIGGER "organizationalias_search_insert" AFTER INSERT ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."organizationId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."organizationId";
END;
CREATE TRIGGER "organizationalias_search_delete" AFTER DELETE ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."organizationId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = OLD."organizationId";
END;
CREATE TRIGGER "organizationalias_search_update" AFTER UPDATE OF "alias" ON "OrganizationAlias" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = OLD."organizationId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = OLD."organizationId";
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'organization' AND d."record_id" = NEW."organizationId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'organization', r."name", COALESCE(r."nameFr", '') || ' ' || COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(a."alias", ' ') FROM "OrganizationAlias" a WHERE a."organizationId" = r."id"), '') FROM "Organization" r JOIN "search_doc" d ON d."kind" = 'organization' AND d."record_id" = r."id" WHERE r."id" = NEW."organizationId";
END;

-- A commitment's sectors (English and French names) are part of its entry
CREATE TRIGGER "commitmentsector_search_insert" AFTER INSERT ON "CommitmentSector" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = NEW."commitmentId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'commitment', r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = NEW."commitmentId";
END;
CREATE TRIGGER "commitmentsector_search_delete" AFTER DELETE ON "CommitmentSector" BEGIN
    DELETE FROM "search_fts" WHERE rowid = (SELECT d."rowid" FROM "search_doc" d WHERE d."kind" = 'commitment' AND d."record_id" = OLD."commitmentId");
    INSERT INTO "search_fts" (rowid, kind, title, body)
        SELECT d."rowid", 'commitment', r."title", COALESCE(r."description", '') || ' ' || COALESCE((SELECT group_concat(s."name" || ' ' || COALESCE(s."nameFr", ''), ' ') FROM "CommitmentSector" cs JOIN "Sector" s ON s."code" = cs."sectorCode" WHERE cs."commitmentId" = r."id"), '') FROM "Commitment" r JOIN "search_doc" d ON d."kind" = 'commitment' AND d."record_id" = r."id" WHERE r."id" = OLD."commitmentId";
END;
