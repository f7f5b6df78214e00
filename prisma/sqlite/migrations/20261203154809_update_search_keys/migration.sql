-- Update search that stays fast as a network grows: src/features/updates/search.ts reads and writes this table.
-- Hand-written (`--empty`): Prisma's schema cannot express an FTS5 virtual table (see update_search).
-- No semicolon except at the end of a statement, not even in a comment.
--
-- The table of update_search, rebuilt with one more indexed column, "keys": 'u' + hex(id),
-- 'n' + hex(networkId) and, while the update is active, 'a' + hex(networkId) (hex of the UTF-8 text,
-- so any value is one exact token of letters and digits). Searches and edits find rows through the
-- index with them:
-- - re-indexing an edit deletes the row matching its 'u' token: a lookup, where the old
--   DELETE … WHERE "updateId" = ? read every row (2 ms at 10,000 updates, 20 ms at 100,000).
-- - a search and its count match the token of the network's active updates inside the index,
--   where the old query read each match's stored networkId, and joined "ProjectUpdate" for every
--   match to check its status (search p50 grew 13× for 10× the updates).
-- Search words are matched in the text columns only, so they never match a key.
-- "networkId" is no longer stored: the 'n' token holds it.
DROP TABLE "ProjectUpdateSearch";

CREATE VIRTUAL TABLE "ProjectUpdateSearch" USING fts5(
    "updateId" UNINDEXED,
    "title",
    "summary",
    "tags",
    "area",
    "keys",
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO "ProjectUpdateSearch" ("updateId", "title", "summary", "tags", "area", "keys")
SELECT "id", "title", "summary", "tags", "area",
       'u' || lower(hex("id")) || ' n' || lower(hex("networkId")) ||
       CASE WHEN "status" = 'active' THEN ' a' || lower(hex("networkId")) ELSE '' END
  FROM "ProjectUpdate";
