import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { alice, bob, general, openedView, sentMessage } from "../../fakes/slack/index.js";
import { buttonsOf, type SlackHarness, startHarness } from "./harness.js";

const CHOIR =
  "Community choir for people living with dementia: weekly sessions in Thanington, looking for two volunteer drivers. https://example.org/choir";
const TITLE = "Community choir for people living with dementia";

/**
 * `/update <paragraph>` and `/ask <paragraph>` on the fake Slack: the card in the channel, the
 * reading echoed privately on the command's response_url, and its Edit (a modal) and Undo buttons.
 */
describe("Slack: one paragraph is enough", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });
  afterEach(async () => {
    await h.stop();
  });

  /** Runs `/<command> <text>` as Alice; the card posted in #general and the private echo. */
  async function typed(command: string, text: string, title: string) {
    const payload = h.fake.payloads.slashCommand(command, text);
    expect((await h.slack.slashCommand(payload)).status).toBe(200);
    const card = await h.fake.api.waitForCall(
      "chat.postMessage",
      (c) => c.args["channel"] === general.id && sentMessage(c).text.startsWith(title),
    );
    const echo = await h.fake.api.waitForResponse(
      (r) => payload.response_url.endsWith(`/${r.id}`) && sentMessage(r).responseType === "ephemeral",
    );
    return { card: sentMessage(card), echo: sentMessage(echo) };
  }

  it("/update <paragraph>: the card, the reading with Edit and Undo; Edit opens the edit modal, Undo takes it down", async () => {
    const { card, echo } = await typed("/update", CHOIR, TITLE);
    expect(card.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: TITLE, emoji: true } });
    const row = await h.database.prisma.projectUpdate.findFirstOrThrow();
    expect(row).toMatchObject({
      title: TITLE,
      summary: "Weekly sessions in Thanington, looking for two volunteer drivers.",
      links: JSON.stringify(["https://example.org/choir"]),
    });
    expect(echo.text).toContain("Posted as update #1. This is how I read it:");
    expect(buttonsOf(echo.blocks).map((b) => [b.text.text, b.action_id])).toEqual([
      ["Edit", `update.refresh:${row.id}`],
      ["Undo", `update.undo:${row.id}`],
    ]);

    const edit = h.fake.payloads.buttonPress(`update.refresh:${row.id}`, "1.0001", { user: alice });
    expect((await h.slack.interaction(edit)).status).toBe(200);
    const view = openedView(await h.fake.api.waitForCall("views.open"));
    expect(view.callback_id).toBe("update.edit:1");

    // Bob cannot undo Alice's update; Alice can.
    const notHis = h.fake.payloads.buttonPress(`update.undo:${row.id}`, "1.0001", { user: bob });
    expect((await h.slack.interaction(notHis)).status).toBe(200);
    const refused = await h.fake.api.waitForResponse((r) => notHis.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(refused).text).toBe("Only the member who posted update #1 can undo it.");
    expect(await h.database.prisma.projectUpdate.count()).toBe(1);

    const undo = h.fake.payloads.buttonPress(`update.undo:${row.id}`, "1.0001", { user: alice });
    expect((await h.slack.interaction(undo)).status).toBe(200);
    const done = await h.fake.api.waitForResponse((r) => undo.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(done)).toMatchObject({
      replaceOriginal: true,
      text: `Undone: update #1 “${TITLE}” is taken down.`,
    });
    expect(await h.database.prisma.projectUpdate.count()).toBe(0);
  });

  it("/ask <paragraph>: the card with its tag and urgency, and the reading with Undo", async () => {
    const { echo } = await typed(
      "/ask",
      "Urgent: does anyone know a cheap hall in Margate for 40 people? #venues",
      "Does anyone know a cheap hall",
    );
    const row = await h.database.prisma.helpRequest.findFirstOrThrow();
    expect(row).toMatchObject({
      what: "Does anyone know a cheap hall in Margate for 40 people?",
      tags: '["venues"]',
      urgency: "urgent",
    });
    expect(echo.text).toContain("Posted as ask #1. This is how I read it:");
    expect(buttonsOf(echo.blocks).map((b) => [b.text.text, b.action_id])).toEqual([["Undo", `help.undo:${row.id}`]]);
  });
});
