-- CreateTable
CREATE TABLE "Country" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameFr" TEXT
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameFr" TEXT,
    "kind" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "parentId" TEXT,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Organization_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Organization_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrganizationAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "language" TEXT,
    "note" TEXT,
    CONSTRAINT "OrganizationAlias_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "countryCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Person_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "language" TEXT,
    CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Position" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "personId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "titleFr" TEXT,
    "organizationId" TEXT,
    "fromDate" TEXT,
    "fromPrecision" TEXT,
    "toDate" TEXT,
    "toPrecision" TEXT,
    CONSTRAINT "Position_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Position_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "url" TEXT,
    "language" TEXT NOT NULL,
    "publishedDate" TEXT,
    "publishedPrecision" TEXT,
    "fullText" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "startOffset" INTEGER NOT NULL,
    "endOffset" INTEGER NOT NULL,
    "eventId" TEXT,
    "documentId" TEXT,
    "commitmentId" TEXT,
    "statusChangeId" TEXT,
    "flagId" TEXT,
    CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Citation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Citation_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Citation_statusChangeId_fkey" FOREIGN KEY ("statusChangeId") REFERENCES "StatusChange" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Citation_flagId_fkey" FOREIGN KEY ("flagId") REFERENCES "DataFlag" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "parentId" TEXT,
    "startDate" TEXT NOT NULL,
    "startPrecision" TEXT NOT NULL,
    "endDate" TEXT,
    "endPrecision" TEXT,
    "location" TEXT,
    "hostCountryCode" TEXT,
    "visitingCountryCode" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Event_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_hostCountryCode_fkey" FOREIGN KEY ("hostCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Event_visitingCountryCode_fkey" FOREIGN KEY ("visitingCountryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EventParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "eventId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "personId" TEXT,
    "organizationId" TEXT,
    "countryCode" TEXT,
    CONSTRAINT "EventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "EventParticipant_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description" TEXT,
    "signedDate" TEXT,
    "signedPrecision" TEXT,
    "eventId" TEXT,
    "validFrom" TEXT,
    "validFromPrecision" TEXT,
    "validTo" TEXT,
    "validToPrecision" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Document_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentParty" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "organizationId" TEXT,
    CONSTRAINT "DocumentParty_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentParty_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DocumentParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentSignatory" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "documentId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "positionId" TEXT,
    "organizationId" TEXT,
    CONSTRAINT "DocumentSignatory_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentSignatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "DocumentSignatory_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DocumentSignatory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Sector" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "nameFr" TEXT
);

