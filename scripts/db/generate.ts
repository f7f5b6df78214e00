/**
 * Generates the Prisma 7 clients (src/generated/<provider>) offline, and only when needed.
 *
 * Each generated folder gets a `.schema-sha256` stamp: the hash of the schema and Prisma version it
 * was generated from. `npm test` (test/db/global-setup.ts) compares it, so editing the models never
 * leaves tests running against a stale client.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PACKAGE_ROOT, PROVIDERS, type Provider } from "../../src/db/layout.js";
import { generatedDir, schemaPath } from "./derive.js";
import { offlineEnv, prisma7Cli, runPrisma } from "./prisma-cli.js";

const STAMP = ".schema-sha256";

/** What the stamp of a current client holds: the schema's hash and the Prisma version. */
function expectedStamp(provider: Provider): string {
  const require = createRequire(path.join(PACKAGE_ROOT, "package.json"));
  const version = (require("prisma/package.json") as { version: string }).version;
  const schema = fs.readFileSync(schemaPath(provider));
  return `${createHash("sha256").update(schema).digest("hex")} prisma@${version}\n`;
}

/** Whether `src/generated/<provider>` was generated from the current schema by the current Prisma. */
export function clientIsCurrent(provider: Provider): boolean {
  const stamp = path.join(generatedDir(provider), STAMP);
  return fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === expectedStamp(provider);
}

/** Runs `prisma generate` for one provider (about a second) and stamps the result. */
export function generateClient(provider: Provider): void {
  runPrisma(prisma7Cli(), ["generate", "--schema", schemaPath(provider)], offlineEnv());
  fs.writeFileSync(path.join(generatedDir(provider), STAMP), expectedStamp(provider));
}

/**
 * Generates the clients that are missing or stale.
 *
 * @returns The providers whose client was generated.
 */
export function ensureClients(options: { force?: boolean; log?: (msg: string) => void } = {}): Provider[] {
  const stale = PROVIDERS.filter((p) => options.force || !clientIsCurrent(p));
  for (const provider of stale) {
    const started = Date.now();
    generateClient(provider);
    options.log?.(`generated ${provider} client in ${Date.now() - started} ms`);
  }
  return stale;
}
