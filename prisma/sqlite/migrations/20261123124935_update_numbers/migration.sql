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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Network" ("createdAt", "id", "locale", "name", "timeZone", "updateFreshnessWeeks") SELECT "createdAt", "id", "locale", "name", "timeZone", "updateFreshnessWeeks" FROM "Network";
DROP TABLE "Network";
ALTER TABLE "new_Network" RENAME TO "Network";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

