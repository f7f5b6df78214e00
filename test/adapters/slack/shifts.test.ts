import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alice, bob, general, postedTs, sentMessage, type ResponseUrlPost } from "../../fakes/slack/index.js";
import { buttonsOf, en, type SlackHarness, startHarness } from "./harness.js";

describe("Slack shift cover", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
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

  it("a cover request is posted with a Claim button; Bob's press takes the place; the card keeps its content and says so", async () => {
    await shift("list");
    await h.database.prisma.member.updateMany({ data: { role: "coordinator" } });
    expect(sentMessage(await addAndSave("add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1")).text).toBe(
      "Added shift #1 Front desk: Sat 4 Apr 2026, 10:00–13:00 (Europe/London).",
    );
    await shift("signup 1");

    const command = h.fake.payloads.slashCommand("/shift", "cover 1 Hospital appointment");
    expect((await h.slack.slashCommand(command)).status).toBe(200);
    const card = await h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith("Cover needed"),
    );
    expect(JSON.stringify(card.args)).not.toContain("Hospital");
    const cover = await h.database.prisma.coverRequest.findFirstOrThrow();
    const [claim] = buttonsOf(sentMessage(card).blocks);
    expect([claim?.text.text, claim?.action_id]).toEqual([en("shift.button.claim"), `shift.claim:${cover.id}`]);

    const press = h.fake.payloads.buttonPress(claim?.action_id ?? "", postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);
    const replaced = await h.fake.api.waitForResponse(
      (r) => press.response_url.endsWith(`/${r.id}`) && r.body["replace_original"] === true,
    );
    // The whole card stays (title, time, place, who asked), now saying who is covering; no Claim button.
    const after = sentMessage(replaced);
    expect(after.text).toContain(en("shift.cover.title", { number: 1, role: "Front desk" }));
    const blocks = JSON.stringify(after.blocks);
    expect(blocks).toContain(`<@${bob.id}> ${en("shift.cover.covered", { number: 1, role: "Front desk" })}`);
    expect(blocks).toContain("Town hall");
    expect(blocks).toContain(en("shift.card.when"));
    expect(blocks).toContain(`${en("shift.cover.by")} <@${alice.id}>`);
    expect(buttonsOf(after.blocks)).toEqual([]);
    // One update of the pressed card: no chat.update of it besides.
    expect(h.fake.api.calls.filter((c) => c.method === "chat.update")).toEqual([]);
    const thanks = await h.fake.api.waitForResponse(
      (r) => press.response_url.endsWith(`/${r.id}`) && r.body["replace_original"] === false,
    );
    expect(sentMessage(thanks)).toMatchObject({
      responseType: "ephemeral",
      text: en("shift.cover.yours", { number: 1 }),
    });

    const held = await h.database.prisma.shiftAssignment.findFirstOrThrow();
    const holder = await h.database.prisma.member.findUniqueOrThrow({ where: { id: held.memberId } });
    const bobIdentity = await h.database.prisma.identity.findFirstOrThrow({ where: { externalId: bob.id } });
    expect(holder.id).toBe(bobIdentity.memberId);
    expect(await h.database.prisma.coverRequest.findFirstOrThrow()).toMatchObject({ status: "covered" });
  });
});
