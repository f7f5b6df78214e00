import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bob, general, openedView, postedTs, sentMessage } from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

/**
 * A poll on Slack, end to end: `/poll` alone opens the form; `/poll Question | …` posts the card
 * with a button per option; a press is thanked ephemerally and the posted card is edited
 * (chat.update) to count the vote.
 */
describe("Slack polls", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  it("/poll alone opens the form", async () => {
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/poll", ""));
    expect(answer.status).toBe(200);
    const view = openedView(await h.fake.api.waitForCall("views.open"));
    expect(view.callback_id).toBe("poll.post");
  });

  it("posts the card; a vote is thanked privately and the card in the channel counts it", async () => {
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/poll", "Where? | Library | Café"));
    expect(answer.status).toBe(200);
    const card = await h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith("Where?"),
    );
    const buttons = buttonsOf(sentMessage(card).blocks);
    expect(buttons.map((b) => b.text.text)).toEqual(["Library", "Café"]);
    const poll = await h.database.prisma.poll.findFirstOrThrow();
    expect(buttons[1]?.action_id).toBe(`poll.vote:${poll.id}.1`);
    await expect.poll(() => h.database.prisma.postedCard.count({ where: { subjectId: poll.id } })).toBe(1);

    const press = h.fake.payloads.buttonPress(buttons[1]?.action_id ?? "", postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);
    const thanks = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(thanks)).toMatchObject({
      responseType: "ephemeral",
      text: en("polls.vote.added", { number: 1, option: "Café" }),
    });
    const edited = await h.fake.api.waitForCall(
      "chat.update",
      (c) => c.args["channel"] === general.id && c.args["ts"] === postedTs(card),
    );
    expect(JSON.stringify(sentMessage(edited).blocks)).toContain("▇▇▇▇▇▇▇▇▇▇ 1");
    expect(await h.database.prisma.pollVote.count()).toBe(1);
  });
});
