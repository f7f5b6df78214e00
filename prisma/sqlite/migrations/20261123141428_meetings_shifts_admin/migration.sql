-- AlterTable
ALTER TABLE "Space" ADD COLUMN "helpChannelId" TEXT;
ALTER TABLE "Space" ADD COLUMN "remindersChannelId" TEXT;
ALTER TABLE "Space" ADD COLUMN "shiftsChannelId" TEXT;
ALTER TABLE "Space" ADD COLUMN "updatesChannelId" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN "forgottenAt" DATETIME;

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LinkCode_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MemberActivity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    CONSTRAINT "MemberActivity_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateWindow" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "windowStart" DATETIME NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0
);

-- CreateTable
CREATE TABLE "Meeting" (
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
    "discordEventId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "cancelledAt" DATETIME,
    CONSTRAINT "Meeting_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "MeetingRsvp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MeetingRsvp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "place" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "requiredChecks" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Shift_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShiftAssignment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shiftId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "confirmedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ShiftAssignment_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CoverRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shiftId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "reason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "claimantId" TEXT,
    "claimedAt" DATETIME,
    "decidedById" TEXT,
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "CoverRequest_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ShiftSwap" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "fromAssignmentId" TEXT NOT NULL,
    "toAssignmentId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME
);

-- CreateTable
CREATE TABLE "MemberCheck" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "expiresAt" DATETIME,
    "verifiedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MemberCheck_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "calendarToken" TEXT,
    "retention" TEXT NOT NULL DEFAULT '{}',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Network" ("askBumpHours", "askPingsPerDay", "createdAt", "id", "lastAskNumber", "lastUpdateNumber", "locale", "name", "timeZone", "updateFreshnessWeeks") SELECT "askBumpHours", "askPingsPerDay", "createdAt", "id", "lastAskNumber", "lastUpdateNumber", "locale", "name", "timeZone", "updateFreshnessWeeks" FROM "Network";
DROP TABLE "Network";
ALTER TABLE "new_Network" RENAME TO "Network";
CREATE UNIQUE INDEX "Network_calendarToken_key" ON "Network"("calendarToken");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "LinkCode_codeHash_key" ON "LinkCode"("codeHash");

-- CreateIndex
CREATE INDEX "LinkCode_networkId_idx" ON "LinkCode"("networkId");

-- CreateIndex
CREATE INDEX "MemberActivity_networkId_day_idx" ON "MemberActivity"("networkId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "MemberActivity_memberId_day_key" ON "MemberActivity"("memberId", "day");

-- CreateIndex
CREATE INDEX "RateWindow_windowStart_idx" ON "RateWindow"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "RateWindow_memberId_bucket_windowStart_key" ON "RateWindow"("memberId", "bucket", "windowStart");

-- CreateIndex
CREATE INDEX "Meeting_networkId_status_startsAt_idx" ON "Meeting"("networkId", "status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Meeting_networkId_number_key" ON "Meeting"("networkId", "number");

-- CreateIndex
CREATE INDEX "MeetingRsvp_memberId_idx" ON "MeetingRsvp"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MeetingRsvp_meetingId_occurrence_memberId_key" ON "MeetingRsvp"("meetingId", "occurrence", "memberId");

-- CreateIndex
CREATE INDEX "Shift_networkId_startsAt_idx" ON "Shift"("networkId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shift_networkId_number_key" ON "Shift"("networkId", "number");

-- CreateIndex
CREATE INDEX "ShiftAssignment_memberId_idx" ON "ShiftAssignment"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "ShiftAssignment_shiftId_slot_key" ON "ShiftAssignment"("shiftId", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ShiftAssignment_shiftId_memberId_key" ON "ShiftAssignment"("shiftId", "memberId");

-- CreateIndex
CREATE INDEX "CoverRequest_shiftId_status_idx" ON "CoverRequest"("shiftId", "status");

-- CreateIndex
CREATE INDEX "CoverRequest_requesterId_idx" ON "CoverRequest"("requesterId");

-- CreateIndex
CREATE INDEX "ShiftSwap_networkId_status_idx" ON "ShiftSwap"("networkId", "status");

-- CreateIndex
CREATE INDEX "ShiftSwap_otherId_idx" ON "ShiftSwap"("otherId");

-- CreateIndex
CREATE INDEX "MemberCheck_networkId_expiresAt_idx" ON "MemberCheck"("networkId", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "MemberCheck_memberId_kind_key" ON "MemberCheck"("memberId", "kind");

