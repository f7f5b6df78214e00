// Prisma 6.19 configuration for Gather's tooling (scripts/db/prisma6.ts, test/db/*). Not for the app.
//
// Prisma 6.19 can compute migration SQL without its native schema engine, in "JS engine" mode,
// where it talks to the database through a driver adapter. `migrate diff` between two schema
// files needs no database at all, but the engine still connects and, on PostgreSQL, asks for the
// server version. Without GATHER_PRISMA6_URL we hand it an adapter that answers that one question
// and refuses everything else loudly, so migration SQL is produced with no database running.
//
// With GATHER_PRISMA6_URL (tests only) it uses the real adapters from the root node_modules
// (Prisma 7.10's work with 6.19), so `migrate status` / `migrate deploy` can be checked against
// databases written by src/db/migrate.ts.
import process from "node:process";
import { defineConfig } from "prisma/config";

const provider = process.env.GATHER_PRISMA6_PROVIDER ?? "sqlite"; // "sqlite" | "postgresql"
const url = process.env.GATHER_PRISMA6_URL;
const adapterProvider = provider === "postgresql" ? "postgres" : "sqlite";

/** A driver adapter with no database behind it. */
function offlineAdapter() {
  const refuse = (what) => {
    throw new Error(
      `gather: Prisma 6 tried to ${what} although this configuration has no database ` +
        `(set GATHER_PRISMA6_URL to use a real one)`,
    );
  };
  const connection = {
    provider: adapterProvider,
    adapterName: "gather-offline",
    async queryRaw(query) {
      // PostgreSQL connector's first question (setup_connection): does the schema exist, which version?
      if (query.sql.includes("server_version_num")) {
        const ColumnType = { Int32: 0, Boolean: 5, Text: 7 };
        return {
          columnNames: ["exists", "version", "numeric_version"],
          columnTypes: [ColumnType.Boolean, ColumnType.Text, ColumnType.Int32],
          rows: [[true, "PostgreSQL 16.0 (gather offline stub)", 160000]],
        };
      }
      return refuse(`query "${query.sql}"`);
    },
    async executeRaw(query) {
      return refuse(`execute "${query.sql}"`);
    },
    async executeScript() {
      return refuse("run a script");
    },
    async startTransaction() {
      return refuse("start a transaction");
    },
    getConnectionInfo() {
      return { schemaName: provider === "postgresql" ? "public" : "main", supportsRelationJoins: false };
    },
    async dispose() {},
  };
  return {
    provider: adapterProvider,
    adapterName: "gather-offline",
    async connect() {
      return connection;
    },
    async connectToShadowDb() {
      return connection;
    },
  };
}

/** The real adapter (from the root node_modules, found by walking up from tools/prisma6). */
async function realAdapter() {
  if (provider === "postgresql") {
    const { PrismaPg } = await import("@prisma/adapter-pg");
    // The CLI never closes the adapter's pool: without a short idle timeout every command would
    // wait for pg's 10 s default before exiting.
    return new PrismaPg({ connectionString: url, idleTimeoutMillis: 50 });
  }
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  return new PrismaBetterSqlite3({ url });
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  ...(process.env.GATHER_PRISMA6_SCHEMA ? { schema: process.env.GATHER_PRISMA6_SCHEMA } : {}),
  ...(process.env.GATHER_PRISMA6_MIGRATIONS ? { migrations: { path: process.env.GATHER_PRISMA6_MIGRATIONS } } : {}),
  async adapter() {
    return url ? realAdapter() : offlineAdapter();
  },
});
