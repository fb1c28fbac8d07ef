-- DropIndex
DROP INDEX "Event_parentId_idx";

-- CreateIndex
CREATE INDEX "Event_parentId_startDate_idx" ON "Event"("parentId", "startDate");

