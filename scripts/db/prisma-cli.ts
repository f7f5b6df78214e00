/**
 * Running Prisma's CLIs offline: the root Prisma 7 (for `generate`) and tools/prisma6 (for
 * `migrate diff`). Both are started with the current Node, never through npx, so nothing is fetched.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { PACKAGE_ROOT } from "../../src/db/layout.js";

/** A file that fails loudly when run; see the comment inside it. */
export const ENGINE_STUB = path.join(PACKAGE_ROOT, "tools", "prisma-engine-stub");

/** tools/prisma6: Prisma 6.19 with its own package.json and lockfile. */
export const PRISMA6_DIR = path.join(PACKAGE_ROOT, "tools", "prisma6");

/**
 * The environment for a Prisma CLI here. With both engine variables naming an existing file,
 * the CLI skips its engine download (which fails: only the npm registry is reachable);
 * Prisma 7's `generate` and Prisma 6's JS-engine `migrate diff` never run the engine.
 */
export function offlineEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: ENGINE_STUB,
    PRISMA_QUERY_ENGINE_LIBRARY: ENGINE_STUB,
    CHECKPOINT_DISABLE: "1", // no version-check request to Prisma's servers
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    ...extra,
  };
}

/** The entry point of the root Prisma 7 CLI. */
export function prisma7Cli(): string {
  const require = createRequire(path.join(PACKAGE_ROOT, "package.json"));
  return path.join(path.dirname(require.resolve("prisma/package.json")), "build", "index.js");
}

/** The entry point of the tools/prisma6 CLI. */
export function prisma6Cli(): string {
  return path.join(PRISMA6_DIR, "node_modules", "prisma", "build", "index.js");
}

/**
 * Runs a Prisma CLI and returns its stdout.
 *
 * @throws Error with the command's stderr when it exits non-zero.
 */
export function runPrisma(cli: string, args: readonly string[], env: NodeJS.ProcessEnv, cwd = PACKAGE_ROOT): string {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, env, encoding: "utf8" });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(
      `prisma ${args.join(" ")} exited with ${result.status ?? result.signal}:\n${result.stderr}${result.stdout}`,
    );
  }
  return result.stdout;
}
