/**
 * Fault: PostgreSQL goes away and comes back. A TCP proxy between Gather and the shared test server
 * gives a real "down" period (connections cut, new ones refused) without stopping the server; and
 * pg_terminate_backend ends the server side of every connection, as a failover or restart does.
 * While it is down, commands get the friendly "try again" (never an internal-error reference), the
 * scheduler's tick and /readyz report it, nothing crashes; once it is back, all of it works again
 * without a restart.
 */
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/core/message.js";
import { translate } from "../../src/core/i18n/index.js";
import { openDatabase, type Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice, bob } from "../support/gather.js";
import { listenerFor, opsGather, sample, TcpProxy, throughProxy } from "./support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";
const tryAgain = translate("en", "error.database_unavailable");

const postgres = databases.filter((d) => d.provider === "postgresql");

describe.each(postgres)("PostgreSQL dropped and restored", (database) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** A migrated database reached through a proxy; Gather's client connects only through the proxy. */
  async function behindProxy(): Promise<{ url: string; proxy: TcpProxy; db: Database }> {
    const url = await database.createEmpty();
    const direct = new URL(url);
    await (await openDatabase({ url })).close(); // migrate, directly
    const proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) });
    const db = await openDatabase({ url: throughProxy(url, proxy), migrate: false });
    cleanups.push(async () => {
      await proxy.up();
      await db.close();
      await proxy.down();
    });
    return { url, proxy, db };
  }

  it("answers 'try again' while the proxy is down, and recovers without a restart when it is back", async () => {
    const { proxy, db } = await behindProxy();
    const g = opsGather(db);
    const http = await listenerFor(db, g);
    cleanups.push(() => http.close());
    const scheduler = g.gather.createScheduler({ owner: "A" });
    cleanups.push(() => scheduler.stop());

    expect((await g.command(alice, "update", `Carers' choir | ${para}`)).only().kind).toBe("public");
    expect((await fetch(`${http.url}/readyz`)).status).toBe(200);

    await proxy.down();
    for (const actor of [alice, bob, alice]) {
      const reply = (await g.command(actor, "update", `Another | ${para}`)).only();
      expect(reply.kind).toBe("private");
      if (reply.kind === "private") expect(plainText(reply.message.text ?? "")).toBe(tryAgain);
    }
    // The tick logs and carries on; readiness says no; liveness still yes (do not restart it).
    expect(await scheduler.tick()).toMatchObject({ claimed: 0, failed: 0 });
    const notReady = await fetch(`${http.url}/readyz`);
    expect(notReady.status).toBe(503);
    expect(await notReady.text()).toContain("database: unreachable");
    expect((await fetch(`${http.url}/healthz`)).status).toBe(200);

    await proxy.up();
    expect((await g.command(bob, "update", `Back again | ${para}`)).only().kind).toBe("public");
    expect((await fetch(`${http.url}/readyz`)).status).toBe(200);
    expect(await scheduler.tick()).toMatchObject({ failed: 0 });

    expect((await db.prisma.projectUpdate.findMany({ orderBy: { number: "asc" } })).map((u) => u.title)).toEqual([
      "Carers' choir",
      "Back again",
    ]);
    const metrics = await g.metrics.text();
    expect(sample(metrics, 'gather_commands_total{command="update",outcome="unavailable"}')).toBe(3);
    expect(sample(metrics, 'gather_commands_total{command="update",outcome="ok"}')).toBe(2);
    expect(sample(metrics, 'gather_commands_total{command="update",outcome="error"}')).toBeUndefined();
  });

  it("survives pg_terminate_backend of every connection: at most the next command says 'try again'", async () => {
    const { url, db } = await behindProxy();
    const g = opsGather(db);
    expect((await g.command(alice, "update", `Carers' choir | ${para}`)).only().kind).toBe("public");

    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    cleanups.push(() => admin.end());
    const name = new URL(url).pathname.slice(1);
    const killed = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()",
      [name],
    );
    expect(killed.rowCount).toBeGreaterThan(0);

    const outcomes: string[] = [];
    for (let i = 0; i < 3; i++) {
      const reply = (await g.command(alice, "update", `Update ${i} | ${para}`)).only();
      outcomes.push(
        reply.kind === "public" ? "ok" : plainText(reply.kind === "private" ? (reply.message.text ?? "") : ""),
      );
    }
    // Every answer is either the post or the friendly message; the last is a post.
    expect(outcomes.every((o) => o === "ok" || o === tryAgain)).toBe(true);
    expect(outcomes.at(-1)).toBe("ok");
    expect(outcomes.filter((o) => o === tryAgain).length).toBeLessThanOrEqual(1);
    const metrics = await g.metrics.text();
    expect(sample(metrics, 'gather_commands_total{command="update",outcome="error"}')).toBeUndefined();
  });
});
