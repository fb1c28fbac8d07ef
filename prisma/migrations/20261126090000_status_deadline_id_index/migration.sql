-- DropIndex
DROP INDEX "Commitment_status_targetDeadline_idx";

-- CreateIndex
CREATE INDEX "Commitment_status_targetDeadline_id_idx" ON "Commitment"("status", "targetDeadline", "id");

