-- CreateTable
CREATE TABLE "MeetingEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MeetingEvent_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "MeetingEvent_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "MeetingEvent_spaceId_idx" ON "MeetingEvent"("spaceId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingEvent_meetingId_spaceId_key" ON "MeetingEvent"("meetingId", "spaceId");

