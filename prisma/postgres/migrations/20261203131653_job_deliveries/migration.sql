-- CreateTable
CREATE TABLE "JobDelivery" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "runAt" TIMESTAMP(3) NOT NULL,
    "recipient" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "result" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "JobDelivery_jobId_runAt_recipient_key" ON "JobDelivery"("jobId", "runAt", "recipient");

-- AddForeignKey
ALTER TABLE "JobDelivery" ADD CONSTRAINT "JobDelivery_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "Job"("id") ON DELETE CASCADE ON UPDATE CASCADE;

