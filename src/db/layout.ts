/**
 * Where Gather keeps its Prisma files, per database provider.
 *
 * Prisma fixes the provider per schema file, and SQLite and PostgreSQL need different SQL, so each
 * provider has its own folder with a derived schema, a migrations folder in Prisma's own layout
 * (`<timestamp>_<name>/migration.sql` + `migration_lock.toml`) and its own generated client.
 * The migrations folder sits next to the schema, which is where Prisma looks by default, so
 * `prisma migrate deploy --schema prisma/postgres/schema.prisma` finds it with no extra flags.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The database providers Gather supports, spelled as Prisma's `datasource.provider`. */
export type Provider = "sqlite" | "postgresql";

/** Both providers, in a fixed order (SQLite first: it is the default). */
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

/**
 * The repository (or image) root: the nearest folder above this file with a `prisma/` folder. This
 * file is `src/db/layout.ts`, or `dist/src/db/layout.js` when compiled, so the depth varies.
 */
export const PACKAGE_ROOT = rootAbove(path.dirname(fileURLToPath(import.meta.url)));

function rootAbove(dir: string): string {
  for (let at = dir; ; at = path.dirname(at)) {
    if (fs.existsSync(path.join(at, "prisma"))) return at;
    if (path.dirname(at) === at) return path.resolve(dir, "../.."); // not found: the source layout
  }
}

/** Folder name per provider, under `prisma/` and `src/generated/`. */
export const PROVIDER_FOLDER: Readonly<Record<Provider, string>> = {
  sqlite: "sqlite",
  postgresql: "postgres",
};

/** `prisma/<folder>`: the derived schema and the migrations of one provider. */
export function providerDir(provider: Provider, root: string = PACKAGE_ROOT): string {
  return path.join(root, "prisma", PROVIDER_FOLDER[provider]);
}

/** `prisma/<folder>/migrations`: the migration folders of one provider, applied in name order. */
export function migrationsDir(provider: Provider, root: string = PACKAGE_ROOT): string {
  return path.join(providerDir(provider, root), "migrations");
}
