-- CreateTable
CREATE TABLE "Poll" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "authorId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "options" TEXT NOT NULL,
    "multiple" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "salt" TEXT NOT NULL,
    "closesAt" DATETIME,
    "closedAt" DATETIME,
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Poll_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PollVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "pollId" TEXT NOT NULL,
    "memberId" TEXT,
    "voterKey" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "choice" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PollVote_pollId_fkey" FOREIGN KEY ("pollId") REFERENCES "Poll" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Network" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "timeZone" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "updateFreshnessWeeks" INTEGER NOT NULL DEFAULT 12,
    "lastUpdateNumber" INTEGER NOT NULL DEFAULT 0,
    "lastAskNumber" INTEGER NOT NULL DEFAULT 0,
    "askBumpHours" INTEGER NOT NULL DEFAULT 48,
    "askPingsPerDay" INTEGER NOT NULL DEFAULT 3,
    "secondLocale" TEXT,
    "reminderOffsets" TEXT NOT NULL DEFAULT '[40320,10080,1440,60]',
    "coverApproval" BOOLEAN NOT NULL DEFAULT false,
    "coverEscalationHours" TEXT NOT NULL DEFAULT '[72,24,4]',
    "lastMeetingNumber" INTEGER NOT NULL DEFAULT 0,
    "lastShiftNumber" INTEGER NOT NULL DEFAULT 0,
    "lastPollNumber" INTEGER NOT NULL DEFAULT 0,
    "calendarToken" TEXT,
    "retention" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Network" ("askBumpHours", "askPingsPerDay", "calendarToken", "coverApproval", "coverEscalationHours", "createdAt", "id", "lastAskNumber", "lastMeetingNumber", "lastShiftNumber", "lastUpdateNumber", "locale", "name", "reminderOffsets", "retention", "secondLocale", "timeZone", "updateFreshnessWeeks") SELECT "askBumpHours", "askPingsPerDay", "calendarToken", "coverApproval", "coverEscalationHours", "createdAt", "id", "lastAskNumber", "lastMeetingNumber", "lastShiftNumber", "lastUpdateNumber", "locale", "name", "reminderOffsets", "retention", "secondLocale", "timeZone", "updateFreshnessWeeks" FROM "Network";
DROP TABLE "Network";
ALTER TABLE "new_Network" RENAME TO "Network";
CREATE UNIQUE INDEX "Network_calendarToken_key" ON "Network"("calendarToken");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Poll_networkId_closedAt_idx" ON "Poll"("networkId", "closedAt");

-- CreateIndex
CREATE INDEX "Poll_authorId_idx" ON "Poll"("authorId");

-- CreateIndex
CREATE UNIQUE INDEX "Poll_networkId_number_key" ON "Poll"("networkId", "number");

-- CreateIndex
CREATE INDEX "PollVote_memberId_idx" ON "PollVote"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "PollVote_pollId_voterKey_slot_key" ON "PollVote"("pollId", "voterKey", "slot");

