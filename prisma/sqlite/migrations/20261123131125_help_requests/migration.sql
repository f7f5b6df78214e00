-- CreateTable
CREATE TABLE "HelpRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "requesterId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "details" TEXT,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "urgency" TEXT NOT NULL DEFAULT 'normal',
    "deadline" DATETIME,
    "status" TEXT NOT NULL DEFAULT 'open',
    "spaceId" TEXT,
    "channelId" TEXT,
    "whatHelped" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "resolvedAt" DATETIME,
    CONSTRAINT "HelpRequest_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "HelpOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "requestId" TEXT NOT NULL,
    "helperId" TEXT NOT NULL,
    "chosen" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "HelpOffer_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "HelpRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StandingOffer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "networkId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "tags" TEXT NOT NULL DEFAULT '[]',
    "availability" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "HelpPing" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "memberId" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "slot" INTEGER NOT NULL,
    "at" DATETIME NOT NULL
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Network" ("createdAt", "id", "lastUpdateNumber", "locale", "name", "timeZone", "updateFreshnessWeeks") SELECT "createdAt", "id", "lastUpdateNumber", "locale", "name", "timeZone", "updateFreshnessWeeks" FROM "Network";
DROP TABLE "Network";
ALTER TABLE "new_Network" RENAME TO "Network";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

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

