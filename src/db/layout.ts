/**
 * Where Gather keeps its Prisma files, per database provider.
 *
 * Prisma fixes the provider per schema file, and SQLite and PostgreSQL need different SQL, so each
 * provider has its own folder with a derived schema, a migrations folder in Prisma's own layout
 * (`<timestamp>_<name>/migration.sql` + `migration_lock.toml`) and its own generated client.
 * The migrations folder sits next to the schema, which is where Prisma looks by default, so
 * `prisma migrate deploy --schema prisma/postgres/schema.prisma` finds it with no extra flags.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The database providers Gather supports, spelled as Prisma's `datasource.provider`. */
export type Provider = "sqlite" | "postgresql";

/** Both providers, in a fixed order (SQLite first: it is the default). */
export const PROVIDERS: readonly Provider[] = ["sqlite", "postgresql"];

/** The repository root (this file is `src/db/layout.ts`). */
export const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

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
