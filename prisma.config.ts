/**
 * Prisma CLI configuration, for people who run Prisma's own commands against their database
 * (on a machine that can download Prisma's engines):
 *
 *   DATABASE_URL=postgresql://… npx prisma migrate status
 *   DATABASE_URL=file:./data/gather.db npx prisma migrate deploy
 *
 * The schema and migrations folder follow the provider of DATABASE_URL, as Gather itself does at
 * run time (src/db). Gather does not need this file: it generates clients with scripts/db/generate.ts
 * and applies migrations with src/db/migrate.ts, both offline.
 */
import { defineConfig } from "prisma/config";

// Read once here, at the edge; a missing URL must not break `prisma generate`, which needs none.
const url = process.env.DATABASE_URL ?? "file:./data/gather.db";
const folder = /^postgres(ql)?:\/\//.test(url) ? "postgres" : "sqlite";

export default defineConfig({
  schema: `prisma/${folder}/schema.prisma`,
  migrations: { path: `prisma/${folder}/migrations` },
  datasource: { url },
});
