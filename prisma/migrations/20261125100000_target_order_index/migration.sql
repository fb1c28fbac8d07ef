-- CreateIndex
CREATE INDEX "Commitment_targetDate_id_idx" ON "Commitment"("targetDate", "id");

