/**
 * Full-text search over project updates, ranked best first.
 *
 * - SQLite: the FTS5 table "ProjectUpdateSearch" (migration `update_search`). The application keeps
 *   it current ({@link indexUpdate}, {@link unindexUpdate}) because triggers on "ProjectUpdate" would
 *   not survive Prisma's SQLite table rebuilds. Ranked by bm25.
 * - PostgreSQL: the GIN expression index "ProjectUpdate_search_idx", which follows the table by
 *   itself. Ranked by ts_rank.
 *
 * Search words are untrusted. They are cut into tokens of letters and digits (punctuation, quotes
 * and operators are dropped), each token is quoted for the engine's query language, and the query
 * string travels as a bound parameter, never inside the SQL text.
 */
import { Prisma, type Db, type Provider, type Tx } from "../../db/index.js";

/** The fields of an update that search covers, as stored. */
export interface SearchableUpdate {
  readonly id: string;
  readonly networkId: string;
  readonly title: string;
  readonly summary: string;
  /** The JSON array text as stored: both tokenizers skip its brackets, quotes and commas. */
  readonly tags: string;
  readonly area: string | null;
}

/** A search in one network. */
export interface SearchQuery {
  /** Only this network's updates are searched: a search never returns another network's update. */
  readonly networkId: string;
  /** What the member typed. Every word must match (AND); the last one may be the start of a word. */
  readonly words: string;
  readonly limit: number;
  readonly offset: number;
  /** Search archived updates too (default: active ones only). */
  readonly includeArchived?: boolean;
}

/** One page of results. */
export interface SearchResult {
  /** Update ids, best match first. */
  readonly ids: string[];
  /** How many updates match in all, for paging. */
  readonly total: number;
}

/** More words than this are ignored: each one narrows the result, and each costs a lookup. */
const MAX_WORDS = 16;

/**
 * Puts an update into the search index, replacing what was there. Call it in the same transaction
 * as every create or edit of an update, so the index can never disagree with the table.
 *
 * SQLite only; a no-op on PostgreSQL, whose expression index follows the table. The delete scans
 * the FTS table (updateId is stored, not indexed): about 2 ms at 10,000 updates, see bench/search.ts.
 */
export async function indexUpdate(
  tx: Tx,
  provider: Provider,
  update: SearchableUpdate,
  options: { readonly isNew?: boolean } = {},
): Promise<void> {
  if (provider !== "sqlite") return;
  if (!options.isNew) await unindexUpdate(tx, provider, update.id);
  await tx.$executeRaw`
    INSERT INTO "ProjectUpdateSearch" ("updateId", "networkId", "title", "summary", "tags", "area")
    VALUES (${update.id}, ${update.networkId}, ${update.title}, ${update.summary}, ${update.tags}, ${update.area})`;
}

/**
 * Removes an update from the search index. Call it in the same transaction as the delete.
 * SQLite only; a no-op on PostgreSQL. Search also joins "ProjectUpdate", so a row left behind by a
 * cascade (a whole network deleted) is never returned.
 */
export async function unindexUpdate(tx: Tx, provider: Provider, id: string): Promise<void> {
  if (provider !== "sqlite") return;
  await tx.$executeRaw`DELETE FROM "ProjectUpdateSearch" WHERE "updateId" = ${id}`;
}

/**
 * Searches one network's updates. Every word must occur (AND); the last word also matches as the
 * start of a word ("garde" finds "garden"). Words with no letters or digits give no results.
 *
 * SQLite folds accents ("cafe" finds "Café"); PostgreSQL's 'simple' configuration folds case only
 * ("café" and "CAFÉ" find "Café", "cafe" does not).
 *
 * @throws RangeError when limit or offset is not a non-negative integer.
 */
export async function searchUpdates(db: Db, provider: Provider, query: SearchQuery): Promise<SearchResult> {
  for (const [name, value] of [
    ["limit", query.limit],
    ["offset", query.offset],
  ] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  }
  const statement = searchStatement(provider, query);
  if (statement === null) return { ids: [], total: 0 };
  const rows = await page(db, statement);
  if (rows.length > 0 || (query.offset === 0 && query.limit > 0)) {
    return { ids: rows.map((r) => r.id), total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
  }
  // Past the last page (or limit 0): no row carried the window count, so ask for it on its own.
  const first = await page(db, searchStatement(provider, { ...query, limit: 1, offset: 0 })!);
  return { ids: [], total: first.length > 0 ? Number(first[0]!.total) : 0 };
}

function page(db: Db, statement: Prisma.Sql): Promise<Array<{ id: string; total: number | bigint }>> {
  return db.$queryRaw<Array<{ id: string; total: number | bigint }>>(statement);
}

/**
 * Cuts untrusted input into words of tokens: runs of letters and digits (with their combining
 * marks). A word like "co-op" becomes one word of two tokens, searched as a phrase. Everything
 * else (quotes, `*`, `:`, `&|!`, brackets) separates tokens and is never passed to the engine.
 */
export function searchWords(input: string): string[][] {
  return input
    .normalize("NFC")
    .split(/\s+/u)
    .map((word) => word.match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu) ?? [])
    .filter((tokens) => tokens.length > 0)
    .slice(0, MAX_WORDS);
}

