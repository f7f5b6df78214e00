/**
 * The bot's own HTTP listener over real HTTP on 127.0.0.1: health, readiness, Prometheus metrics
 * (commands by name and outcome, latency, jobs), and 404/405 for anything else.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob, enqueue } from "../../src/scheduler/index.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice } from "../support/gather.js";
import { listenerFor, opsGather, sample, type OpsGather } from "./support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";

describe.each(databases)("HTTP listener on $provider", (database) => {
  let db: Database;
  let g: OpsGather;
  let http: { url: string; close(): Promise<void> };
  let ready = false;

  beforeEach(async () => {
    db = await database.open();
    g = opsGather(db);
    ready = false;
    http = await listenerFor(db, g, () => ready);
  });
  afterEach(async () => {
    await http.close();
  });

  it("says alive at once, and ready only once the adapters have started", async () => {
    const health = await fetch(`${http.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok\n");

    const before = await fetch(`${http.url}/readyz`);
    expect(before.status).toBe(503);
    expect(await before.text()).toContain("adapters: not started");

    ready = true;
    const after = await fetch(`${http.url}/readyz`);
    expect(after.status).toBe(200);
    expect(await after.text()).toBe("ready\n");
  });

  it("serves commands by name and outcome, their latency, and job counts as Prometheus text", async () => {
    expect((await g.command(alice, "update", `Carers' choir | ${para}`)).only().kind).toBe("public");
    expect((await g.command(alice, "update", "nonsense-without-a-summary")).only().kind).toBe("private");
    await g.command(alice, "no-such-command", "");

    await enqueue(db.prisma, { kind: "no.such.kind", dueAt: g.clock.now(), payload: {}, dedupeKey: "orphan" });
    const scheduler = g.gather.createScheduler({ owner: "test" });
    expect(await scheduler.tick()).toMatchObject({ failed: 1 });
    await scheduler.stop();

    const response = await fetch(`${http.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(sample(text, 'gather_commands_total{command="update",outcome="ok"}')).toBe(1);
    expect(sample(text, 'gather_commands_total{command="update",outcome="refused"}')).toBe(1);
    // Unknown names are folded into one label: user input never becomes a series.
    expect(sample(text, 'gather_commands_total{command="unknown",outcome="refused"}')).toBe(1);
    expect(text).not.toContain("no-such-command");
    expect(sample(text, 'gather_command_duration_seconds_count{command="update"}')).toBe(2);
    expect(sample(text, 'gather_command_duration_seconds_bucket{le="+Inf",command="update"}')).toBe(2);
    expect(sample(text, 'gather_jobs_total{event="due"}')).toBe(1);
    expect(sample(text, 'gather_jobs_total{event="failed"}')).toBe(1);
    expect(sample(text, 'gather_jobs_total{event="sent"}')).toBe(0);
    expect(sample(text, "gather_jobs_due_pending")).toBe(0);
    expect(sample(text, 'gather_platform_rate_limited_total{platform="slack"}')).toBe(0);

    // The gauge: due and still pending after the tick, e.g. a job backing off before its retry.
    const failing = defineJob({
      kind: "test.fails",
      payload: z.object({}),
      run: async () => {
        throw new Error("the platform said no");
      },
    });
    await enqueue(db.prisma, { kind: "test.fails", dueAt: g.clock.now(), payload: {}, dedupeKey: "fails" });
    const second = g.gather.createScheduler({ owner: "second", jobs: [failing] });
    expect(await second.tick()).toMatchObject({ claimed: 1, retried: 1 });
    await second.stop();
    const after = await (await fetch(`${http.url}/metrics`)).text();
    expect(sample(after, "gather_jobs_due_pending")).toBe(1);
    expect(sample(after, 'gather_jobs_total{event="claimed"}')).toBe(1);
    expect(sample(after, 'gather_jobs_total{event="retried"}')).toBe(1);
  });

  it("counts two Gathers in one process separately (a registry each, not prom-client's global one)", async () => {
    const other = opsGather(db);
    await g.command(alice, "update", `Carers' choir | ${para}`);
    expect(sample(await g.metrics.text(), 'gather_commands_total{command="update",outcome="ok"}')).toBe(1);
    expect(sample(await other.metrics.text(), 'gather_commands_total{command="update",outcome="ok"}')).toBeUndefined();
  });

  it("answers 404 for unknown paths and 405 for a wrong method; HEAD works like GET without a body", async () => {
    expect((await fetch(`${http.url}/nope`)).status).toBe(404);
    expect((await fetch(`${http.url}/healthz`, { method: "POST" })).status).toBe(405);
    const head = await fetch(`${http.url}/healthz`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });
});
