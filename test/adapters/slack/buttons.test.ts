import type { ActionsBlock, Button, KnownBlock } from "@slack/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alice, bob, general, postedTs, sentMessage } from "../../fakes/slack/index.js";
import { en, postUpdate, type SlackHarness, startHarness } from "./harness.js";

/** The action_id of the button labelled `label` in a message's blocks. */
function actionIdOf(blocks: readonly KnownBlock[], label: string): string {
  const buttons = blocks
    .filter((b): b is ActionsBlock => b.type === "actions")
    .flatMap((b) => b.elements)
    .filter((e): e is Button => e.type === "button");
  const button = buttons.find((b) => b.text.text === label);
  if (!button?.action_id) throw new Error(`no “${label}” button among ${buttons.map((b) => b.text.text).join(", ")}`);
  return button.action_id;
}

describe("Slack buttons", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  it("“I can help”: DMs the author with a mention of the helper, thanks the helper privately, audits it", async () => {
    const card = await postUpdate(h, "Community fridge | Open daily from 9.");
    const help = actionIdOf(sentMessage(card).blocks, en("update.button.help"));
    const [update] = await h.database.prisma.projectUpdate.findMany();
    expect(help).toBe(`update.help:${update?.id}`);

    const press = h.fake.payloads.buttonPress(help, postedTs(card), { user: bob });
    expect((await h.slack.interaction(press)).status).toBe(200);

    // The thanks comes last (after the DM and the audit row), on the press's own response_url.
    const thanks = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(thanks)).toMatchObject({
      responseType: "ephemeral",
      text: `${en("update.help.thanks", { title: "Community fridge" })} <@${alice.id}>`,
    });
    expect(thanks.body["replace_original"]).toBe(false); // the card stays

    const opened = await h.fake.api.waitForCall("conversations.open");
    expect(opened.args["users"]).toBe(alice.id);
    const dm = (opened.result["channel"] as { id: string }).id;
    const toAlice = h.fake.api.calls.filter((c) => c.method === "chat.postMessage" && c.args["channel"] === dm);
    expect(toAlice.map((c) => sentMessage(c).text)).toEqual([
      `${en("update.help.to_author", { title: "Community fridge" })} <@${bob.id}>`,
    ]);

    const bobMember = await h.database.prisma.identity.findFirstOrThrow({ where: { externalId: bob.id } });
    const audit = await h.database.prisma.auditEntry.findMany({ where: { action: "update.help_offered" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: bobMember.memberId,
      subjectType: "ProjectUpdate",
      subjectId: update?.id,
    });
    expect(JSON.parse(audit[0]?.details ?? "{}")).toEqual({ delivered: "dm" });
  });

  it("/update delete asks privately with Delete/Keep; Delete replaces that private message and removes the row", async () => {
    await postUpdate(h, "Community fridge | Open daily from 9.");
    const ask = h.fake.payloads.slashCommand("/update", "delete 1");
    await h.slack.slashCommand(ask);

    const question = sentMessage(await h.fake.api.waitForResponse((r) => ask.response_url.endsWith(`/${r.id}`)));
    expect(question).toMatchObject({
      responseType: "ephemeral",
      text: en("update.delete.confirm", { number: 1, title: "Community fridge" }),
    });
    const remove = actionIdOf(question.blocks, en("update.button.delete"));
    expect(remove).toMatch(/^update\.delete:/);
    expect(actionIdOf(question.blocks, en("update.button.cancel"))).toMatch(/^update\.keep-entry:/);

    // A private message has no ts of its own to chat.update: the press can only be answered through its response_url.
    const press = h.fake.payloads.buttonPress(remove, "1774744260.000300", { user: alice, ephemeral: true });
    await h.slack.interaction(press);

    const replaced = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(replaced)).toMatchObject({
      replaceOriginal: true,
      text: en("update.delete.done", { number: 1, title: "Community fridge" }),
      blocks: [
        {
          type: "section",
          text: { type: "mrkdwn", text: en("update.delete.done", { number: 1, title: "Community fridge" }) },
        },
      ],
    });
    expect(await h.database.prisma.projectUpdate.findMany()).toEqual([]);
    expect(h.fake.api.calls.filter((c) => c.method === "chat.update")).toEqual([]);
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage" && c.args["channel"] !== general.id)).toEqual(
      [],
    );
  });
});
