-- DropIndex
DROP INDEX "StatusChange_effectiveDate_idx";

-- CreateIndex
CREATE INDEX "StatusChange_effectiveDate_recordedAt_id_idx" ON "StatusChange"("effectiveDate", "recordedAt", "id");

