/**
 * sendOnce, the record behind every job's fan-out: "sent" is skipped with its stored result,
 * "sending" (a run that died mid-send) is repeated, a send that throws leaves no record, and a DM
 * that reached nobody is not taken for sent.
 */
import { describe, expect, it } from "vitest";
import { onceDelivery, sendOnce } from "../../src/delivery/once.js";
import type { Delivery } from "../../src/core/delivery.js";
import { databases } from "../support/db.js";

describe.each(databases)("sendOnce on $provider", (database) => {
  async function jobRun() {
    const db = (await database.open()).prisma;
    const job = await db.job.create({
      data: { kind: "test.fan-out", dueAt: new Date("2026-03-02T09:00:00Z"), dedupeKey: "fan-out:1" },
    });
    return { db, run: { jobId: job.id, runAt: job.dueAt } };
  }

  it("sends once per recipient and returns what the first send returned", async () => {
    const { db, run } = await jobRun();
    let sends = 0;
    const send = async () => ({ n: ++sends });
    expect(await sendOnce(db, run, "member:m1#1", send)).toEqual({ sent: "now", result: { n: 1 } });
    expect(await sendOnce(db, run, "member:m1#1", send)).toEqual({ sent: "before", result: { n: 1 } });
    expect(await sendOnce(db, run, "member:m2#1", send)).toEqual({ sent: "now", result: { n: 2 } });
    // Another run of the same job (moved to a new time) sends afresh.
    expect(await sendOnce(db, { ...run, runAt: new Date("2026-03-03T09:00:00Z") }, "member:m1#1", send)).toEqual({
      sent: "now",
      result: { n: 3 },
    });
  });

  it("repeats a send left 'sending' by a run that died; a send that throws leaves nothing behind", async () => {
    const { db, run } = await jobRun();
    await db.jobDelivery.create({ data: { ...run, recipient: "member:m1#1", status: "sending" } });
    expect(await sendOnce(db, run, "member:m1#1", async () => "again")).toEqual({ sent: "now", result: "again" });
    await expect(
      sendOnce(db, run, "member:m2#1", async () => {
        throw new Error("platform down");
      }),
    ).rejects.toThrow("platform down");
    expect(
      (await db.jobDelivery.findMany({ orderBy: { recipient: "asc" } })).map((r) => [r.recipient, r.status]),
    ).toEqual([["member:m1#1", "sent"]]);
  });

  it("onceDelivery: names the n-th send to a target; a DM that reached nobody is tried again next run", async () => {
    const { db, run } = await jobRun();
    const calls: string[] = [];
    let closed = true;
    const inner: Delivery = {
      toMember: async (memberId) => {
        calls.push(memberId);
        return closed
          ? { via: "none", reason: "dm_failed" }
          : { via: "dm", ref: { channelId: "D", messageId: memberId } };
      },
      toChannel: async (_space, channelId) => {
        calls.push(channelId);
        return { channelId, messageId: `m${calls.length}` };
      },
      edit: async () => undefined,
    };
    const first = onceDelivery(db, run, inner);
    await first.toChannel("s1", "C1", { text: "a" });
    await first.toChannel("s1", "C1", { text: "b" }); // a second message to the same channel is its own send
    expect(await first.toMember("m1", { text: "hi" })).toEqual({ via: "none", reason: "dm_failed" });

    closed = false;
    const second = onceDelivery(db, run, inner); // the re-run
    expect(await second.toChannel("s1", "C1", { text: "a" })).toEqual({ channelId: "C1", messageId: "m1" });
    expect(await second.toChannel("s1", "C1", { text: "b" })).toEqual({ channelId: "C1", messageId: "m2" });
    expect(await second.toMember("m1", { text: "hi" })).toMatchObject({ via: "dm" });
    expect(calls).toEqual(["C1", "C1", "m1", "m1"]);
  });
});
