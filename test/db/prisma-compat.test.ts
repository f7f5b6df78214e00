/**
 * Prisma's own CLI must agree with src/db/migrate.ts about what is applied, so that a user with
 * internet access can run `prisma migrate status` / `migrate deploy` against a Gather database.
 *
 * Prisma 7's CLI needs its native schema engine for these commands, which cannot be downloaded
 * here, so this uses Prisma 6.19 (tools/prisma6) in JS-engine mode, which runs the same migration
 * logic (prisma-engines, compiled to WebAssembly) through the real driver adapters.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Provider, applyMigrations } from "../../src/db/index.js";
import { migrationsDir } from "../../src/db/layout.js";
import { deriveSchema, readBase, toPrisma6Schema } from "../../scripts/db/derive.js";
import { runPrisma6 } from "../../scripts/db/prisma6.js";
import { databases } from "../support/db.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gather-compat-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Runs `prisma <args>` (6.19, JS engine) against `url` with Gather's schema and migrations. */
function prisma(provider: Provider, url: string, ...args: string[]): string {
  const schema = path.join(tmp, `${provider}.prisma`);
  fs.writeFileSync(schema, toPrisma6Schema(deriveSchema(readBase(), provider), provider));
  return runPrisma6(args, {
    GATHER_PRISMA6_PROVIDER: provider,
    GATHER_PRISMA6_URL: url,
    GATHER_PRISMA6_SCHEMA: schema,
    GATHER_PRISMA6_MIGRATIONS: migrationsDir(provider),
  });
}

describe.each(databases)("Prisma's CLI and Gather's applier on $provider", ({ provider, createEmpty }) => {
  it("`prisma migrate status` sees a database migrated by Gather as up to date", async () => {
    const url = await createEmpty();
    await applyMigrations({ url });
    expect(prisma(provider, url, "migrate", "status")).toContain("Database schema is up to date!");
  }, 60_000);

  // On PostgreSQL this takes about 10 s: after its work, Prisma 6's WebAssembly engine keeps the
  // process alive until its 10 s advisory-lock timer runs out.
  it("Gather sees a database migrated by `prisma migrate deploy` as up to date", async () => {
    const url = await createEmpty();
    expect(prisma(provider, url, "migrate", "deploy")).toContain("successfully applied");
    expect(await applyMigrations({ url })).toEqual([]);
  }, 60_000);
});
