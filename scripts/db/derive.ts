/**
 * Derives the per-provider Prisma schemas from `prisma/schema.base.prisma`, the one source of the
 * data model. Only the header differs: Prisma wants the provider as a literal, and a SQLite client
 * refuses the PostgreSQL adapter (and the other way round), so each provider gets its own schema
 * and its own generated client.
 */
import fs from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT, PROVIDER_FOLDER, type Provider, providerDir } from "../../src/db/layout.js";

/** The hand-written models. */
export const BASE_SCHEMA = path.join(PACKAGE_ROOT, "prisma", "schema.base.prisma");

/** `prisma/<folder>/schema.prisma`, derived and committed. */
export function schemaPath(provider: Provider): string {
  return path.join(providerDir(provider), "schema.prisma");
}

/** `src/generated/<folder>`, the generated client (git-ignored). */
export function generatedDir(provider: Provider): string {
  return path.join(PACKAGE_ROOT, "src", "generated", PROVIDER_FOLDER[provider]);
}

/**
 * The derived schema for one provider, for Prisma 7.
 *
 * Generator settings: `prisma-client` emits TypeScript next to our code; ESM with `.js` import
 * suffixes is what tsx, vitest and `tsc` (moduleResolution "bundler") all resolve to the `.ts`
 * files, whatever tsconfig says (Prisma would otherwise guess from tsconfig.json).
 * The datasource has no `url`: Prisma 7 refuses one there (it comes from prisma.config.ts),
 * and Gather passes the URL to the driver adapter at run time.
 */
export function deriveSchema(base: string, provider: Provider): string {
  const folder = PROVIDER_FOLDER[provider];
  return `// GENERATED from prisma/schema.base.prisma by \`npm run db:schema\`: do not edit.
// Edit the base file, then run \`npm run db:schema\` (postinstall and \`npm test\` do it too)
// and \`npm run db:migration -- <name>\`.

generator client {
  provider               = "prisma-client"
  output                 = "../../src/generated/${folder}"
  runtime                = "nodejs"
  moduleFormat           = "esm"
  generatedFileExtension = "ts"
  importFileExtension    = "js"
}

datasource db {
  provider = "${provider}"
}

${base.trimEnd()}
`;
}

/**
 * The same schema in the dialect Prisma 6.19 accepts (for `migrate diff` only): its validator
 * still requires `url` in the datasource. The value is never used: the diff connects through the
 * offline adapter in tools/prisma6/prisma.config.mjs.
 */
export function toPrisma6Schema(derived: string, provider: Provider): string {
  const url = provider === "sqlite" ? "file:./unused.db" : "postgresql://unused@localhost/unused";
  return derived.replace(
    `datasource db {\n  provider = "${provider}"\n}`,
    `datasource db {\n  provider = "${provider}"\n  url      = "${url}"\n}`,
  );
}

/** Reads the base models. */
export function readBase(): string {
  return fs.readFileSync(BASE_SCHEMA, "utf8");
}

/** The file every derived schema should hold now, per provider. */
export function expectedSchemas(base: string = readBase()): Record<Provider, string> {
  return { sqlite: deriveSchema(base, "sqlite"), postgresql: deriveSchema(base, "postgresql") };
}

/** Providers whose committed derived schema differs from what the base gives. */
export function staleSchemas(base: string = readBase()): Provider[] {
  const expected = expectedSchemas(base);
  return (Object.keys(expected) as Provider[]).filter((provider) => {
    const file = schemaPath(provider);
    return !fs.existsSync(file) || fs.readFileSync(file, "utf8") !== expected[provider];
  });
}

/**
 * Writes the derived schemas that differ from the base.
 *
 * @returns The providers whose schema file was (re)written.
 */
export function writeSchemas(base: string = readBase()): Provider[] {
  const expected = expectedSchemas(base);
  const stale = staleSchemas(base);
  for (const provider of stale) {
    fs.mkdirSync(path.dirname(schemaPath(provider)), { recursive: true });
    fs.writeFileSync(schemaPath(provider), expected[provider]);
  }
  return stale;
}
