import { afterEach, describe, expect, it } from "vitest";
import { createDiscordAdapter } from "../../../adapters/discord/index.js";
import type { Invocation } from "../../../src/core/invocation.js";
import { translate } from "../../../src/core/i18n/index.js";
import { messageOf, startFakeDiscord } from "../../fakes/discord/index.js";
import { LogLines, startHarness, watchUnhandledRejections } from "./harness.js";

/** Starting, staying connected and stopping: the gateway's side of the adapter. */

const rejections = watchUnhandledRejections();
afterEach(() => {
  expect(rejections.seen).toEqual([]);
});

/** Kinds of resource keeping the event loop alive (sockets, servers, timers), counted. */
function activeResources(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) counts[kind] = (counts[kind] ?? 0) + 1;
  return counts;
}

/**
 * Asserts nothing was left keeping the process alive: no kind of resource
 * is more numerous than before. Closed handles leave libuv's list on a later
 * turn of the event loop, so a few turns are allowed (turns, not time).
 */
async function expectNothingLeftSince(before: Record<string, number>): Promise<void> {
  const extra = () => Object.entries(activeResources()).filter(([kind, n]) => n > (before[kind] ?? 0));
  for (let turn = 0; turn < 20 && extra().length > 0; turn++) await new Promise((resolve) => setImmediate(resolve));
  expect(Object.fromEntries(extra())).toEqual({});
}

describe("the Discord adapter's lifecycle", () => {
  it("finds the gateway through GET /gateway/bot on the configured API, and stops leaving nothing open", async () => {
    const h = await startHarness({ connect: false });
    try {
      const before = activeResources();
      await h.adapter.start();
      expect(h.fake.requests.filter((r) => r.path === "/gateway/bot")).toHaveLength(1);
      expect(h.fake.gateway.sessions).toBe(1);
      expect(h.adapter.description).toBe(`Discord (guild ${h.fake.world.guild.id})`);
      const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
      await h.fake.callback(sent);

      await h.adapter.stop();
      // The client has closed its socket; the server notices a moment later (on a busy machine, later).
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("the gateway session did not close within 5 s")), 5000);
        const check = () => {
          if (h.fake.gateway.sessions !== 0) return;
          clearTimeout(timer);
          stop();
          resolve();
        };
        const stop = h.fake.gateway.onChange(check);
        check();
      });
      // With the server's side of idle keep-alive connections gone, only what the client left open would remain.
      await h.fake.dropIdleConnections();
      await expectNothingLeftSince(before);
    } finally {
      await h.stop();
    }
    expect(h.logs.problems()).toEqual([]);
  });

  it("keeps the connection alive: heartbeats are sent and acknowledged", async () => {
    const h = await startHarness();
    try {
      // HELLO asks for a heartbeat every second; the first comes after a random part of that.
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error("no heartbeat within 5 s")), 5000);
        const check = () => {
          if (h.fake.gateway.heartbeats === 0) return;
          clearTimeout(timer);
          stop();
          resolve();
        };
        const stop = h.fake.gateway.onChange(check);
        check();
      });
      expect(h.fake.gateway.sessions).toBe(1);
    } finally {
      await h.stop();
    }
    expect(h.logs.problems()).toEqual([]);
  });

  it("lets an interaction in progress finish before disconnecting", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let started: () => void = () => undefined;
    const begun = new Promise<void>((resolve) => (started = resolve));
    const h = await startHarness({
      wrap: (gather) => ({
        registry: gather.registry,
        dispatcher: {
          handle: async (invocation: Invocation) => {
            started();
            await held;
            await gather.dispatcher.handle(invocation);
          },
          busy: (command: string) => gather.dispatcher.busy(command),
        },
      }),
    });
    const sent = h.fake.runCommand({ member: h.fake.world.members.bob, command: "gather", subcommand: "help" });
    await begun;
    const stopping = h.stop();
    release();
    await stopping;
    // The answer went out, and was accepted, before the client was destroyed.
    expect((await h.fake.callback(sent, 0)).status).toBe(204);
    expect(h.logs.problems()).toEqual([]);
  });

  it("answers a command 'busy' at once when its queue is full; the queued ones still finish", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let handled = 0;
    // One handler at a time and one waiting; the first is held inside the core.
    const h = await startHarness({
      queue: { limit: 1, maxWaiting: 1 },
      wrap: (gather) => ({
        registry: gather.registry,
        dispatcher: {
          handle: async (invocation: Invocation) => {
            if (handled++ === 0) await held;
            await gather.dispatcher.handle(invocation);
          },
          busy: (command: string) => gather.dispatcher.busy(command),
        },
      }),
    });
    try {
      const bob = h.fake.world.members.bob;
      const help = () => h.fake.runCommand({ member: bob, command: "gather", subcommand: "help" });
      const [running, queued, turnedAway] = [help(), help(), help()];

      const busy = await h.fake.callback(turnedAway);
      expect(busy.status).toBe(204);
      expect(messageOf(busy)).toMatchObject({ content: translate("en", "error.busy"), flags: 64 });
      expect(handled).toBe(1); // the third never reached the core

      release();
      for (const sent of [running, queued]) expect((await h.fake.callback(sent)).status).toBe(204);
      expect(handled).toBe(2);
    } finally {
      await h.stop();
    }
    expect(h.logs.problems()).toEqual([]);
  });

  it("fails to start with a wrong token, and leaves nothing running", async () => {
    const before = activeResources();
    const fake = await startFakeDiscord();
    const logs = new LogLines();
    const adapter = createDiscordAdapter({
      config: { botToken: "wrong.token.here", applicationId: undefined, guildId: undefined, apiUrl: fake.apiUrl },
      gather: {
        registry: { commands: [] } as never,
        dispatcher: { handle: async () => undefined, busy: () => "busy" },
      },
      logger: logs.logger,
    });
    try {
      await expect(adapter.start()).rejects.toThrow(/token/i);
      expect(fake.requests.filter((r) => r.path === "/gateway/bot")).toMatchObject([{ status: 401 }]);
    } finally {
      await adapter.stop();
      await fake.close();
    }
    await expectNothingLeftSince(before);
  });
});
