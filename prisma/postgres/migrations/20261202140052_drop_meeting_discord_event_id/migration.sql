-- AlterTable
ALTER TABLE "Meeting" DROP COLUMN "discordEventId";

