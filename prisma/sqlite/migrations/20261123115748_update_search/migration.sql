-- Full-text search over project updates: src/features/updates/search.ts reads and writes this table.
-- Hand-written (`--empty`): Prisma's schema cannot express an FTS5 virtual table. The drift check
-- (test/db/drift.test.ts, HAND_WRITTEN) accepts this table, and only it, beyond what the models build.
-- No semicolon except at the end of a statement, not even in a comment: Prisma's driver adapters
-- may split scripts at every semicolon (the PostgreSQL one does).
--
-- No triggers on "ProjectUpdate" keep it current: Prisma's SQLite migrations change a table by
-- rebuilding it (create "new_ProjectUpdate", copy the rows, drop the old table, rename), and dropping
-- a table silently drops its triggers. The application writes this index itself, in the same
-- transaction as every create, edit and delete of an update (indexUpdate / unindexUpdate).
--
-- An ordinary FTS5 table with its own copy of the text, not an external-content one: external
-- content is tied to "ProjectUpdate"'s rowids, which such a rebuild renumbers.
-- "unicode61 remove_diacritics 2" folds case and accents in every language: "cafe" finds "Café".
CREATE VIRTUAL TABLE "ProjectUpdateSearch" USING fts5(
    "updateId" UNINDEXED,
    "networkId" UNINDEXED,
    "title",
    "summary",
    "tags",
    "area",
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Index the updates that exist already.
INSERT INTO "ProjectUpdateSearch" ("updateId", "networkId", "title", "summary", "tags", "area")
SELECT "id", "networkId", "title", "summary", "tags", "area" FROM "ProjectUpdate";
