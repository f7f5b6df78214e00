-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "askBumpHours" INTEGER NOT NULL DEFAULT 48,
ADD COLUMN     "askPingsPerDay" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "lastAskNumber" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "requesterId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "details" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "urgency" TEXT NOT NULL DEFAULT 'normal',
    "deadline" TIMESTAMP(3),
    "status" TEXT NOT NULL DEFAULT 'open',
    "spaceId" TEXT,
    "channelId" TEXT,
    "whatHelped" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "resolvedAt" TIMESTAMP(3),

    CONSTRAINT "HelpRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpOffer" (
    "id" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "helperId" TEXT NOT NULL,
    "chosen" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "HelpOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StandingOffer" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "availability" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StandingOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "HelpPing" (
    "id" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HelpPing_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "HelpRequest_networkId_status_createdAt_idx" ON "HelpRequest"("networkId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "HelpRequest_requesterId_idx" ON "HelpRequest"("requesterId");

-- CreateIndex
CREATE UNIQUE INDEX "HelpRequest_networkId_number_key" ON "HelpRequest"("networkId", "number");

-- CreateIndex
CREATE INDEX "HelpOffer_helperId_idx" ON "HelpOffer"("helperId");

-- CreateIndex
CREATE UNIQUE INDEX "HelpOffer_requestId_helperId_key" ON "HelpOffer"("requestId", "helperId");

-- CreateIndex
CREATE UNIQUE INDEX "StandingOffer_memberId_key" ON "StandingOffer"("memberId");

-- CreateIndex
CREATE INDEX "StandingOffer_networkId_idx" ON "StandingOffer"("networkId");

-- CreateIndex
CREATE UNIQUE INDEX "HelpPing_memberId_requestId_key" ON "HelpPing"("memberId", "requestId");

-- CreateIndex
CREATE UNIQUE INDEX "HelpPing_memberId_day_slot_key" ON "HelpPing"("memberId", "day", "slot");

-- AddForeignKey
ALTER TABLE "HelpRequest" ADD CONSTRAINT "HelpRequest_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "HelpOffer" ADD CONSTRAINT "HelpOffer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

