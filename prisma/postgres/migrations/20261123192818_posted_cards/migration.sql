-- CreateTable
CREATE TABLE "PostedCard" (
    "id" TEXT NOT NULL,
    "networkId" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "spaceId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PostedCard_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PostedCard_subjectType_subjectId_idx" ON "PostedCard"("subjectType", "subjectId");

-- CreateIndex
CREATE INDEX "PostedCard_networkId_createdAt_idx" ON "PostedCard"("networkId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "PostedCard_spaceId_channelId_messageId_key" ON "PostedCard"("spaceId", "channelId", "messageId");

-- AddForeignKey
ALTER TABLE "PostedCard" ADD CONSTRAINT "PostedCard_networkId_fkey" FOREIGN KEY ("networkId") REFERENCES "Network"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostedCard" ADD CONSTRAINT "PostedCard_spaceId_fkey" FOREIGN KEY ("spaceId") REFERENCES "Space"("id") ON DELETE CASCADE ON UPDATE CASCADE;