/**
 * The FTS5 MATCH string: each word a quoted phrase (so AND, OR, NOT, NEAR are plain words), joined
 * by spaces (FTS5's implicit AND), the last one a prefix phrase (`"garde"*`).
 */
export function fts5Match(words: readonly string[][]): string {
  const phrase = (tokens: readonly string[]): string => `"${tokens.join(" ").replaceAll('"', '""')}"`;
  return words.map((tokens, i) => phrase(tokens) + (i === words.length - 1 ? "*" : "")).join(" ");
}

/**
 * The to_tsquery text: each token quoted (quotes and backslashes escaped, though tokens hold
 * neither), the tokens of a word joined as a phrase (`<->`), the words by `&`, the last token a
 * prefix (`:*`).
 */
export function tsQuery(words: readonly string[][]): string {
  const quote = (token: string): string => `'${token.replace(/['\\]/g, (c) => `\\${c}`)}'`;
  return words.map((tokens, i) => tokens.map(quote).join(" <-> ") + (i === words.length - 1 ? ":*" : "")).join(" & ");
}

/**
 * The document PostgreSQL searches. Must stay identical to the expression of the index
 * "ProjectUpdate_search_idx" (prisma/postgres/migrations/*_update_search), or PostgreSQL cannot use
 * the index and reads every row of the table.
 */
const PG_DOCUMENT = Prisma.raw(
  `to_tsvector('simple', "title" || ' ' || "summary" || ' ' || "tags" || ' ' || coalesce("area", ''))`,
);

/**
 * What PostgreSQL ranks by: the same text with weights, title first (A), then tags (B), then summary
 * and area (C). Computed for matching rows only; the index expression carries no weights.
 * Normalization 1 divides by the log of the length, so a long summary does not win by size alone.
 */
const PG_RANK_DOCUMENT = Prisma.raw(
  `setweight(to_tsvector('simple', "title"), 'A') || setweight(to_tsvector('simple', "tags"), 'B') || ` +
    `setweight(to_tsvector('simple', "summary" || ' ' || coalesce("area", '')), 'C')`,
);

/**
 * SQLite's ranking: bm25 with a weight per FTS column (updateId, networkId, title, summary, tags,
 * area). Title counts four times a summary word, tags twice; lower bm25 is better.
 */
const SQLITE_RANK = Prisma.raw(`bm25("ProjectUpdateSearch", 0, 0, 4, 1, 2, 1)`);

/**
 * The search statement: one page of `{ id, total }` rows, best first, with `total` the number of
 * matches (a window count). Null when the words hold nothing to search for.
 *
 * @internal Exported for EXPLAIN in tests and the bench.
 */
export function searchStatement(provider: Provider, query: SearchQuery): Prisma.Sql | null {
  const words = searchWords(query.words);
  if (words.length === 0) return null;
  const activeOnly = query.includeArchived ? Prisma.empty : Prisma.sql`AND u."status" = 'active'`;
  if (provider === "sqlite") {
    // The FTS table drives (CROSS JOIN fixes the order); "ProjectUpdate" is the authority on network
    // and status, and drops any stale index row. The FTS copy of networkId filters before that lookup.
    // bm25() is computed in the inner query: FTS5 refuses it in the subquery a window function makes.
    return Prisma.sql`
      SELECT "id", COUNT(*) OVER () AS "total" FROM (
        SELECT u."id" AS "id", u."updatedAt" AS "updatedAt", ${SQLITE_RANK} AS "rank"
          FROM "ProjectUpdateSearch" CROSS JOIN "ProjectUpdate" u
         WHERE "ProjectUpdateSearch" MATCH ${fts5Match(words)}
           AND "ProjectUpdateSearch"."networkId" = ${query.networkId}
           AND u."id" = "ProjectUpdateSearch"."updateId"
           AND u."networkId" = ${query.networkId}
           ${activeOnly}
      )
      ORDER BY "rank", "updatedAt" DESC, "id"
      LIMIT ${query.limit} OFFSET ${query.offset}`;
  }
  const tsquery = tsQuery(words);
  return Prisma.sql`
    SELECT u."id" AS "id", COUNT(*) OVER () AS "total"
      FROM "ProjectUpdate" u
     WHERE ${PG_DOCUMENT} @@ to_tsquery('simple', ${tsquery})
       AND u."networkId" = ${query.networkId}
       ${activeOnly}
     ORDER BY ts_rank(${PG_RANK_DOCUMENT}, to_tsquery('simple', ${tsquery}), 1) DESC, u."updatedAt" DESC, u."id"
     LIMIT ${query.limit} OFFSET ${query.offset}`;
}
