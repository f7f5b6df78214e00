-- Full-text search over project updates: src/features/updates/search.ts queries this index.
-- Hand-written (`--empty`): Prisma's schema cannot express an expression index. The drift check
-- (test/db/drift.test.ts, HAND_WRITTEN) accepts this index, and only it, beyond what the models build.
-- No semicolon except at the end of a statement, not even in a comment: Prisma's PostgreSQL adapter
-- (used by `prisma migrate deploy` in JS-engine mode) splits scripts at every semicolon.
--
-- An expression index follows the table by itself: nothing to maintain on writes. PostgreSQL uses it
-- only for a query with this exact expression, so search.ts repeats it character for character.
-- 'simple' (lower-case, no stemming, no stop words) because a network writes in English, Welsh or
-- Dutch, often mixed, and one language's stemmer would mangle the others. Accents are kept ("cafe"
-- does not find "café"): unaccent is an extension that may not be installed.
--
-- fastupdate = off: by default GIN queues new entries in a pending list that every search reads in
-- full until (auto)vacuum merges it, and the planner then prices the index so high that it re-parses
-- every update of the network instead (measured: 70 ms instead of 1 ms at 10,000 updates). Updates
-- are written at human pace, so paying for the index at write time costs nothing that matters.
CREATE INDEX "ProjectUpdate_search_idx" ON "ProjectUpdate" USING GIN (
    to_tsvector('simple', "title" || ' ' || "summary" || ' ' || "tags" || ' ' || coalesce("area", ''))
) WITH (fastupdate = off);
