import type { KnownBlock } from "@slack/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  bob,
  carol,
  general,
  postedTs,
  sentMessage,
  type ApiCall,
  type FakeChannel,
  type FakeUser,
} from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

function actionIdOf(blocks: readonly KnownBlock[], label: string): string {
  const button = buttonsOf(blocks).find((b) => b.text.text === label);
  if (!button?.action_id) throw new Error(`no “${label}” button`);
  return button.action_id;
}

const dmWith = (user: FakeUser): FakeChannel => ({
  id: `D${user.id.slice(1)}`,
  name: user.name,
  kind: "im",
  botIsMember: true,
});

const WHEN = "Friday 3 April 2026, 19:00–20:00 (Europe/London)";

/**
 * Meetings on Slack, end to end: real Bolt against the fake Slack, the real core and scheduler.
 * Carol, a workspace admin, schedules; Bob, a member, answers Going; the reminder reaches the
 * channel and Bob's DMs.
 */
describe("Slack meetings", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });
  afterEach(async () => {
    await h.stop();
  });

  const postsIn = (channel: FakeChannel) =>
    h.fake.api.calls.filter((c) => c.method === "chat.postMessage" && c.result.ok && c.args["channel"] === channel.id);

  /** `/meeting add …` as Carol, then Save on the echo: the card posted in #general. */
  async function scheduleMeeting(): Promise<ApiCall> {
    const add = h.fake.payloads.slashCommand("/meeting", "add Steering group | Friday 3 April 7pm | Town hall", {
      user: carol,
    });
    expect((await h.slack.slashCommand(add)).status).toBe(200);
    const echo = sentMessage(await h.fake.api.waitForResponse((r) => add.response_url.endsWith(`/${r.id}`)));
    expect(echo.responseType).toBe("ephemeral");
    expect(echo.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: en("meetings.confirm.title", { title: "Steering group" }), emoji: true },
    });
    expect(echo.text).toContain(WHEN);
    expect(buttonsOf(echo.blocks).map((b) => b.text.text)).toEqual(["Save", "Edit", "Cancel"]);

    const save = h.fake.payloads.buttonPress(actionIdOf(echo.blocks, "Save"), "0", { user: carol, ephemeral: true });
    expect((await h.slack.interaction(save)).status).toBe(200);
    const saved = await h.fake.api.waitForResponse((r) => save.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(saved)).toMatchObject({ replaceOriginal: true, text: en("meetings.saved", { number: 1 }) });
    return h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith("Steering group"),
    );
  }

  it("schedules with a confirm step, takes RSVPs by button, and reminds the channel and those going", async () => {
    const card = await scheduleMeeting();
    const meeting = await h.database.prisma.meeting.findFirstOrThrow();
    expect(meeting).toMatchObject({ number: 1, status: "scheduled", channelId: general.id });
    expect(buttonsOf(sentMessage(card).blocks).map((b) => [b.text.text, b.action_id])).toEqual([
      ["Going", `meeting.rsvp:${meeting.id}:once:g`],
      ["Maybe", `meeting.rsvp:${meeting.id}:once:m`],
      ["Can't", `meeting.rsvp:${meeting.id}:once:n`],
    ]);

    const going = h.fake.payloads.buttonPress(`meeting.rsvp:${meeting.id}:once:g`, postedTs(card), { user: bob });
    expect((await h.slack.interaction(going)).status).toBe(200);
    const thanks = sentMessage(await h.fake.api.waitForResponse((r) => going.response_url.endsWith(`/${r.id}`)));
    expect(thanks).toMatchObject({
      responseType: "ephemeral",
      text: en("meetings.rsvp.going", { title: "Steering group", when: WHEN }),
    });
    expect(await h.database.prisma.meetingRsvp.findMany()).toMatchObject([{ answer: "going", occurrence: "once" }]);

    // A day before, 19:00 on Thursday: the scheduler's tick sends the reminder.
    h.clock.set("2026-04-02T18:00:00Z");
    expect(await h.gather.createScheduler({ owner: "test" }).tick()).toMatchObject({ claimed: 1, done: 1 });
    const reminders = postsIn(general).filter((c) => sentMessage(c).text.startsWith("Reminder"));
    expect(reminders.map((c) => sentMessage(c).blocks[0])).toEqual([
      { type: "header", text: { type: "plain_text", text: "Reminder: Steering group", emoji: true } },
    ]);
    expect(buttonsOf(sentMessage(reminders[0] as ApiCall).blocks).map((b) => b.action_id)).toEqual([
      `meeting.rsvp:${meeting.id}:once:g`,
      `meeting.rsvp:${meeting.id}:once:m`,
      `meeting.rsvp:${meeting.id}:once:n`,
    ]);
    await h.fake.api.waitForCall("conversations.open", (c) => c.args["users"] === bob.id);
    expect(postsIn(dmWith(bob)).map((c) => sentMessage(c).blocks[0])).toEqual([
      { type: "header", text: { type: "plain_text", text: "Reminder: Steering group", emoji: true } },
    ]);
    expect(postsIn(dmWith(carol))).toEqual([]);
  });

  it("refuses a member who is not a coordinator, privately, and stores nothing", async () => {
    const add = h.fake.payloads.slashCommand("/meeting", "add Coffee | tomorrow 2pm", { user: bob });
    expect((await h.slack.slashCommand(add)).status).toBe(200);
    const reply = sentMessage(await h.fake.api.waitForResponse((r) => add.response_url.endsWith(`/${r.id}`)));
    expect(reply).toMatchObject({
      responseType: "ephemeral",
      text: en("error.role_required", { role: en("role.coordinator") }),
    });
    expect(await h.database.prisma.meeting.count()).toBe(0);
  });
});
