/**
 * Full-text search over project updates, ranked best first, in time that grows with the matches in
 * one network rather than with the whole table (`npm run bench -- search` prints the growth rows).
 *
 * - SQLite: the FTS5 table "ProjectUpdateSearch" (migrations `update_search`, `update_search_keys`).
 *   The application keeps it current ({@link indexUpdate}, {@link unindexUpdate}) because triggers on
 *   "ProjectUpdate" would not survive Prisma's SQLite table rebuilds. Each row carries key tokens for
 *   its update, network and status, so an edit, a search and its count find rows through the index.
 *   Ranked by bm25.
 * - PostgreSQL: the stored generated column "searchDocument" (a weighted tsvector, with key words for
 *   the network and its active updates) and its GIN index, which follow the table by themselves.
 *   Ranked by ts_rank on the stored column.
 *
 * Search words are untrusted. They are cut into tokens of letters and digits (punctuation, quotes
 * and operators are dropped), each token is quoted for the engine's query language, and the query
 * string travels as a bound parameter, never inside the SQL text.
 */
import { createHash } from "node:crypto";
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

/** The fields of an update the SQLite index keys on: its network and status, besides its id. */
export interface IndexedUpdate extends SearchableUpdate {
  readonly status: string;
}

/**
 * A key token: a letter for its kind and the hex of the value's UTF-8 text, so that any value is
 * one exact token of letters and digits. Migration `update_search_keys` writes the same in SQL.
 * Kinds: `u` the update's id, `n` its network, `a` its network when the update is active. One
 * token for "active in this network" keeps a search to a posting list of that network's active
 * updates, where two ("this network" and "active") would walk every active update of every network.
 */
function key(kind: "u" | "n" | "a", value: string): string {
  return kind + Buffer.from(value, "utf8").toString("hex");
}

/** The "keys" column of an update's row. */
function keys(update: IndexedUpdate): string {
  const active = update.status === "active" ? ` ${key("a", update.networkId)}` : "";
  return `${key("u", update.id)} ${key("n", update.networkId)}${active}`;
}

/** The keys column computed in SQL from "ProjectUpdate", as {@link keys} does. */
const SQL_KEYS = Prisma.raw(
  `'u' || lower(hex("id")) || ' n' || lower(hex("networkId")) ||` +
    ` CASE WHEN "status" = 'active' THEN ' a' || lower(hex("networkId")) ELSE '' END`,
);

/**
 * Puts an update into the search index, replacing what was there. Call it in the same transaction
 * as every create or edit of an update, and every change of its status, so the index can never
 * disagree with the table.
 *
 * SQLite only; a no-op on PostgreSQL, whose generated column follows the table. The old row is
 * found by its key token, through the index: the cost does not grow with the table.
 */
export async function indexUpdate(
  tx: Tx,
  provider: Provider,
  update: IndexedUpdate,
  options: { readonly isNew?: boolean } = {},
): Promise<void> {
  if (provider !== "sqlite") return;
  if (!options.isNew) await unindexUpdate(tx, provider, update.id);
  await tx.$executeRaw`
    INSERT INTO "ProjectUpdateSearch" ("updateId", "title", "summary", "tags", "area", "keys")
    VALUES (${update.id}, ${update.title}, ${update.summary}, ${update.tags}, ${update.area}, ${keys(update)})`;
}

/**
 * Removes an update from the search index. Call it in the same transaction as the delete.
 * SQLite only; a no-op on PostgreSQL. Search also joins "ProjectUpdate", so a row left behind by a
 * cascade (a whole network deleted) is never returned.
 */
export async function unindexUpdate(tx: Tx, provider: Provider, id: string): Promise<void> {
  if (provider !== "sqlite") return;
  // The subquery finds the rowid through the index; a plain `WHERE "updateId" = ?` reads every row.
  await tx.$executeRaw`DELETE FROM "ProjectUpdateSearch" WHERE rowid IN (
    SELECT rowid FROM "ProjectUpdateSearch" WHERE "ProjectUpdateSearch" MATCH ${`keys : "${key("u", id)}"`})`;
}

/**
 * Rebuilds the whole SQLite index from "ProjectUpdate", as migration `update_search_keys` does (after
 * a bulk load or a copy). A no-op on PostgreSQL.
 */
