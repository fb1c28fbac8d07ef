-- DropIndex
DROP INDEX "StatusChange_commitmentId_effectiveDate_idx";

-- CreateIndex
CREATE INDEX "Commitment_status_targetDate_id_idx" ON "Commitment"("status", "targetDate", "id");

-- CreateIndex
CREATE INDEX "StatusChange_commitmentId_effectiveDate_recordedAt_id_toStatus_idx" ON "StatusChange"("commitmentId", "effectiveDate", "recordedAt", "id", "toStatus");

