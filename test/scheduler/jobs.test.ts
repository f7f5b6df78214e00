import { describe, expect, it } from "vitest";
import type { Database } from "../../src/db/index.js";
import { cancel, cancelWhere, enqueue, reschedule } from "../../src/scheduler/index.js";
import { databases } from "../support/db.js";
import { ECHO, HOUR, START } from "./support.js";

const at = (offsetMs: number) => new Date(new Date(START).getTime() + offsetMs);
const job = (key: string, dueAt = at(HOUR), payload: Record<string, unknown> = { n: 1 }) => ({
  kind: ECHO,
  dueAt,
  payload,
  dedupeKey: key,
  networkId: "net-1",
});

describe.each(databases)("planning jobs on $provider", (database) => {
  // Sorted here: the databases order "U" and "_" differently (collations).
  const rows = async (db: Database) =>
    (await db.prisma.job.findMany()).sort((a, b) => (a.dedupeKey < b.dedupeKey ? -1 : 1));

  it("stores a job as a pending row", async () => {
    const db = await database.open();
    expect(await enqueue(db.prisma, job("a"))).toBe(true);
    const [row] = await rows(db);
    expect(row).toMatchObject({
      kind: ECHO,
      status: "pending",
      dedupeKey: "a",
      attempts: 0,
      networkId: "net-1",
      leaseOwner: null,
      payload: '{"n":1}',
    });
    expect(row?.dueAt.toISOString()).toBe(at(HOUR).toISOString());
  });

  it("keeps one job per dedupe key, even when enqueued at the same moment", async () => {
    const db = await database.open();
    expect(await enqueue(db.prisma, job("same"))).toBe(true);
    expect(await enqueue(db.prisma, job("same", at(2 * HOUR), { n: 2 }))).toBe(false);
    const racing = await Promise.all(
      Array.from({ length: 10 }, (_, i) => enqueue(db.prisma, job("raced", at(HOUR), { n: i }))),
    );
    expect(racing.filter(Boolean)).toHaveLength(1);
    expect((await rows(db)).map((r) => [r.dedupeKey, r.payload])).toEqual([
      ["raced", expect.any(String)],
      ["same", '{"n":1}'],
    ]);
  });

  it("enqueues inside the caller's transaction: a duplicate does not abort it, a rollback keeps nothing", async () => {
    const db = await database.open();
    await enqueue(db.prisma, job("existing"));
    await db.prisma.$transaction(async (tx) => {
      expect(await enqueue(tx, job("existing"))).toBe(false);
      expect(await enqueue(tx, job("fresh"))).toBe(true);
      // Still usable after the duplicate: on PostgreSQL a raised unique violation would have aborted it.
      expect(await tx.job.count()).toBe(2);
    });
    await expect(
      db.prisma.$transaction(async (tx) => {
        await enqueue(tx, job("rolled-back"));
        throw new Error("the change that called for the job failed");
      }),
    ).rejects.toThrow("the change that called for the job failed");
    expect((await rows(db)).map((r) => r.dedupeKey)).toEqual(["existing", "fresh"]);
  });

  it("refuses a job without kind, key or a valid time", async () => {
    const db = await database.open();
    await expect(enqueue(db.prisma, { ...job("x"), kind: "" })).rejects.toThrow("kind");
    await expect(enqueue(db.prisma, job(""))).rejects.toThrow("dedupe key");
    await expect(enqueue(db.prisma, job("x", new Date("nonsense")))).rejects.toThrow("invalid due time");
  });

  it("reschedules a pending job, creates an absent one, leaves history alone", async () => {
    const db = await database.open();
    await enqueue(db.prisma, job("pending"));
    await db.prisma.job.updateMany({
      where: { dedupeKey: "pending" },
      data: { attempts: 2, lastError: "earlier failure", leaseExpiresAt: at(HOUR + 60_000) },
    });
    await enqueue(db.prisma, job("done"));
    await db.prisma.job.updateMany({ where: { dedupeKey: "done" }, data: { status: "done" } });

    expect(await reschedule(db.prisma, { ...job("pending"), dueAt: at(3 * HOUR), payload: { n: 3 } })).toBe("moved");
    expect(await reschedule(db.prisma, { kind: ECHO, dedupeKey: "absent", dueAt: at(4 * HOUR) })).toBe("created");
    expect(await reschedule(db.prisma, { ...job("done"), dueAt: at(5 * HOUR) })).toBe("unchanged");

    const [absent, done, pending] = await rows(db);
    expect(pending).toMatchObject({
      status: "pending",
      payload: '{"n":3}',
      attempts: 0,
      lastError: null,
      leaseExpiresAt: null,
    });
    expect(pending?.dueAt.toISOString()).toBe(at(3 * HOUR).toISOString());
    expect(absent).toMatchObject({ status: "pending", payload: "{}" });
    expect(done?.dueAt.toISOString()).toBe(at(HOUR).toISOString());
  });

  it("keeps the payload when rescheduling without one", async () => {
    const db = await database.open();
    await enqueue(db.prisma, job("a", at(HOUR), { n: 7 }));
    await reschedule(db.prisma, { kind: ECHO, dedupeKey: "a", dueAt: at(2 * HOUR) });
    expect((await rows(db))[0]?.payload).toBe('{"n":7}');
  });

  it("cancels a pending job once; a running one is left to finish", async () => {
    const db = await database.open();
    await enqueue(db.prisma, job("a"));
    await enqueue(db.prisma, job("running"));
    await db.prisma.job.updateMany({ where: { dedupeKey: "running" }, data: { status: "running" } });
    expect(await cancel(db.prisma, "a")).toBe(true);
    expect(await cancel(db.prisma, "a")).toBe(false);
    expect(await cancel(db.prisma, "running")).toBe(false);
    expect(await cancel(db.prisma, "never-planned")).toBe(false);
    expect((await rows(db)).map((r) => [r.dedupeKey, r.status])).toEqual([
      ["a", "cancelled"],
      ["running", "running"],
    ]);
  });

  it("cancels by exact key prefix (and kind), on both databases alike", async () => {
    const db = await database.open();
    // "_" is a LIKE wildcard and SQLite's LIKE ignores case: neither may widen the match.
    for (const key of ["up_1:a", "up_1:b", "upX1:c", "UP_1:d", "up_2:e"]) await enqueue(db.prisma, job(key));
    await enqueue(db.prisma, { ...job("up_1:other-kind"), kind: "test.other" });
    await db.prisma.job.updateMany({ where: { dedupeKey: "up_1:b" }, data: { status: "done" } });

    expect(await cancelWhere(db.prisma, { kind: ECHO, keyPrefix: "up_1:" })).toBe(1);
    expect((await rows(db)).map((r) => [r.dedupeKey, r.status])).toEqual([
      ["UP_1:d", "pending"],
      ["upX1:c", "pending"],
      ["up_1:a", "cancelled"],
      ["up_1:b", "done"],
      ["up_1:other-kind", "pending"],
      ["up_2:e", "pending"],
    ]);
    expect(await cancelWhere(db.prisma, { keyPrefix: "up_1:" })).toBe(1);
    await expect(cancelWhere(db.prisma, { keyPrefix: "" })).rejects.toThrow("empty");
  });
});
