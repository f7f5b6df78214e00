/**
 * Migration SQL from Prisma 6.19's `migrate diff`, run offline in JS-engine mode from
 * tools/prisma6 (its own install: an npm alias of 6.19 in the root would take over
 * node_modules/.bin/prisma from Prisma 7).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Provider } from "../../src/db/layout.js";
import { deriveSchema, toPrisma6Schema } from "./derive.js";
import { PRISMA6_DIR, offlineEnv, prisma6Cli, runPrisma } from "./prisma-cli.js";

const CONFIG = path.join(PRISMA6_DIR, "prisma.config.mjs");

/** Prisma's text for a diff with no changes. */
export const EMPTY_MIGRATION = "-- This is an empty migration.";

/** @throws Error with the fix when tools/prisma6 is not installed. */
export function assertPrisma6Installed(): void {
  if (!fs.existsSync(prisma6Cli())) {
    throw new Error(
      `Prisma 6 (tools/prisma6) is not installed. Run \`npm run postinstall\` ` +
        `(or \`npm ci --prefix tools/prisma6 --ignore-scripts\`).`,
    );
  }
}

/**
 * Runs the Prisma 6 CLI with Gather's tools/prisma6 configuration.
 *
 * @param env - GATHER_PRISMA6_PROVIDER, and for a real database GATHER_PRISMA6_URL, _SCHEMA, _MIGRATIONS.
 */
export function runPrisma6(args: readonly string[], env: Record<string, string>): string {
  assertPrisma6Installed();
  const base = offlineEnv(env);
  if (!env.GATHER_PRISMA6_URL) delete base.GATHER_PRISMA6_URL;
  // cwd tools/prisma6: keeps Prisma 6 away from the root prisma.config.ts (written for Prisma 7).
  return runPrisma(prisma6Cli(), [...args, "--config", CONFIG], base, PRISMA6_DIR);
}

/**
 * The SQL that takes a `provider` database from the models in `fromBase` (or from empty when null)
 * to the models in `toBase`. Both are contents of schema.base.prisma; no database is involved.
 *
 * @returns Prisma's script, {@link EMPTY_MIGRATION} when nothing changed.
 */
export function migrationSql(provider: Provider, fromBase: string | null, toBase: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-diff-"));
  try {
    const write = (name: string, base: string): string => {
      const file = path.join(dir, name);
      fs.writeFileSync(file, toPrisma6Schema(deriveSchema(base, provider), provider));
      return file;
    };
    const from = fromBase === null ? ["--from-empty"] : ["--from-schema-datamodel", write("from.prisma", fromBase)];
    const to = ["--to-schema-datamodel", write("to.prisma", toBase)];
    return runPrisma6(["migrate", "diff", ...from, ...to, "--script"], { GATHER_PRISMA6_PROVIDER: provider });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
