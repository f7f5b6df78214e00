import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  alice,
  bob,
  general,
  postedTs,
  sentMessage,
  type ApiCall,
  type FakeChannel,
  type ResponseUrlPost,
} from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

/** Cover-request cards in Slack follow their request, whichever route changed it. */
describe("Slack: posted cards follow their subject", () => {
  let h: SlackHarness;
  let stopped = false;

  beforeEach(async () => {
    h = await startHarness("http");
    stopped = false;
  });

  afterEach(async () => {
    if (!stopped) await h.stop();
  });

  /** `/shift <text>` as `user` in #general, answered on its response_url. */
  async function shift(text: string, user = alice): Promise<ResponseUrlPost> {
    const command = h.fake.payloads.slashCommand("/shift", text, { user });
    expect((await h.slack.slashCommand(command)).status).toBe(200);
    return h.fake.api.waitForResponse((r) => command.response_url.endsWith(`/${r.id}`));
  }

  /** `/shift add …` answers with the echo; pressing its Save makes the shift. The answer to Save. */
  async function addAndSave(text: string, user = alice): Promise<ResponseUrlPost> {
    const echo = await shift(text, user);
    const save = buttonsOf(sentMessage(echo).blocks).find((b) => b.action_id?.startsWith("shift.draft-save:"));
    const press = h.fake.payloads.buttonPress(save?.action_id ?? "", "1.0", { user, ephemeral: true });
    expect((await h.slack.interaction(press)).status).toBe(200);
    return h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
  }

  /** Shift #1 (Alice's, one place), and Alice's cover request for it posted in #general: the card's call. */
  async function coverCardPosted(): Promise<ApiCall> {
    await shift("list");
    await h.database.prisma.member.updateMany({ data: { role: "coordinator" } });
    await addAndSave("add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1");
    await shift("signup 1");
    await shift("cover 1");
    return h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith("Cover needed"),
    );
  }

  const updatesOf = (card: ApiCall) =>
    h.fake.api.calls.items.filter(
      (c) => c.method === "chat.update" && c.args["channel"] === general.id && c.args["ts"] === postedTs(card),
    );

  it("records where the card went; a typed /shift withdraw edits it: withdrawn, no Claim button", async () => {
    const card = await coverCardPosted();
    const cover = await h.database.prisma.coverRequest.findFirstOrThrow();
    expect(await h.database.prisma.postedCard.findMany()).toMatchObject([
      { subjectType: "cover", subjectId: cover.id, channelId: general.id, messageId: postedTs(card) },
    ]);
    expect(buttonsOf(sentMessage(card).blocks).map((b) => b.action_id)).toEqual([`shift.claim:${cover.id}`]);

    expect(sentMessage(await shift("withdraw 1")).text).toBe(en("shift.withdraw.done", { number: 1 }));
    const edited = await h.fake.api.waitForCall(
      "chat.update",
      (c) => c.args["channel"] === general.id && c.args["ts"] === postedTs(card),
    );
    const message = sentMessage(edited);
    expect(message.text).toContain(en("shift.cover.title", { number: 1, role: "Front desk" }));
    expect(JSON.stringify(message.blocks)).toContain(en("shift.cover.state_withdrawn", { number: 1 }));
    expect(JSON.stringify(message.blocks)).toContain("Town hall");
    expect(buttonsOf(message.blocks)).toEqual([]);
  });

  it("a claim approved from a coordinator's DM edits the channel card to covered; the pressed card is not edited twice", async () => {
    const card = await coverCardPosted();
    await h.database.prisma.network.updateMany({ data: { coverApproval: true } });
    const [claim] = buttonsOf(sentMessage(card).blocks);
    const press = h.fake.payloads.buttonPress(claim?.action_id ?? "", postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);
    // The pressed card is replaced through its response_url, as before: the whole card, saying who claimed.
    const replaced = await h.fake.api.waitForResponse(
      (r) => press.response_url.endsWith(`/${r.id}`) && r.body["replace_original"] === true,
    );
    expect(sentMessage(replaced).text).toBe(
      `${en("shift.cover.title", { number: 1, role: "Front desk" })}\n<@${bob.id}> ${en("shift.cover.claimed_pending", { number: 1, role: "Front desk" })}`,
    );

    // Alice coordinates: her DM has Approve; she presses it there, on another message entirely.
    const ask = await h.fake.api.waitForCall("chat.postMessage", (c) =>
      buttonsOf(sentMessage(c).blocks).some((b) => (b.action_id ?? "").startsWith("shift.approve:")),
    );
    const dm: FakeChannel = { id: String(ask.args["channel"]), name: alice.name, kind: "im", botIsMember: true };
    const [approve] = buttonsOf(sentMessage(ask).blocks);
    const approval = h.fake.payloads.buttonPress(approve?.action_id ?? "", postedTs(ask), { user: alice, channel: dm });
    expect((await h.slack.interaction(approval)).status).toBe(200);

    const edited = await h.fake.api.waitForCall(
      "chat.update",
      (c) => c.args["channel"] === general.id && c.args["ts"] === postedTs(card),
    );
    expect(JSON.stringify(sentMessage(edited).blocks)).toContain(
      `<@${bob.id}> ${en("shift.cover.covered", { number: 1, role: "Front desk" })}`,
    );
    expect(buttonsOf(sentMessage(edited).blocks)).toEqual([]);

    // Every request has finished once the adapter stops: Bob's press edited nothing by chat.update.
    await h.stop();
    stopped = true;
    expect(updatesOf(card)).toHaveLength(1);
  });

  it("a card deleted in Slack: the command still succeeds and the card is forgotten", async () => {
    const card = await coverCardPosted();
    h.fake.deleteMessage(general.id, postedTs(card));

    expect(sentMessage(await shift("withdraw 1")).text).toBe(en("shift.withdraw.done", { number: 1 }));
    const refused = await h.fake.api.calls.waitFor(
      (c) => c.method === "chat.update" && c.args["ts"] === postedTs(card),
      "the chat.update of the deleted card",
    );
    expect(refused.result).toMatchObject({ ok: false, error: "message_not_found" });
    expect(await h.database.prisma.coverRequest.findFirstOrThrow()).toMatchObject({ status: "withdrawn" });
    await h.stop();
    stopped = true;
    expect(await h.database.prisma.postedCard.count()).toBe(0);
  });

  it("an ask's card counts an offer pressed on it, and a typed /ask close takes its buttons away", async () => {
    const asked = h.fake.payloads.slashCommand("/ask", "Need a lift to the hospital | Tuesday 10am | #transport");
    expect((await h.slack.slashCommand(asked)).status).toBe(200);
    const card = await h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith("Need a lift"),
    );
    const ask = await h.database.prisma.helpRequest.findFirstOrThrow();
    const press = h.fake.payloads.buttonPress(`help.offer:${ask.id}`, postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);
    const counted = await h.fake.api.waitForCall("chat.update", (c) => c.args["ts"] === postedTs(card));
    expect(JSON.stringify(sentMessage(counted).blocks)).toContain("1 offered help");
    expect(buttonsOf(sentMessage(counted).blocks).map((b) => b.action_id)).toEqual([
      `help.offer:${ask.id}`,
      `help.resolve:${ask.id}`,
      `help.close:${ask.id}`,
    ]);

    const close = h.fake.payloads.slashCommand("/ask", "close 1");
    expect((await h.slack.slashCommand(close)).status).toBe(200);
    const closed = await h.fake.api.waitForCall(
      "chat.update",
      (c) => c.args["ts"] === postedTs(card) && JSON.stringify(c.args["blocks"]).includes("closed"),
    );
    expect(buttonsOf(sentMessage(closed).blocks)).toEqual([]);
  });
});
