-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Meeting" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 60,
    "timeZone" TEXT NOT NULL,
    "rrule" TEXT,
    "hostId" TEXT,
    "hostName" TEXT,
    "place" TEXT,
    "onlineUrl" TEXT,
    "agendaUrl" TEXT,
    "reminderOffsets" TEXT,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "sequence" INTEGER NOT NULL DEFAULT 0,
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "cancelledAt" DATETIME,
    CONSTRAINT "Meeting_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Meeting" ("agendaUrl", "cancelledAt", "channelId", "createdAt", "createdById", "durationMinutes", "hostId", "hostName", "id", "networkId", "number", "onlineUrl", "place", "reminderOffsets", "rrule", "sequence", "spaceId", "startsAt", "status", "timeZone", "title", "updatedAt") SELECT "agendaUrl", "cancelledAt", "channelId", "createdAt", "createdById", "durationMinutes", "hostId", "hostName", "id", "networkId", "number", "onlineUrl", "place", "reminderOffsets", "rrule", "sequence", "spaceId", "startsAt", "status", "timeZone", "title", "updatedAt" FROM "Meeting";
DROP TABLE "Meeting";
ALTER TABLE "new_Meeting" RENAME TO "Meeting";
CREATE INDEX "Meeting_networkId_status_startsAt_idx" ON "Meeting"("networkId", "status", "startsAt");
CREATE UNIQUE INDEX "Meeting_networkId_number_key" ON "Meeting"("networkId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

