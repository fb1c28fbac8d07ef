-- CreateIndex
CREATE INDEX "Event_visitingCountryCode_idx" ON "Event"("visitingCountryCode");

