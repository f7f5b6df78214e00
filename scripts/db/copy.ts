/**
 * `npm run db:copy -- --from file:./data/gather.db --to postgresql://gather@db:5432/gather`
 *
 * Copies every table of one Gather database into another — SQLite → PostgreSQL when a network
 * outgrows one process, or back, or between servers. Rows keep their ids; tables go parents first
 * (foreign-key order, read from the target), in batches, so memory stays flat whatever the size.
 *
 * The target is migrated first and must be empty: the copy refuses to merge into a database that
 * holds any rows. Both must be at the same migration (start Gather once on the source, or run
 * `npm run db:migrate`, to bring an older file up to date). Stop Gather while copying: rows written
 * meanwhile would be missed. SQLite's search index is rebuilt on an SQLite target; PostgreSQL's
 * follows its table by itself.
 */
import { pathToFileURL } from "node:url";
import { openDatabase, Prisma, providerOf, type Database, type Db } from "../../src/db/index.js";
import { reindexAll } from "../../src/features/updates/search.js";

export interface CopyOptions {
  /** Source URL: file:… or postgresql://… */
  readonly from: string;
  /** Target URL; migrated if needed; must hold no rows. */
  readonly to: string;
  /** Rows read and written per statement. Default 500. */
  readonly batchSize?: number;
  readonly log?: (line: string) => void;
}

/** Rows copied per model, in the order they were copied. */
export type CopyReport = { readonly model: string; readonly rows: number }[];

/** Refused before anything was written: the message says why and what to do. */
export class CopyRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CopyRefused";
  }
}

/** Every model of the schema (one table each, same name). */
export const MODELS: readonly string[] = Object.values(Prisma.ModelName);

export async function copyDatabase(options: CopyOptions): Promise<CopyReport> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? 500;
  if (options.from === options.to) throw new CopyRefused("--from and --to are the same database.");
  providerOf(options.from);
  providerOf(options.to);

  const source = await openDatabase({ url: options.from, migrate: false });
  let target: Database | undefined;
  try {
    target = await openDatabase({ url: options.to, log });
    await sameMigrations(source, target);
    const order = await parentsFirst(target);
    for (const model of order) {
      const rows = await delegate(target.prisma, model).count();
      if (rows > 0)
        throw new CopyRefused(
          `the target already holds data (${rows} ${model} rows): copy only into an empty database, e.g. a new one made with CREATE DATABASE.`,
        );
    }
    const report: { model: string; rows: number }[] = [];
    try {
      for (const model of order) {
        const rows = await copyModel(source.prisma, target.prisma, model, batchSize);
        report.push({ model, rows });
        log(`copied ${rows} ${model} rows`);
      }
      if (target.provider === "sqlite") {
        await reindexAll(target.prisma, target.provider);
        log("rebuilt the search index");
      }
    } catch (error) {
      // Leave the target empty again, so the copy can simply be run once more.
      log(`copy failed (${error instanceof Error ? error.message : String(error)}); emptying the target`);
      for (const model of [...order].reverse()) await delegate(target.prisma, model).deleteMany({});
      throw error;
    }
    return report;
  } finally {
    await source.close();
    await target?.close();
  }
}

interface Delegate {
  count(): Promise<number>;
  findMany(args: object): Promise<{ id: string }[]>;
  createMany(args: { data: object[] }): Promise<{ count: number }>;
  deleteMany(args: object): Promise<{ count: number }>;
}

function delegate(db: Db, model: string): Delegate {
  const d = (db as unknown as Record<string, Delegate | undefined>)[model.charAt(0).toLowerCase() + model.slice(1)];
  if (!d) throw new Error(`no Prisma delegate for model ${model}`);
  return d;
}

