-- CreateIndex
CREATE INDEX "StatusChange_correctsId_idx" ON "StatusChange"("correctsId");

