import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { general, openedView, sentMessage } from "../../fakes/slack/index.js";
import { en, startHarness, type SlackHarness } from "./harness.js";

/** Slack retries, then shows the member an error, when an envelope is not acked within 3 seconds. */
const SLACK_ACK_DEADLINE_MS = 3_000;

describe("Slack over Socket Mode", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("socket");
  });

  afterEach(async () => {
    await h.stop();
  });

  it("connects with the app token through apps.connections.open on the configured API URL", async () => {
    const open = await h.fake.api.waitForCall("apps.connections.open");
    expect(open.token).toBe(h.fake.workspace.appToken);
    await h.fake.socket.waitForConnection();
    expect(h.adapter.address()).toBeUndefined();
    expect(h.adapter.description).toBe("Slack (Socket Mode)");
  });

  it("acks a slash command envelope promptly, then posts the card", async ({ annotate }) => {
    const ack = await h.fake.socket.deliver(
      "slash_commands",
      h.fake.payloads.slashCommand("/update", "Title | One paragraph | https://example.org"),
    );

    expect(ack.latencyMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    await annotate(`Socket Mode ack after ${ack.latencyMs.toFixed(1)} ms`);

    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.channel).toBe(general.id);
    expect(card.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Title", emoji: true } });
    expect(await h.database.prisma.projectUpdate.count()).toBe(1);
  });

  it("opens the form and takes its submission as an interactive envelope", async () => {
    await h.fake.socket.deliver("slash_commands", h.fake.payloads.slashCommand("/update", ""));
    const view = openedView(await h.fake.api.waitForCall("views.open"));

    const ack = await h.fake.socket.deliver(
      "interactive",
      h.fake.payloads.viewSubmission(view, { title: "Repair café", summary: "Saturdays at the library.", links: "" }),
    );
    expect(ack.latencyMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    // An ack without a response_action closes the modal.
    expect(ack.payload ?? {}).toEqual({});

    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.channel).toBe(general.id);
    expect(card.blocks[0]).toMatchObject({ type: "header", text: { text: "Repair café" } });
  });
});

describe("Slack over Socket Mode, overloaded", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    // One handler at a time and one waiting: the smallest queue, so a few commands overload it.
    h = await startHarness("socket", { queue: { limit: 1, maxWaiting: 1 } });
  });

  afterEach(async () => {
    await h.stop();
  });

  it("answers 'busy' in the envelope's ack once the queue is full, and the queued commands still finish", async () => {
    const release = h.fake.api.hold("users.info");
    const send = (title: string) =>
      h.fake.socket.deliver("slash_commands", h.fake.payloads.slashCommand("/update", `${title} | One paragraph`));
    for (const title of ["Running", "Queued"]) expect((await send(title)).payload ?? {}).toEqual({});
    const busy = await send("Turned away");
    expect(busy.payload).toEqual({ response_type: "ephemeral", text: en("error.busy") });

    release();
    await h.fake.api.waitForCall("chat.postMessage", (c) => sentMessage(c).text.startsWith("Queued"));
    const titles = (await h.database.prisma.projectUpdate.findMany({ orderBy: { number: "asc" } })).map((u) => u.title);
    expect(titles).toEqual(["Running", "Queued"]);
  });
});
