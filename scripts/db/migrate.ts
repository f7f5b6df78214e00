/**
 * `npm run db:migrate`: applies pending migrations to DATABASE_URL (default file:./data/gather.db),
 * for operators who want to migrate before starting the app (the app also migrates on start-up).
 */
import { applyMigrations } from "../../src/db/migrate.js";

const url = process.env.DATABASE_URL ?? "file:./data/gather.db";
const applied = await applyMigrations({ url, log: (msg) => console.log(`db:migrate: ${msg}`) });
console.log(applied.length === 0 ? "db:migrate: database is up to date" : `db:migrate: applied ${applied.length}`);
