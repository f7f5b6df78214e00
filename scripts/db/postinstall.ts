/**
 * Root `postinstall` (started by postinstall.mjs): leaves a fresh `git clone && npm ci` ready to
 * run and test, offline.
 *
 * 1. Derives prisma/<provider>/schema.prisma from the base (a no-op unless someone forgot to commit;
 *    in CI it only warns, and the tests fail).
 * 2. Generates both Prisma 7 clients into src/generated (git-ignored), skipping current ones.
 * 3. Installs Prisma 6.19 into tools/prisma6 from its own lockfile, for `npm run db:migration` and
 *    the drift test. `--ignore-scripts` keeps it offline: Prisma's own install scripts would try to
 *    download native engines from Prisma's binary host. Skipped for production installs
 *    (`npm ci --omit=dev`), which never create migrations.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { staleSchemas, writeSchemas } from "./derive.js";
import { ensureClients } from "./generate.js";
import { PRISMA6_DIR } from "./prisma-cli.js";

const log = (msg: string): void => console.log(`gather postinstall: ${msg}`);

// In CI, leave a stale derived schema as committed, so the tests fail on it (test/db/global-setup.ts)
// instead of this step quietly repairing the checkout.
const stale = staleSchemas();
if (stale.length > 0 && process.env.CI) {
  log(`prisma/${stale.join(", ")} schema.prisma differs from schema.base.prisma: run \`npm run db:schema\` and commit`);
} else if (stale.length > 0) {
  writeSchemas();
  log(`derived schema rewritten for ${stale.join(", ")} (commit it)`);
}
ensureClients({ log });

/** Whether tools/prisma6/node_modules already holds exactly what its lockfile pins. */
function prisma6Current(): boolean {
  const installed = path.join(PRISMA6_DIR, "node_modules", ".package-lock.json"); // written by npm ci
  const lock = path.join(PRISMA6_DIR, "package-lock.json");
  if (!fs.existsSync(installed)) return false;
  const packages = (file: string): unknown =>
    (JSON.parse(fs.readFileSync(file, "utf8")) as { packages?: Record<string, unknown> }).packages ?? {};
  const wanted = Object.entries(packages(lock) as Record<string, { version?: string }>).filter(([k]) => k !== "");
  const have = packages(installed) as Record<string, { version?: string }>;
  return wanted.every(([key, pkg]) => have[key]?.version === pkg.version);
}

const production = (process.env.npm_config_omit ?? "").includes("dev") || process.env.NODE_ENV === "production";
if (production) {
  log("production install: skipping tools/prisma6 (only needed to create migrations)");
} else if (prisma6Current()) {
  log("tools/prisma6 up to date");
} else {
  const started = Date.now();
  const npm = process.env.npm_execpath; // the npm running this install
  const command = npm ? process.execPath : "npm";
  const args = [
    ...(npm ? [npm] : []),
    "ci",
    "--prefix",
    PRISMA6_DIR,
    "--ignore-scripts",
    "--no-audit",
    "--no-fund",
    "--prefer-offline",
  ];
  const env = { ...process.env };
  delete env.npm_config_local_prefix; // the root's; --prefix names ours
  const result = spawnSync(command, args, { cwd: PRISMA6_DIR, env, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`gather postinstall: installing tools/prisma6 failed (${result.status ?? result.error}).`);
    process.exit(1);
  }
  log(`installed tools/prisma6 in ${Date.now() - started} ms`);
}
