/**
 * Drift checks: the derived schemas, the migration history and the current models must agree,
 * or a model change could reach users without a migration (or with a wrong one).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "../../src/db/index.js";
import { PROVIDERS, type Provider, migrationsDir } from "../../src/db/layout.js";
import { expectedSchemas, readBase, schemaPath } from "../../scripts/db/derive.js";
import { historyProblems, migrationLock, readSnapshot, snapshotNames } from "../../scripts/db/history.js";
import { EMPTY_MIGRATION, migrationSql } from "../../scripts/db/prisma6.js";
import { databases } from "../support/db.js";
import { type Shape, describeDatabase, execScript } from "./introspect.js";

/** A database object a migration creates by hand because Prisma's schema cannot express it. */
type HandWritten =
  | { readonly table: string; readonly why: string }
  | { readonly index: string; readonly on: string; readonly why: string }
  | { readonly column: string; readonly on: string; readonly why: string };

/**
 * Everything hand-written migration SQL adds beyond what Prisma's SQL for the models builds. The
 * drift check requires exactly these on top of the models: any other difference fails, and so
 * does an entry here that the migrations no longer create. Add an entry only with the migration
 * that creates the object, and say why Prisma cannot express it.
 */
const HAND_WRITTEN: Readonly<Record<Provider, readonly HandWritten[]>> = {
  sqlite: [
    {
      table: "ProjectUpdateSearch",
      why: "FTS5 virtual table for update search (migration update_search, src/features/updates/search.ts)",
    },
  ],
  postgresql: [
    {
      column: "searchDocument",
      on: "ProjectUpdate",
      why: "stored generated tsvector for update search (migration update_search_keys)",
    },
    {
      index: "ProjectUpdate_searchDocument_idx",
      on: "ProjectUpdate",
      why: "GIN index on that column (migration update_search_keys)",
    },
  ],
};

/** An index's name from its description: SQLite "name unique=…", PostgreSQL "CREATE INDEX name ON …". */
function indexName(line: string): string {
  const name = /^CREATE (?:UNIQUE )?INDEX (\S+) ON /.exec(line)?.[1] ?? line.split(" ")[0]!;
  return name.replace(/^"|"$/g, "");
}

/**
 * Takes the hand-written objects out of `shape`.
 *
 * @returns The shape without them, and the names of those it did not find.
 */
function withoutHandWritten(shape: Shape, objects: readonly HandWritten[]): { rest: Shape; missing: string[] } {
  const rest: Shape = structuredClone(shape);
  const missing: string[] = [];
  for (const object of objects) {
    if ("table" in object) {
      if (rest[object.table]) delete rest[object.table];
      else missing.push(`table ${object.table}`);
      continue;
    }
    if ("column" in object) {
      const columns = rest[object.on]?.columns ?? [];
      const kept = columns.filter((line) => line.split(" ")[0] !== object.column);
      if (kept.length === columns.length) missing.push(`column ${object.column} on ${object.on}`);
      else rest[object.on]!.columns = kept;
      continue;
    }
    const indexes = rest[object.on]?.indexes ?? [];
    const kept = indexes.filter((line) => indexName(line) !== object.index);
    if (kept.length === indexes.length) missing.push(`index ${object.index} on ${object.on}`);
    else rest[object.on]!.indexes = kept;
  }
  return { rest, missing };
}

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
  it("replaying the migrations builds the same tables, columns, indexes and keys as the current schema, plus HAND_WRITTEN", async () => {
    const fromSchema = await createEmpty();
    await execScript(fromSchema, migrationSql(provider, null, readBase()));
    const replayed = await createEmpty();
    await applyMigrations({ url: replayed });

    const expected = await describeDatabase(fromSchema);
    expect(Object.keys(expected)).toEqual(expect.arrayContaining(["Network", "Member", "ProjectUpdate"]));
    expect(
      withoutHandWritten(expected, HAND_WRITTEN[provider]).missing,
      "models must not build HAND_WRITTEN objects",
    ).toHaveLength(HAND_WRITTEN[provider].length);
    const { rest, missing } = withoutHandWritten(await describeDatabase(replayed), HAND_WRITTEN[provider]);
    expect(missing, "HAND_WRITTEN lists objects the migrations no longer create").toEqual([]);
    expect(rest).toEqual(expected);
  }, 60_000);
});
