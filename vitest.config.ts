import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // Keeps generated Prisma clients current and probes PostgreSQL once (see the file).
    globalSetup: ["test/db/global-setup.ts"],
    // Every feature's strings, as the running program has them (see the file).
    setupFiles: ["test/support/strings.ts"],
    // Database tests create and migrate real databases; give them room on a busy 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // Separate processes (better-sqlite3 is a native module); two of them for two cores.
    pool: "forks",
    maxWorkers: 2,
  },
});
