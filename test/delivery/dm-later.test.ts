/**
 * A DM a command causes (here: coordinators alerted of a late cancellation) that the platform
 * refuses becomes a delivery.dm job, retried with back-off, and reaches the member once when the
 * platform takes it again.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { LATER_DM_JOB } from "../../src/delivery/outbox.js";
import { databases } from "../support/db.js";
import { alice, testGather } from "../support/gather.js";
import { sendAndSave } from "../support/shifts.js";

const carol: Actor = { ...alice, userExternalId: "U-carol", displayName: "Carol" };
const LATE = "Late cancellation: shift #1 Front desk starts within 24 hours";

describe.each(databases)("a refused DM from a command, on $provider", (database) => {
  it("is retried by a job and delivered once when DMs work again", async () => {
    const t = testGather(await database.open());
    await t.command(carol, "shift", "list");
    await t.db.member.updateMany({ where: { displayName: "Carol" }, data: { role: "coordinator" } });
    await sendAndSave(t, carol, "add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1");
    await t.command(alice, "shift", "signup 1");
    t.clock.set("2026-04-03T20:00:00Z"); // 13 hours before: coordinators are alerted at once

    t.sent.slack.closedDms.add(carol.userExternalId);
    await t.command(alice, "shift", "cover 1 Car broke down");
    expect(t.sent.slack.dms(carol.userExternalId)).toEqual([]);
    const job = await t.db.job.findFirstOrThrow({ where: { kind: LATER_DM_JOB } });

    expect(await t.tick()).toMatchObject({ retried: 1 }); // still refused (other jobs due may run too)
    t.sent.slack.closedDms.delete(carol.userExternalId);
    const retry = await t.db.job.findUniqueOrThrow({ where: { id: job.id } });
    t.clock.set((retry.leaseExpiresAt as Date).toISOString());
    await t.tick();
    expect(await t.db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ status: "done", attempts: 2 });
    t.clock.advance(3_600_000);
    await t.tick();
    expect(t.sent.slack.dms(carol.userExternalId).map((m) => m.title)).toEqual([LATE]);
  });
});