/** Keyset pages by id: each read is bounded and indexed, however large the table. */
async function copyModel(from: Db, to: Db, model: string, batchSize: number): Promise<number> {
  const read = delegate(from, model);
  const write = delegate(to, model);
  let copied = 0;
  let after: string | undefined;
  for (;;) {
    const rows = await read.findMany({
      ...(after !== undefined ? { where: { id: { gt: after } } } : {}),
      orderBy: { id: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) return copied;
    copied += (await write.createMany({ data: rows })).count;
    after = rows[rows.length - 1]!.id;
    if (rows.length < batchSize) return copied;
  }
}

/** Models ordered so that every table comes after the tables its foreign keys point to. */
async function parentsFirst(database: Database): Promise<string[]> {
  const edges = await foreignKeys(database);
  const ordered: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (model: string): void => {
    if (state.get(model) === "done") return;
    if (state.get(model) === "visiting") throw new Error(`foreign keys form a cycle through ${model}`);
    state.set(model, "visiting");
    for (const parent of edges.get(model) ?? []) if (parent !== model && MODELS.includes(parent)) visit(parent);
    state.set(model, "done");
    ordered.push(model);
  };
  for (const model of MODELS) visit(model);
  return ordered;
}

/** child table → the tables it references, as the database itself declares them. */
async function foreignKeys(database: Database): Promise<Map<string, string[]>> {
  const edges = new Map<string, string[]>();
  const add = (child: string, parent: string) => edges.set(child, [...(edges.get(child) ?? []), parent]);
  if (database.provider === "postgresql") {
    const rows = await database.prisma.$queryRaw<{ child: string; parent: string }[]>`
      SELECT c.relname AS child, p.relname AS parent
      FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema()`;
    for (const r of rows) add(r.child, r.parent);
  } else {
    for (const model of MODELS) {
      const rows = await database.prisma.$queryRawUnsafe<{ table: string }[]>(
        `SELECT "table" FROM pragma_foreign_key_list('${model}')`,
      );
      for (const r of rows) add(model, r.table);
    }
  }
  return edges;
}

/** Both databases have applied the same migrations: same tables, same columns. */
async function sameMigrations(source: Database, target: Database): Promise<void> {
  const names = async (db: Db): Promise<string[]> => {
    try {
      const rows = await db.$queryRaw<{ name: string }[]>`
        SELECT "migration_name" AS name FROM "_prisma_migrations"
        WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL ORDER BY "migration_name"`;
      return rows.map((r) => r.name);
    } catch {
      return [];
    }
  };
  const [from, to] = [await names(source.prisma), await names(target.prisma)];
  if (from.length === 0) throw new CopyRefused("the source has no Gather tables (no migration history): check --from.");
  if (from.join() !== to.join()) {
    const missing = to.filter((n) => !from.includes(n));
    throw new CopyRefused(
      missing.length > 0
        ? `the source is at an older migration (missing ${missing.join(", ")}): start Gather once on it, or run \`npm run db:migrate\` with DATABASE_URL set to it, then copy.`
        : `the source has migrations this version of Gather does not know (${from.filter((n) => !to.includes(n)).join(", ")}): copy with the Gather version that wrote it.`,
    );
  }
}

function argValue(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i !== -1) return args[i + 1];
  const inline = args.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const from = argValue(args, "--from");
  const to = argValue(args, "--to");
  const batch = argValue(args, "--batch");
  if (!from || !to) {
    process.stderr.write(
      "Usage: npm run db:copy -- --from <url> --to <url> [--batch 500]\n" +
        "  e.g. --from file:./data/gather.db --to postgresql://gather:secret@127.0.0.1:5432/gather\n",
    );
    process.exit(2);
  }
  const started = Date.now();
  try {
    const report = await copyDatabase({
      from,
      to,
      ...(batch ? { batchSize: Number(batch) } : {}),
      log: (line) => process.stderr.write(`${line}\n`),
    });
    const total = report.reduce((sum, r) => sum + r.rows, 0);
    process.stderr.write(
      `Copied ${total} rows in ${report.length} tables in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`,
    );
  } catch (error) {
    process.stderr.write(`db:copy: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
