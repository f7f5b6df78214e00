/**
 * A provider-neutral description of a database's tables, columns, indexes and foreign keys, for
 * comparing two databases. Column order is ignored: a column added by a later migration comes
 * last, where a fresh CREATE TABLE puts it in model order.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { type Provider, providerOf } from "../../src/db/index.js";
import { sqliteFilePath } from "../../src/db/url.js";

export type Shape = Record<string, { columns: string[]; indexes: string[]; constraints: string[] }>;

const IGNORED = new Set(["_prisma_migrations"]);

/** Describes the database at `url` (SQLite file or PostgreSQL database). */
export async function describeDatabase(url: string): Promise<Shape> {
  const provider: Provider = providerOf(url);
  return provider === "sqlite" ? describeSqlite(url) : describePostgres(url);
}

function describeSqlite(url: string): Shape {
  const db = new Database(sqliteFilePath(url), { readonly: true });
  try {
    // Virtual tables (FTS5) are listed; their shadow tables (ProjectUpdateSearch_data, …) are
    // internals of the virtual table, which describes them.
    const tables = db
      .prepare(
        `SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')
            AND name NOT LIKE 'sqlite_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    const shape: Shape = {};
    for (const table of tables.filter((t) => !IGNORED.has(t))) {
      const columns = (
        db.prepare(`SELECT * FROM pragma_table_info(?)`).all(table) as Array<{
          name: string;
          type: string;
          notnull: number;
          dflt_value: string | null;
          pk: number;
        }>
      ).map((c) => `${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      const indexes = (
        db.prepare(`SELECT name, "unique", origin FROM pragma_index_list(?)`).all(table) as Array<{
          name: string;
          unique: number;
          origin: string;
        }>
      )
        .filter((i) => i.origin !== "pk") // the implicit primary-key index is covered by pk= above
        .map((i) => {
          const cols = (
            db.prepare(`SELECT name FROM pragma_index_info(?) ORDER BY seqno`).pluck().all(i.name) as string[]
          ).join(",");
          return `${i.name} unique=${i.unique} (${cols})`;
        });
      const constraints = (
        db.prepare(`SELECT * FROM pragma_foreign_key_list(?)`).all(table) as Array<{
          table: string;
          from: string;
          to: string;
          on_update: string;
          on_delete: string;
        }>
      ).map((f) => `${f.from} -> ${f.table}.${f.to} on update ${f.on_update} on delete ${f.on_delete}`);
      shape[table] = { columns: columns.sort(), indexes: indexes.sort(), constraints: constraints.sort() };
    }
    return shape;
  } finally {
    db.close();
  }
}

async function describePostgres(url: string): Promise<Shape> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const shape: Shape = {};
    const columns = await client.query<{ table_name: string; line: string }>(
      `SELECT table_name,
              column_name || ' ' || data_type || coalesce('(' || datetime_precision || ')', '') ||
              ' nullable=' || is_nullable || ' default=' || coalesce(column_default, 'none') AS line
         FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const entry = (table: string) => (shape[table] ??= { columns: [], indexes: [], constraints: [] });
    for (const row of columns.rows) if (!IGNORED.has(row.table_name)) entry(row.table_name).columns.push(row.line);
    const indexes = await client.query<{ tablename: string; indexdef: string }>(
      `SELECT tablename, indexdef FROM pg_indexes WHERE schemaname = 'public'`,
    );
    for (const row of indexes.rows) if (!IGNORED.has(row.tablename)) entry(row.tablename).indexes.push(row.indexdef);
    const constraints = await client.query<{ table_name: string; line: string }>(
      `SELECT c.conrelid::regclass::text AS table_name,
              c.conname || ' ' || pg_get_constraintdef(c.oid) AS line
         FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE n.nspname = 'public' AND c.contype IN ('f', 'p', 'u', 'c')`,
    );
    for (const row of constraints.rows) {
      const table = row.table_name.replace(/^"|"$/g, "");
      if (!IGNORED.has(table)) entry(table).constraints.push(row.line);
    }
    for (const table of Object.values(shape)) {
      table.columns.sort();
      table.indexes.sort();
      table.constraints.sort();
    }
    return Object.fromEntries(Object.entries(shape).sort(([a], [b]) => a.localeCompare(b)));
  } finally {
    await client.end();
  }
}

/** Runs a SQL script on the database at `url` with the raw driver (no migration history). */
export async function execScript(url: string, sql: string): Promise<void> {
  if (providerOf(url) === "sqlite") {
    const db = new Database(sqliteFilePath(url));
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
