/**
 * Fault: PostgreSQL reachable but not answering (a TCP proxy that accepts and forwards nothing, on
 * open and new connections alike). Every command is answered "I can't reach my records just now"
 * within 3 s of the request, measured with the real clock; a job due during the black hole runs
 * once it lifts; commands work again without a restart.
 */
import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/core/message.js";
import { translate } from "../../src/core/i18n/index.js";
import { COMMAND_DEADLINE_MS, DATABASE_PROBE_MS } from "../../src/core/deadline.js";
import { openDatabase, type Database } from "../../src/db/index.js";
import { defineJob } from "../../src/scheduler/handlers.js";
import { enqueue } from "../../src/scheduler/jobs.js";
import { z } from "zod";
import { databases } from "../support/db.js";
import { alice, bob } from "../support/gather.js";
import { opsGather, TcpProxy, throughProxy } from "./support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";
const tryAgain = translate("en", "error.database_unavailable");
const postgres = databases.filter((d) => d.provider === "postgresql");

describe.each(postgres)("PostgreSQL black-holed", (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function behindProxy(): Promise<{ proxy: TcpProxy; db: Database }> {
    const url = await database.createEmpty();
    const direct = new URL(url);
    await (await openDatabase({ url })).close(); // migrate, directly
    const proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
    const db = await openDatabase({ url: throughProxy(url, proxy), migrate: false });
    cleanups.push(async () => {
      proxy.lift();
      await db.close();
      await proxy.down();
    });
    return { proxy, db };
  }

  it("answers 3 of 3 commands within 3 s while it hangs; a job due meanwhile runs once it lifts", async () => {
    const { proxy, db } = await behindProxy();
    const g = opsGather(db);
    const ran: string[] = [];
    const ping = defineJob({
      kind: "test.ping",
      payload: z.object({ n: z.number() }),
      run: async (ctx, payload) => {
        await ctx.db.network.count(); // reads the database, so it hangs with it
        ran.push(`ping ${payload.n}`);
      },
    });
    const scheduler = g.gather.createScheduler({ owner: "A", jobs: [ping] });
    cleanups.push(() => scheduler.stop());

    expect((await g.command(alice, "update", `Carers' choir | ${para}`)).only().kind).toBe("public");
    const dueAt = new Date(g.clock.now().getTime() + 60_000);
    await enqueue(db.prisma, { kind: "test.ping", dueAt, payload: { n: 1 }, dedupeKey: "ping-1" });

    proxy.blackHole();
    g.clock.advance(120_000); // the job falls due during the black hole
    const tick = scheduler.tick(); // hangs on the database, then gives up; nothing is lost
    const took: number[] = [];
    for (const actor of [alice, bob, alice]) {
      const started = performance.now();
      const reply = (await g.command(actor, "update", `Another | ${para}`)).only();
      took.push(performance.now() - started);
      expect(reply.kind).toBe("private");
      if (reply.kind === "private") expect(plainText(reply.message.text ?? "")).toBe(tryAgain);
    }
    // Each waited on the hung database (no instant answer), and none past 3 s.
    expect(took.every((ms) => ms > 1000 && ms < 3000)).toBe(true);
    expect(Math.max(...took)).toBeLessThanOrEqual(COMMAND_DEADLINE_MS + DATABASE_PROBE_MS + 100);
    expect(ran).toEqual([]);

    proxy.lift();
    await tick;
    // The next tick (or this one, if its claim got through once the proxy forwarded again) runs it.
    for (let i = 0; i < 5 && ran.length === 0; i++) await scheduler.tick();
    expect(ran).toEqual(["ping 1"]);
    expect(await db.prisma.job.findFirstOrThrow({ where: { kind: "test.ping" } })).toMatchObject({ status: "done" });

    // No restart: commands work again, and what was answered "try again" was not stored.
    expect((await g.command(bob, "update", `Back again | ${para}`)).only().kind).toBe("public");
    const titles = (await db.prisma.projectUpdate.findMany({ orderBy: { number: "asc" } })).map((u) => u.title);
    expect(titles).toEqual(["Carers' choir", "Back again"]);
  }, 60_000);
});
