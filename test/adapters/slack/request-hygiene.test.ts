import { afterEach, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../../src/db/index.js";
import { databases } from "../../support/db.js";
import { general, sentMessage } from "../../fakes/slack/index.js";
import { startHarness, type SlackHarness } from "./harness.js";

/** Seconds since the epoch, as Slack signs them. */
const nowSeconds = () => Math.floor(Date.now() / 1000);
const ASK = "Lift to the food bank | Thursday morning | #transport";

describe("Slack request hygiene over HTTP", () => {
  const running: SlackHarness[] = [];
  const start = async (database?: Database) => {
    const h = await startHarness("http", database ? { database } : {});
    running.push(h);
    return h;
  };

  afterEach(async () => {
    for (const h of running.splice(0)) await h.stop();
  });

  const asks = (h: SlackHarness) => h.database.prisma.helpRequest.count();

  it("processes a replayed signed request once: the copy is refused (401) and one ask is stored", async () => {
    const h = await start();
    const payload = h.fake.payloads.slashCommand("/ask", ASK);
    const timestamp = nowSeconds();

    const first = await h.slack.slashCommand(payload, { timestamp });
    await h.fake.api.waitForCall("chat.postMessage");
    const copy = await h.slack.slashCommand(payload, { timestamp });

    expect(first.status).toBe(200);
    expect(copy.status).toBe(401);
    expect(await asks(h)).toBe(1);
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
  });

  it.each([
    ["6 minutes in the future", 6 * 60],
    ["6 minutes in the past", -6 * 60],
  ])("refuses a correctly signed request timestamped %s (401), storing nothing", async (_when, offset) => {
    const h = await start();
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/ask", ASK), {
      timestamp: nowSeconds() + offset,
    });
    expect(answer.status).toBe(401);
    expect(await asks(h)).toBe(0);
    expect(await h.database.prisma.member.count()).toBe(0);
  });

  it("accepts a timestamp 4 minutes ahead (inside Slack's window)", async () => {
    const h = await start();
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/ask", ASK), {
      timestamp: nowSeconds() + 4 * 60,
    });
    expect(answer.status).toBe(200);
    sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(await asks(h)).toBe(1);
  });

  it("refuses a 2 MiB signed body with 413 before parsing it: no member, no ask", async () => {
    const h = await start();
    const big = h.fake.payloads.slashCommand("/ask", `Huge | ${"x".repeat(2 * 1024 * 1024)}`);
    const answer = await h.slack.slashCommand(big);
    expect(answer.status).toBe(413);
    expect(await h.database.prisma.member.count()).toBe(0);
    expect(await asks(h)).toBe(0);
  });

  describe.each(databases.map((d) => [d.provider, d] as const))("two instances on one %s database", (_p, db) => {
    it("refuses at the second instance a copy of a request the first handled", async () => {
      // Two clients on one database, as two processes would have: the second opens it already migrated.
      const url = await db.createEmpty();
      const one = await openDatabase({ url });
      const two = await openDatabase({ url, migrate: false });
      try {
        const a = await start(one);
        const b = await start(two);
        const payload = a.fake.payloads.slashCommand("/ask", ASK, { channel: general });
        const timestamp = nowSeconds();

        expect((await a.slack.slashCommand(payload, { timestamp })).status).toBe(200);
        await a.fake.api.waitForCall("chat.postMessage");
        // The first instance done with it (and off SQLite's write lock): the second's check is then
        // the database's answer, not the 1 s give-up of a busy database.
        await a.adapter.stop();
        expect((await b.slack.slashCommand(payload, { timestamp })).status).toBe(401);

        expect(await one.prisma.helpRequest.count()).toBe(1);
        expect(b.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(0);
      } finally {
        for (const h of running.splice(0)) await h.stop();
        await one.close();
        await two.close();
      }
    });
  });
});

describe("Slack request hygiene when the replay check cannot answer", () => {
  let h: SlackHarness | undefined;

  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it.each([
    ["hangs", () => new Promise<boolean>(() => undefined)],
    ["fails", () => Promise.reject(new Error("database unreachable"))],
  ])("handles the request anyway when the store %s, acking within Slack's 3 seconds", async (_how, firstSeen) => {
    h = await startHarness("http", { seenRequests: { firstSeen } });
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/ask", ASK));
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(3_000);
    await h.fake.api.waitForCall("chat.postMessage");
    expect(await h.database.prisma.helpRequest.count()).toBe(1);
  });
});

describe("Slack request hygiene over HTTP, while overloaded (the 'busy' fast path)", () => {
  let h: SlackHarness | undefined;

  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("refuses a timestamp 6 minutes in the future with 401, never 'busy'", async () => {
    h = await startHarness("http", { queue: { limit: 1, maxWaiting: 1 } });
    const release = h.fake.api.hold("users.info");
    for (const title of ["Running", "Queued"])
      await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", `${title} | One paragraph`));
    const busy = await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", "Busy | One paragraph"));
    const future = await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", "Future | One paragraph"), {
      timestamp: nowSeconds() + 6 * 60,
    });

    expect(busy.body).toContain("busy");
    expect(future.status).toBe(401);
    release();
    await h.fake.api.calls.waitFor(
      (c) => c.method === "chat.postMessage" && sentMessage(c).text.startsWith("Queued"),
      "the queued card",
    );
    expect(await h.database.prisma.projectUpdate.count()).toBe(2);
  });
});

describe("Slack request hygiene over Socket Mode", () => {
  let h: SlackHarness | undefined;

  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it("acks an envelope Slack redelivers, but stores one ask and posts one card", async () => {
    h = await startHarness("socket");
    const payload = h.fake.payloads.slashCommand("/ask", ASK);
    const first = await h.fake.socket.deliver("slash_commands", payload);
    await h.fake.api.waitForCall("chat.postMessage");
    const again = await h.fake.socket.deliver("slash_commands", payload, undefined, {
      envelopeId: first.envelopeId,
      attempt: 1,
    });

    expect(again.envelopeId).toBe(first.envelopeId);
    // A fresh envelope is still processed: only the copy was dropped.
    await h.fake.socket.deliver("slash_commands", h.fake.payloads.slashCommand("/ask", "Second ask | Details"));
    await h.fake.api.calls.waitFor(
      (c) => c.method === "chat.postMessage" && sentMessage(c).text.startsWith("Second ask"),
      "the second card",
    );
    expect(await h.database.prisma.helpRequest.count()).toBe(2);
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(2);
  });
});
