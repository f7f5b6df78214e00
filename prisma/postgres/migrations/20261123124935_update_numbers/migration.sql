-- AlterTable
ALTER TABLE "Network" ADD COLUMN     "lastUpdateNumber" INTEGER NOT NULL DEFAULT 0;

