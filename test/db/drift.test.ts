/**
 * Drift checks: the derived schemas, the migration history and the current models must agree,
 * or a model change could reach users without a migration (or with a wrong one).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/index.js";
import { PROVIDERS, migrationsDir } from "../../src/db/layout.js";
import { expectedSchemas, readBase, schemaPath } from "../../scripts/db/derive.js";
import { historyProblems, migrationLock, readSnapshot, snapshotNames } from "../../scripts/db/history.js";
import { EMPTY_MIGRATION, migrationSql } from "../../scripts/db/prisma6.js";
import { databases } from "../support/db.js";
import { describeDatabase, execScript } from "./introspect.js";

describe("derived schemas", () => {
  it.each(PROVIDERS)("prisma/%s schema equals what `npm run db:schema` writes from the base", (provider) => {
    const committed = fs.readFileSync(schemaPath(provider), "utf8");
    expect(committed, "run `npm run db:schema` and commit the result").toBe(expectedSchemas()[provider]);
  });
});

describe("migration history", () => {
  it("has the same migrations for every provider, each with a snapshot of the models", () => {
    expect(snapshotNames().length).toBeGreaterThan(0);
    expect(historyProblems()).toEqual([]);
  });

  it.each(PROVIDERS)("has Prisma's migration_lock.toml for %s", (provider) => {
    expect(fs.readFileSync(path.join(migrationsDir(provider), "migration_lock.toml"), "utf8")).toBe(
      migrationLock(provider),
    );
  });

  it.each(PROVIDERS)(
    "ends at the current models on %s (no model change without a migration)",
    (provider) => {
      const last = snapshotNames().at(-1)!;
      expect(
        migrationSql(provider, readSnapshot(last), readBase()).trim(),
        `the models changed after migration ${last}: run \`npm run db:migration -- <what_changed>\``,
      ).toBe(EMPTY_MIGRATION);
    },
    60_000,
  );
});

describe.each(databases)("migrations against the models on $provider", ({ provider, createEmpty }) => {
  it("replaying the migrations builds the same tables, columns, indexes and keys as the current schema", async () => {
    const fromSchema = await createEmpty();
    await execScript(fromSchema, migrationSql(provider, null, readBase()));
    const replayed = await createEmpty();
    await applyMigrations({ url: replayed });

    const expected = await describeDatabase(fromSchema);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(["Network", "Member", "ProjectUpdate"]));
    expect(await describeDatabase(replayed)).toEqual(expected);
  }, 60_000);
});