-- CreateTable
CREATE TABLE "Commitment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "kind" TEXT NOT NULL,
    "fromCountryCode" TEXT NOT NULL,
    "fromOrganizationId" TEXT,
    "fromPersonId" TEXT,
    "toCountryCode" TEXT NOT NULL,
    "toOrganizationId" TEXT,
    "toPersonId" TEXT,
    "amountMinor" BIGINT,
    "amountCurrency" TEXT,
    "quantityBaseline" TEXT,
    "quantityTarget" TEXT,
    "quantityUnit" TEXT,
    "quantityScope" TEXT,
    "quantityAtLeast" BOOLEAN NOT NULL DEFAULT false,
    "targetDate" TEXT,
    "targetPrecision" TEXT,
    "targetDeadline" TEXT,
    "eventId" TEXT,
    "documentId" TEXT,
    "status" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Commitment_fromCountryCode_fkey" FOREIGN KEY ("fromCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_fromOrganizationId_fkey" FOREIGN KEY ("fromOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_fromPersonId_fkey" FOREIGN KEY ("fromPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_toCountryCode_fkey" FOREIGN KEY ("toCountryCode") REFERENCES "Country" ("code") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Commitment_toOrganizationId_fkey" FOREIGN KEY ("toOrganizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_toPersonId_fkey" FOREIGN KEY ("toPersonId") REFERENCES "Person" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Commitment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentSector" (
    "commitmentId" TEXT NOT NULL,
    "sectorCode" TEXT NOT NULL,

    PRIMARY KEY ("commitmentId", "sectorCode"),
    CONSTRAINT "CommitmentSector_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CommitmentSector_sectorCode_fkey" FOREIGN KEY ("sectorCode") REFERENCES "Sector" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CommitmentLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "note" TEXT,
    CONSTRAINT "CommitmentLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "CommitmentLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StatusChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "commitmentId" TEXT NOT NULL,
    "fromStatus" TEXT,
    "toStatus" TEXT NOT NULL,
    "effectiveDate" TEXT NOT NULL,
    "effectivePrecision" TEXT NOT NULL,
    "note" TEXT,
    "correctsId" TEXT,
    "editorId" TEXT,
    "recordedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StatusChange_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "StatusChange" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "StatusChange_editorId_fkey" FOREIGN KEY ("editorId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DataFlag" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "commitmentId" TEXT,
    "eventId" TEXT,
    "organizationId" TEXT,
    CONSTRAINT "DataFlag_commitmentId_fkey" FOREIGN KEY ("commitmentId") REFERENCES "Commitment" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataFlag_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "Event" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "DataFlag_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" TEXT,
    "after" TEXT,
    CONSTRAINT "AuditEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "user" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" TEXT NOT NULL DEFAULT 'viewer',
    "banned" BOOLEAN DEFAULT false,
    "banReason" TEXT,
    "banExpires" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL,
    "token" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "userId" TEXT NOT NULL,
    "impersonatedBy" TEXT,
    CONSTRAINT "session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "account" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accessToken" TEXT,
    "refreshToken" TEXT,
    "idToken" TEXT,
    "accessTokenExpiresAt" DATETIME,
    "refreshTokenExpiresAt" DATETIME,
    "scope" TEXT,
    "password" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Organization_countryCode_idx" ON "Organization"("countryCode");

-- CreateIndex
CREATE INDEX "Organization_parentId_idx" ON "Organization"("parentId");

-- CreateIndex
CREATE INDEX "Organization_name_idx" ON "Organization"("name");

-- CreateIndex
CREATE INDEX "OrganizationAlias_alias_idx" ON "OrganizationAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "OrganizationAlias_organizationId_alias_key" ON "OrganizationAlias"("organizationId", "alias");

-- CreateIndex
CREATE INDEX "Person_countryCode_idx" ON "Person"("countryCode");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "PersonAlias_alias_idx" ON "PersonAlias"("alias");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_alias_key" ON "PersonAlias"("personId", "alias");

-- CreateIndex
CREATE INDEX "Position_personId_fromDate_idx" ON "Position"("personId", "fromDate");

-- CreateIndex
CREATE INDEX "Position_organizationId_idx" ON "Position"("organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_contentHash_key" ON "Source"("contentHash");

-- CreateIndex
CREATE INDEX "Source_publishedDate_idx" ON "Source"("publishedDate");

-- CreateIndex
CREATE INDEX "Source_language_idx" ON "Source"("language");

-- CreateIndex
CREATE INDEX "Citation_sourceId_startOffset_idx" ON "Citation"("sourceId", "startOffset");

-- CreateIndex
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");

-- CreateIndex
CREATE INDEX "Citation_documentId_idx" ON "Citation"("documentId");

-- CreateIndex
CREATE INDEX "Citation_commitmentId_idx" ON "Citation"("commitmentId");

-- CreateIndex
CREATE INDEX "Citation_statusChangeId_idx" ON "Citation"("statusChangeId");

-- CreateIndex
CREATE INDEX "Citation_flagId_idx" ON "Citation"("flagId");

-- CreateIndex
CREATE INDEX "Event_startDate_idx" ON "Event"("startDate");

-- CreateIndex
CREATE INDEX "Event_parentId_idx" ON "Event"("parentId");

-- CreateIndex
CREATE INDEX "Event_hostCountryCode_visitingCountryCode_idx" ON "Event"("hostCountryCode", "visitingCountryCode");

-- CreateIndex
CREATE INDEX "EventParticipant_eventId_idx" ON "EventParticipant"("eventId");

-- CreateIndex
CREATE INDEX "EventParticipant_personId_idx" ON "EventParticipant"("personId");

-- CreateIndex
CREATE INDEX "EventParticipant_organizationId_idx" ON "EventParticipant"("organizationId");

-- CreateIndex
CREATE INDEX "Document_signedDate_idx" ON "Document"("signedDate");

-- CreateIndex
CREATE INDEX "Document_eventId_idx" ON "Document"("eventId");

-- CreateIndex
CREATE INDEX "Document_status_idx" ON "Document"("status");

-- CreateIndex
CREATE INDEX "DocumentParty_documentId_idx" ON "DocumentParty"("documentId");

-- CreateIndex
CREATE INDEX "DocumentParty_organizationId_idx" ON "DocumentParty"("organizationId");

-- CreateIndex
CREATE INDEX "DocumentParty_countryCode_idx" ON "DocumentParty"("countryCode");

-- CreateIndex
CREATE INDEX "DocumentSignatory_documentId_idx" ON "DocumentSignatory"("documentId");

-- CreateIndex
CREATE INDEX "DocumentSignatory_personId_idx" ON "DocumentSignatory"("personId");

-- CreateIndex
CREATE INDEX "Commitment_status_targetDeadline_idx" ON "Commitment"("status", "targetDeadline");

-- CreateIndex
CREATE INDEX "Commitment_kind_idx" ON "Commitment"("kind");

-- CreateIndex
CREATE INDEX "Commitment_fromCountryCode_toCountryCode_idx" ON "Commitment"("fromCountryCode", "toCountryCode");

-- CreateIndex
CREATE INDEX "Commitment_toCountryCode_idx" ON "Commitment"("toCountryCode");

-- CreateIndex
CREATE INDEX "Commitment_targetDeadline_idx" ON "Commitment"("targetDeadline");

-- CreateIndex
CREATE INDEX "Commitment_eventId_idx" ON "Commitment"("eventId");

-- CreateIndex
CREATE INDEX "Commitment_documentId_idx" ON "Commitment"("documentId");

-- CreateIndex
CREATE INDEX "Commitment_fromOrganizationId_idx" ON "Commitment"("fromOrganizationId");

-- CreateIndex
CREATE INDEX "Commitment_toOrganizationId_idx" ON "Commitment"("toOrganizationId");

-- CreateIndex
CREATE INDEX "Commitment_fromPersonId_idx" ON "Commitment"("fromPersonId");

-- CreateIndex
CREATE INDEX "Commitment_toPersonId_idx" ON "Commitment"("toPersonId");

-- CreateIndex
CREATE INDEX "Commitment_amountCurrency_idx" ON "Commitment"("amountCurrency");

-- CreateIndex
CREATE INDEX "Commitment_createdAt_idx" ON "Commitment"("createdAt");

-- CreateIndex
CREATE INDEX "CommitmentSector_sectorCode_commitmentId_idx" ON "CommitmentSector"("sectorCode", "commitmentId");

-- CreateIndex
CREATE INDEX "CommitmentLink_toId_idx" ON "CommitmentLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "CommitmentLink_fromId_toId_kind_key" ON "CommitmentLink"("fromId", "toId", "kind");

-- CreateIndex
CREATE INDEX "StatusChange_commitmentId_effectiveDate_idx" ON "StatusChange"("commitmentId", "effectiveDate");

-- CreateIndex
CREATE INDEX "StatusChange_effectiveDate_idx" ON "StatusChange"("effectiveDate");

-- CreateIndex
CREATE INDEX "StatusChange_recordedAt_idx" ON "StatusChange"("recordedAt");

-- CreateIndex
CREATE INDEX "DataFlag_commitmentId_idx" ON "DataFlag"("commitmentId");

-- CreateIndex
CREATE INDEX "DataFlag_eventId_idx" ON "DataFlag"("eventId");

-- CreateIndex
CREATE INDEX "DataFlag_organizationId_idx" ON "DataFlag"("organizationId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_at_idx" ON "AuditEntry"("entityType", "entityId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_userId_at_idx" ON "AuditEntry"("userId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_at_idx" ON "AuditEntry"("at");

-- CreateIndex
CREATE UNIQUE INDEX "user_email_key" ON "user"("email");

-- CreateIndex
CREATE UNIQUE INDEX "session_token_key" ON "session"("token");

-- CreateIndex
CREATE INDEX "session_userId_idx" ON "session"("userId");

-- CreateIndex
CREATE INDEX "account_userId_idx" ON "account"("userId");

-- CreateIndex
CREATE INDEX "verification_identifier_idx" ON "verification"("identifier");

