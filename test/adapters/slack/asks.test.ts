import type { KnownBlock } from "@slack/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  alice,
  bob,
  general,
  inputBlocks,
  openedView,
  postedTs,
  sentMessage,
  type ApiCall,
  type FakeChannel,
  type FakeUser,
} from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

/** Slack shows the member an error when it hears nothing within 3 seconds. */
const SLACK_ACK_DEADLINE_MS = 3_000;

const ASK = "Need a lift to the hospital | Tuesday 10am, from Llanelli | #transport urgent";
const WHAT = "Need a lift to the hospital";

/** The buttons of a message's blocks, in order. */
/** The action_id of the button labelled `label` in a message's blocks. */
function actionIdOf(blocks: readonly KnownBlock[], label: string): string {
  const buttons = buttonsOf(blocks);
  const button = buttons.find((b) => b.text.text === label);
  if (!button?.action_id) throw new Error(`no “${label}” button among ${buttons.map((b) => b.text.text).join(", ")}`);
  return button.action_id;
}

/** The bot's DM with `user`, as the fake opens it (conversations.open). */
const dmWith = (user: FakeUser): FakeChannel => ({
  id: `D${user.id.slice(1)}`,
  name: user.name,
  kind: "im",
  botIsMember: true,
});

describe("Slack help requests", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  const storedAsks = () => h.database.prisma.helpRequest.findMany();

  /** `/ask <text>` as Alice in #general: acked in time, and the card it posts. */
  async function postAsk(): Promise<ApiCall> {
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/ask", ASK));
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    return h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith(WHAT),
    );
  }

  /** Successful chat.postMessage calls into `channel`. */
  const postsIn = (channel: FakeChannel) =>
    h.fake.api.calls.filter((c) => c.method === "chat.postMessage" && c.result.ok && c.args["channel"] === channel.id);

  it("/ask posts a card with its tags, urgency and three buttons, and stores the ask", async () => {
    const card = sentMessage(await postAsk());
    const [stored, ...others] = await storedAsks();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      number: 1,
      what: WHAT,
      details: "Tuesday 10am, from Llanelli",
      tags: JSON.stringify(["transport"]),
      urgency: "urgent",
      status: "open",
      channelId: general.id,
    });

    expect(card.channel).toBe(general.id);
    expect(card.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: WHAT, emoji: true } });
    expect(card.blocks).toContainEqual({
      type: "section",
      fields: [
        { type: "mrkdwn", text: `*${en("update.card.tags")}*\n#transport` },
        { type: "mrkdwn", text: `*${en("asks.opt.urgency")}*\n${en("asks.urgency.urgent")}` },
      ],
    });
    expect(buttonsOf(card.blocks).map((b) => [b.text.text, b.action_id])).toEqual([
      [en("update.button.help"), `help.offer:${stored?.id}`],
      [en("asks.button.resolved"), `help.resolve:${stored?.id}`],
      [en("asks.button.close"), `help.close:${stored?.id}`],
    ]);
  });

  it("“I can help”: the asker is DMed a Choose button, the channel sees the offer, the helper is thanked; choosing DMs the helper", async () => {
    const card = await postAsk();
    const offer = actionIdOf(sentMessage(card).blocks, en("update.button.help"));
    expect(offer).toMatch(/^help\.offer:/);

    const press = h.fake.payloads.buttonPress(offer, postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);

    // The thanks comes last (after the DM and the public note), on the press's own response_url.
    const thanks = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(thanks)).toMatchObject({
      responseType: "ephemeral",
      text: en("asks.offer.thanks", { number: 1 }),
    });
    expect(thanks.body["replace_original"]).toBe(false); // the card stays

    // Alice is told by DM, with a button to choose Bob.
    const opened = await h.fake.api.waitForCall("conversations.open", (c) => c.args["users"] === alice.id);
    const aliceDm = dmWith(alice);
    expect((opened.result["channel"] as { id: string }).id).toBe(aliceDm.id);
    const toAlice = postsIn(aliceDm);
    expect(toAlice.map((c) => sentMessage(c).text)).toEqual([
      `${en("asks.offer.to_asker", { number: 1, what: WHAT })} <@${bob.id}>`,
    ]);
    const dmToAlice = toAlice[0] as ApiCall;
    const choose = actionIdOf(sentMessage(dmToAlice).blocks, en("asks.button.choose", { name: bob.name }));
    expect(choose).toMatch(/^help\.choose:/);

    // Helping is as visible as asking: a public post in the ask's channel (the bot is in it).
    const publicNote = postsIn(general).filter((c) => c !== card);
    expect(publicNote.map((c) => sentMessage(c).text)).toEqual([
      `<@${bob.id}> ${en("asks.offer.public", { number: 1, what: WHAT })}`,
    ]);

    expect(await h.database.prisma.helpOffer.findMany()).toMatchObject([{ chosen: false }]);
    expect(await storedAsks()).toMatchObject([{ status: "offered" }]);

    // Alice chooses Bob from her DM: Bob is told by DM whom to talk to.
    const chosen = h.fake.payloads.buttonPress(choose, postedTs(dmToAlice), { user: alice, channel: aliceDm });
    expect((await h.slack.interaction(chosen)).status).toBe(200);

    const done = await h.fake.api.waitForResponse((r) => chosen.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(done)).toMatchObject({ replaceOriginal: true, text: en("asks.choose.done", { number: 1 }) });
    // The DM goes out once Alice has her answer: wait for it.
    await h.fake.api.waitForCall("chat.postMessage", (c) => c.args["channel"] === dmWith(bob).id);
    expect(postsIn(dmWith(bob)).map((c) => sentMessage(c).text)).toEqual([
      `${en("asks.choose.to_helper", { number: 1, what: WHAT })} <@${alice.id}>`,
    ]);
    expect(await h.database.prisma.helpOffer.findMany()).toMatchObject([{ chosen: true }]);
  });

  it("“Resolved” opens a one-line story modal; submitting it keeps what helped", async () => {
    const card = await postAsk();
    const resolve = actionIdOf(sentMessage(card).blocks, en("asks.button.resolved"));
    expect(resolve).toMatch(/^help\.resolve:/);

    const press = h.fake.payloads.buttonPress(resolve, postedTs(card), { user: alice });
    expect((await h.slack.interaction(press)).status).toBe(200);

    const view = openedView(await h.fake.api.waitForCall("views.open"));
    expect(view.callback_id).toMatch(/^ask\.story:/);
    expect(view.callback_id).toBe("ask.story:1");
    expect(inputBlocks(view).map((b) => [b.block_id, b.element.type])).toEqual([["story", "plain_text_input"]]);
    expect(await storedAsks()).toMatchObject([{ status: "resolved", whatHelped: null }]);

    const story = "A neighbour drove me, and stayed for tea.";
    const submitted = await h.slack.interaction(h.fake.payloads.viewSubmission(view, { story }, { user: alice }));
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe(""); // an empty ack closes the modal

    const thanks = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(thanks)).toMatchObject({ responseType: "ephemeral", text: en("asks.story.thanks") });
    expect(await storedAsks()).toMatchObject([{ status: "resolved", whatHelped: story }]);
  });

  it("refuses an unreadable word with a private, friendly reply and stores nothing", async () => {
    const ask = h.fake.payloads.slashCommand("/ask", "x | y | sideways");
    const answer = await h.slack.slashCommand(ask);
    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(SLACK_ACK_DEADLINE_MS);

    const reply = sentMessage(await h.fake.api.waitForResponse((r) => ask.response_url.endsWith(`/${r.id}`)));
    expect(reply).toMatchObject({ responseType: "ephemeral", text: en("asks.extras.invalid", { word: "sideways" }) });
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toEqual([]);
    expect(await storedAsks()).toEqual([]);
  });
});