export async function reindexAll(db: Db | Tx, provider: Provider): Promise<void> {
  if (provider !== "sqlite") return;
  await db.$executeRaw`DELETE FROM "ProjectUpdateSearch"`;
  await db.$executeRaw`
    INSERT INTO "ProjectUpdateSearch" ("updateId", "title", "summary", "tags", "area", "keys")
    SELECT "id", "title", "summary", "tags", "area", ${SQL_KEYS} FROM "ProjectUpdate"`;
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
 * SQLite's ranking: bm25 with a weight per FTS column (updateId, title, summary, tags, area, keys).
 * Title counts four times a summary word, tags twice, keys not at all; lower bm25 is better.
 */
const SQLITE_RANK = Prisma.raw(`bm25("ProjectUpdateSearch", 0, 4, 1, 2, 1, 0)`);

/** The text columns: search words never match a key token. */
const TEXT_COLUMNS = "{title summary tags area}";

/**
 * The search statement: one page of `{ id, total }` rows, best first, with `total` the number of
 * matches. Null when the words hold nothing to search for.
 *
 * @internal Exported for EXPLAIN in tests and the bench.
 */
export function searchStatement(provider: Provider, query: SearchQuery): Prisma.Sql | null {
  const words = searchWords(query.words);
  if (words.length === 0) return null;
  if (provider === "sqlite") return sqliteStatement(query, words);
  const activeOnly = query.includeArchived ? Prisma.empty : Prisma.sql`AND u."status" = 'active'`;
  const tsquery = tsQuery(words);
  // The network's key word narrows the GIN scan to the network (migration update_search_keys); ts_rank
  // sees the words only. The stored column is what both read: nothing is parsed per search. The
  // network check stays (a safety net: the key is a hash) but as a filter on the rows found (`|| ''`
  // hides it from the planner): ANDing the GIN scan with a scan of the network's whole btree range
  // cost as much as the search itself in a network of 40,000.
  const scope = (query.includeArchived ? "n" : "a") + createHash("md5").update(query.networkId, "utf8").digest("hex");
  return Prisma.sql`
    SELECT u."id" AS "id", COUNT(*) OVER () AS "total"
      FROM "ProjectUpdate" u
     WHERE u."searchDocument" @@ to_tsquery('simple', ${`'${scope}' & (${tsquery})`})
       AND u."networkId" || '' = ${query.networkId}
       ${activeOnly}
     ORDER BY ts_rank(u."searchDocument", to_tsquery('simple', ${tsquery}), 1) DESC, u."updatedAt" DESC, u."id"
     LIMIT ${query.limit} OFFSET ${query.offset}`;
}

/**
 * SQLite, in three steps that stay inside the FTS index until the last:
 * 1. `scoped`: the rowids matching the words and the key token of the network (or of its active
 *    updates), found through the index. Their number is the total.
 * 2. `hits`: bm25 for those rows. bm25 weighs each phrase of its own MATCH by how many rows hold it,
 *    which it counts by reading the phrase's whole posting list, so the key tokens (held by every
 *    row of a network) stay out of this MATCH: only the words are in it, and the scope is a rowid
 *    filter (`+rowid`, so the planner tests membership rather than looking each rowid up).
 * 3. The page: "ProjectUpdate" is joined only for the hits ranked as good as the page's last one
 *    (ties included, so the tie-breaks, newer first and then id, order exactly as before), and stays
 *    the authority on network and status.
 */
function sqliteStatement(query: SearchQuery, words: readonly string[][]): Prisma.Sql {
  const text = `${TEXT_COLUMNS} : (${fts5Match(words)})`;
  const scope = key(query.includeArchived ? "n" : "a", query.networkId);
  const scoped = `keys : "${scope}" AND ${text}`;
  const activeOnly = query.includeArchived ? Prisma.empty : Prisma.sql`AND u."status" = 'active'`;
  return Prisma.sql`
    WITH "scoped" AS MATERIALIZED (
      SELECT rowid AS "rowid" FROM "ProjectUpdateSearch" WHERE "ProjectUpdateSearch" MATCH ${scoped}
    ), "hits" AS MATERIALIZED (
      SELECT rowid AS "rowid", ${SQLITE_RANK} AS "rank" FROM "ProjectUpdateSearch"
       WHERE "ProjectUpdateSearch" MATCH ${text} AND +rowid IN (SELECT "rowid" FROM "scoped")
    ), "cut" AS (
      SELECT max("rank") AS "rank" FROM (SELECT "rank" FROM "hits" ORDER BY "rank" LIMIT ${query.offset + query.limit})
    )
    SELECT u."id" AS "id", (SELECT count(*) FROM "scoped") AS "total"
      FROM "hits" h CROSS JOIN "ProjectUpdateSearch" s CROSS JOIN "ProjectUpdate" u
     WHERE h."rank" <= (SELECT "rank" FROM "cut")
       AND s.rowid = h."rowid"
       AND u."id" = s."updateId"
       AND u."networkId" = ${query.networkId}
       ${activeOnly}
     ORDER BY h."rank", u."updatedAt" DESC, u."id"
     LIMIT ${query.limit} OFFSET ${query.offset}`;
}
