/**
 * Reminders survive a restart: a meeting is scheduled by one process, the process stops, a new
 * one starts on the same database (its own client, its own scheduler) after several reminders
 * fell due. Each reminder goes out once; a late one says "(delayed)"; one too late is skipped and
 * the coordinators are told.
 */
import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { alice, bob, gatherOn } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import { RecordingResponder } from "../support/responder.js";
import { sharedDatabase } from "../scheduler/support.js";
import type { Gather } from "../../src/app.js";
import type { Actor } from "../../src/core/invocation.js";

async function command(gather: Gather, actor: Actor, text: string): Promise<RecordingResponder> {
  const responder = new RecordingResponder();
  await gather.dispatcher.handle({
    kind: "command",
    actor,
    channelId: "C-test",
    command: "meeting",
    input: { kind: "text", text },
    responder,
  });
  return responder;
}

async function press(gather: Gather, actor: Actor, customId: string): Promise<RecordingResponder> {
  const responder = new RecordingResponder();
  await gather.dispatcher.handle({ kind: "action", actor, channelId: "C-test", customId, responder });
  return responder;
}

const actionsOf = (r: RecordingResponder, i = 0) => {
  const sent = r.sent[i];
  if (!sent || sent.kind === "form") throw new Error("expected a message");
  return (sent.message.actions ?? []).map((a) => a.id);
};

describe.each(databases)("meeting reminders across a restart on $provider", (database) => {
  it("each reminder is sent exactly once; late ones are marked, too-late ones skipped and reported", async () => {
    const [first, second] = await sharedDatabase(database, 2);
    if (!first || !second) throw new Error("two clients expected");

    // The first process: Alice schedules a meeting for Thursday 10 September, 14:00 London.
    const clockA = new ManualClock("2026-09-01T10:00:00Z");
    const a = gatherOn(first, clockA);
    const sentA = new RecordingMessenger("slack");
    a.messengers.register(sentA);
    await command(a, alice, "list");
    await first.prisma.member.updateMany({ where: { displayName: "Alice" }, data: { role: "coordinator" } });
    const echo = await command(a, alice, "add Steering group | 10 September 2pm | Town hall");
    const saved = await press(a, alice, actionsOf(echo)[0] as string);
    await press(a, bob, actionsOf(saved, 1)[0] as string); // Bob is going
    const meeting = await first.prisma.meeting.findFirstOrThrow();
    expect(textOf(await command(a, alice, "reminders 1 1w 1d 12h 1h"))).toBe(
      "Reminders for meeting #1: 1w 1d 12h 1h before.",
    );
    const schedulerA = a.createScheduler({ owner: "A" });
    expect(await schedulerA.tick()).toMatchObject({ claimed: 0 });
    await schedulerA.stop(); // the process stops

    // Down for a week. The second process starts on 10 September at 03:00 (UTC): the week's and
    // the day's reminders are beyond grace (12 hours), the 12-hour one (01:00) is two hours late.
    const clockB = new ManualClock("2026-09-10T03:00:00Z");
    const b = gatherOn(second, clockB);
    const sentB = new RecordingMessenger("slack");
    b.messengers.register(sentB);
    const schedulerB = b.createScheduler({ owner: "B" });
    expect(await schedulerB.tick()).toMatchObject({ claimed: 1, done: 1, skipped: 2 });
    expect(await schedulerB.tick()).toMatchObject({ claimed: 0, skipped: 0 });

    const reminderTitles = () => sentB.posts("C-test").map((m) => m.title);
    expect(reminderTitles()).toEqual(["Reminder: Steering group (delayed)"]);
    expect(sentB.dms("U-bob").map((m) => m.title)).toEqual(["Reminder: Steering group (delayed)"]);
    // A tick runs its claimed jobs side by side: the two notices may arrive in either order.
    const told = sentB
      .dms("U-alice")
      .map((m) => plainText(m.text))
      .sort();
    expect(told).toEqual([
      "Gather was offline for too long, so this scheduled message was not sent: meeting.remind, due 2026-09-03T13:00:00.000Z",
      "Gather was offline for too long, so this scheduled message was not sent: meeting.remind, due 2026-09-09T13:00:00.000Z",
    ]);

    // On time from here: the hour's reminder, once, even with both processes ticking.
    clockA.set("2026-09-10T12:00:00Z");
    clockB.set("2026-09-10T12:00:00Z");
    const again = a.createScheduler({ owner: "A2" });
    const results = await Promise.all([schedulerB.tick(), again.tick()]);
    expect(results.reduce((n, r) => n + r.done, 0)).toBe(1);
    // Either instance may win the claim: compare what was posted, not which messenger posted it first.
    const posted = [...sentA.posts("C-test"), ...sentB.posts("C-test")].map((m) => m.title).sort();
    expect(posted).toEqual(["Reminder: Steering group", "Reminder: Steering group (delayed)"]);
    expect([...sentA.dms("U-bob"), ...sentB.dms("U-bob")]).toHaveLength(2);
    await again.stop();
    await schedulerB.stop();

    const jobs = await second.prisma.job.findMany({
      where: { dedupeKey: { startsWith: `meeting.remind:${meeting.id}:` }, status: { not: "cancelled" } },
      orderBy: { dueAt: "asc" },
    });
    expect(jobs.map((j) => [j.dueAt.toISOString(), j.status, j.attempts])).toEqual([
      ["2026-09-03T13:00:00.000Z", "skipped", 0],
      ["2026-09-09T13:00:00.000Z", "skipped", 0],
      ["2026-09-10T01:00:00.000Z", "done", 1],
      ["2026-09-10T12:00:00.000Z", "done", 1],
    ]);
  });
});

function textOf(r: RecordingResponder): string {
  const sent = r.sent[0];
  if (!sent || sent.kind === "form") throw new Error("expected a message");
  return plainText(sent.message.text);
}
