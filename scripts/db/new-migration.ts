/**
 * `npm run db:migration -- <name> [--empty]`: creates the next migration for both providers from
 * the last snapshot to the current prisma/schema.base.prisma, so nobody writes migration SQL by hand.
 *
 * Writes prisma/sqlite/migrations/<ts>_<name>/migration.sql, the same for postgres, and
 * prisma/snapshots/<ts>_<name>.prisma (the models as of this migration). `--empty` creates empty
 * scripts for a hand-written data migration.
 */
import fs from "node:fs";
import path from "node:path";
import { PROVIDERS, type Provider, migrationsDir } from "../../src/db/layout.js";
import { readBase, writeSchemas } from "./derive.js";
import { ensureClients } from "./generate.js";
import { SNAPSHOTS_DIR, historyProblems, migrationLock, readSnapshot, snapshotNames } from "./history.js";
import { EMPTY_MIGRATION, migrationSql } from "./prisma6.js";

function fail(message: string): never {
  console.error(`db:migration: ${message}`);
  process.exit(1);
}

/** UTC `YYYYMMDDHHMMSS`, as Prisma names migrations; later than `after` (same-second runs). */
function timestamp(after: string | undefined): string {
  let time = Date.now();
  for (;;) {
    const stamp = new Date(time).toISOString().replace(/\D/g, "").slice(0, 14);
    if (!after || stamp > after.slice(0, 14)) return stamp;
    time += 1000;
  }
}

const args = process.argv.slice(2);
const empty = args.includes("--empty");
const name = args.find((a) => !a.startsWith("--"));
if (!name || !/^[a-z0-9][a-z0-9_]*$/.test(name)) {
  fail("usage: npm run db:migration -- <name> [--empty]   (name in snake_case, e.g. add_shifts)");
}

const problems = historyProblems();
if (problems.length > 0) fail(`the migration history is inconsistent:\n  ${problems.join("\n  ")}`);

const base = readBase();
writeSchemas(base); // keep the derived schemas and clients in step with what we migrate to
ensureClients({ log: (msg) => console.log(`db:migration: ${msg}`) });

const last = snapshotNames().at(-1);
const from = last === undefined ? null : readSnapshot(last);
const scripts = Object.fromEntries(
  PROVIDERS.map((p) => [p, empty ? `${EMPTY_MIGRATION}\n` : migrationSql(p, from, base)]),
) as Record<Provider, string>;

if (!empty && PROVIDERS.every((p) => scripts[p].trim() === EMPTY_MIGRATION)) {
  fail(`no model changes since ${last ?? "the start"}; nothing to migrate (use --empty for a data migration).`);
}

const migration = `${timestamp(last)}_${name}`;
for (const provider of PROVIDERS) {
  const dir = migrationsDir(provider);
  fs.mkdirSync(path.join(dir, migration), { recursive: true });
  fs.writeFileSync(path.join(dir, migration, "migration.sql"), scripts[provider]);
  const lock = path.join(dir, "migration_lock.toml");
  if (!fs.existsSync(lock)) fs.writeFileSync(lock, migrationLock(provider));
  console.log(`db:migration: wrote ${path.relative(process.cwd(), path.join(dir, migration, "migration.sql"))}`);
}
fs.mkdirSync(SNAPSHOTS_DIR, { recursive: true });
fs.writeFileSync(path.join(SNAPSHOTS_DIR, `${migration}.prisma`), base);

const risky = PROVIDERS.filter((p) => /DROP (TABLE|COLUMN|INDEX)|RedefineTables/.test(scripts[p]));
if (risky.length > 0) {
  console.log(
    `db:migration: review before committing: the ${risky.join(" and ")} script drops or rebuilds ` +
      `tables; data in dropped columns is lost.`,
  );
}
console.log(`db:migration: done. Tests apply it; \`npm start\` applies it to DATABASE_URL on start-up.`);
