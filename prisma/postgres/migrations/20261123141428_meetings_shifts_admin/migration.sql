-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "calendarToken" TEXT,
ADD COLUMN     "coverApproval" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "coverEscalationHours" TEXT NOT NULL DEFAULT '[72,24,4]',
ADD COLUMN     "lastMeetingNumber" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastShiftNumber" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "reminderOffsets" TEXT NOT NULL DEFAULT '[40320,10080,1440,60]',
ADD COLUMN     "retention" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "secondLocale" TEXT;

-- AlterTable
ALTER TABLE "Space" ADD COLUMN     "helpChannelId" TEXT,
ADD COLUMN     "remindersChannelId" TEXT,
ADD COLUMN     "shiftsChannelId" TEXT,
ADD COLUMN     "updatesChannelId" TEXT;

-- AlterTable
ALTER TABLE "Member" ADD COLUMN     "forgottenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LinkCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberActivity" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "day" TEXT NOT NULL,

    CONSTRAINT "MemberActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateWindow" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "bucket" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateWindow_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Meeting" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "Meeting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingRsvp" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "occurrence" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingRsvp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shift" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "role" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "place" TEXT,
    "capacity" INTEGER NOT NULL DEFAULT 1,
    "requiredChecks" TEXT NOT NULL DEFAULT '[]',
    "notes" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shift_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftAssignment" (
    "id" TEXT NOT NULL,
    "shiftId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "confirmedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShiftAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverRequest" (
    "id" TEXT NOT NULL,
    "shiftId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "requesterId" TEXT NOT NULL,
    "reason" TEXT,
    "status" TEXT NOT NULL DEFAULT 'open',
    "claimantId" TEXT,
    "claimedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "spaceId" TEXT,
    "channelId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CoverRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShiftSwap" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "fromAssignmentId" TEXT NOT NULL,
    "toAssignmentId" TEXT NOT NULL,
    "proposerId" TEXT NOT NULL,
    "otherId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'proposed',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ShiftSwap_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MemberCheck" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'valid',
    "expiresAt" TIMESTAMP(3),
    "verifiedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MemberCheck_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "Network_calendarToken_key" ON "Network"("calendarToken");

-- AddForeignKey
ALTER TABLE "LinkCode" ADD CONSTRAINT "LinkCode_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberActivity" ADD CONSTRAINT "MemberActivity_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingRsvp" ADD CONSTRAINT "MeetingRsvp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Shift" ADD CONSTRAINT "Shift_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShiftAssignment" ADD CONSTRAINT "ShiftAssignment_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoverRequest" ADD CONSTRAINT "CoverRequest_shiftId_fkey" FOREIGN KEY ("shiftId") REFERENCES "Shift"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberCheck" ADD CONSTRAINT "MemberCheck_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

