/**
 * PostgreSQL claims with FOR UPDATE SKIP LOCKED: a row another instance is claiming (its row lock
 * held) is passed over at once instead of waited for; the portable conditional claim (what SQLite
 * uses, and PostgreSQL with skipLocked: false) is still correct there too.
 */
import pg from "pg";
import { describe, expect, inject, it, onTestFinished } from "vitest";
import { databases } from "../support/db.js";
import { echoJob, jobRows, ManualClock, Runs, schedulerOn, seedEchoJobs, sharedDatabase, START } from "./support.js";

const postgres = databases.filter((d) => d.provider === "postgresql");

describe.each(postgres)("claims on PostgreSQL", (database) => {
  it("pass over a row locked by another claimer instead of waiting for it", async () => {
    const [db] = await sharedDatabase(database, 1);
    if (!db) throw new Error("a client expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    await seedEchoJobs(db, 5, clock.now());

    // Another instance in the middle of claiming echo:0: its transaction holds the row lock.
    const url = await urlOf(db.prisma);
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    onTestFinished(() => other.end());
    await other.query("BEGIN");
    await other.query(`SELECT "id" FROM "Job" WHERE "dedupeKey" = 'echo:0' FOR UPDATE`);

    const a = schedulerOn(db, clock, [echoJob(runs)], { owner: "A" });
    // Would hang on the lock with a plain conditional update; returns with the four free rows.
    expect(await a.tick()).toMatchObject({ claimed: 4, done: 4 });
    expect([...runs.counts.keys()].sort()).toEqual(["echo:1", "echo:2", "echo:3", "echo:4"]);

    await other.query("ROLLBACK");
    expect(await a.tick()).toMatchObject({ claimed: 1, done: 1 });
    expect(runs.duplicates()).toEqual([]);
  });

  it("with skipLocked: false, two instances share jobs by the portable conditional claim, each once", async () => {
    const [dbA, dbB] = await sharedDatabase(database, 2);
    if (!dbA || !dbB) throw new Error("two clients expected");
    const clock = new ManualClock(START);
    const runs = new Runs();
    const yieldOnce = () => new Promise<void>((resolve) => setImmediate(resolve));
    const a = schedulerOn(dbA, clock, [echoJob(runs, { then: yieldOnce })], { owner: "A", skipLocked: false });
    const b = schedulerOn(dbB, clock, [echoJob(runs, { then: yieldOnce })], { owner: "B", skipLocked: false });
    await seedEchoJobs(dbA, 300, clock.now());
    let claimed = 0;
    for (let round = 0; round < 20 && claimed < 300; round++)
      claimed += (await Promise.all([a.tick(), b.tick()])).reduce((sum, r) => sum + r.claimed, 0);
    expect(claimed).toBe(300);
    expect(runs.duplicates()).toEqual([]);
    expect((await jobRows(dbA)).every((r) => r.status === "done" && r.attempts === 1)).toBe(true);
  });
});

/** The connection URL of this client's database (same server as the admin URL, its own database name). */
async function urlOf(prisma: { $queryRawUnsafe<T>(sql: string): Promise<T> }): Promise<string> {
  const [{ name }] = await prisma.$queryRawUnsafe<[{ name: string }]>("SELECT current_database() AS name");
  const admin = inject("gatherPostgresAdminUrl");
  if (!admin) throw new Error("PostgreSQL tests run only with a PostgreSQL server");
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
