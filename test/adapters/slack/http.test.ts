import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { general, inputBlocks, openedView, secret, sentMessage, type OpenedView } from "../../fakes/slack/index.js";
import { en, NOW, type SlackHarness, startHarness, unix } from "./harness.js";

/** Slack shows the member an error when it hears nothing within 3 seconds. */
const SLACK_ACK_DEADLINE_MS = 3_000;

/** The input element of a modal's block `id`. */
const input = (view: OpenedView, id: string) => inputBlocks(view).find((b) => b.block_id === id)?.element;

describe("Slack over HTTP", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    h = await startHarness("http");
  });

  afterEach(async () => {
    await h.stop();
  });

  const storedUpdates = () => h.database.prisma.projectUpdate.findMany();
  const command = (text: string, where = {}) => h.fake.payloads.slashCommand("/update", text, where);

  it("posts an update typed in one line: acks at once, posts the card, stores it", async ({ annotate }) => {
    const answer = await h.slack.slashCommand(command("Title | One paragraph | https://example.org"));

    expect(answer.status).toBe(200);
    expect(answer.ms).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    const [serverMs] = h.serverAckMs;
    expect(serverMs).toBeLessThan(SLACK_ACK_DEADLINE_MS);
    await annotate(`HTTP ack: ${serverMs?.toFixed(1)} ms in the server, ${answer.ms.toFixed(1)} ms round trip`);

    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.channel).toBe(general.id);
    expect(card.text).toBe("Title\nOne paragraph");
    expect(card.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Title", emoji: true } },
      { type: "section", text: { type: "mrkdwn", text: "One paragraph" } },
      { type: "section", text: { type: "mrkdwn", text: "<https://example.org|example.org>" } },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: `#1 · <@U0ALICE01> · Posted <!date^${unix(NOW)}^{date_short_pretty} {time}|2026-03-29 00:30 UTC>`,
          },
        ],
      },
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: `update.help:${(await storedUpdates())[0]?.id}`,
            text: { type: "plain_text", text: "I can help", emoji: true },
            style: "primary",
          },
          {
            type: "button",
            action_id: `update.contact:${(await storedUpdates())[0]?.id}`,
            text: { type: "plain_text", text: "Contact author", emoji: true },
          },
        ],
      },
    ]);

    const [stored, ...others] = await storedUpdates();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({
      title: "Title",
      summary: "One paragraph",
      links: JSON.stringify(["https://example.org"]),
    });
    expect(stored?.createdAt.toISOString()).toBe(new Date(NOW).toISOString());
  });

  it("reads Slack's wire format back to what the member typed: entities and auto-linked urls", async () => {
    await h.slack.slashCommand(
      command(
        "Tea &amp; talk | Bring &lt;anything&gt; | <https://example.org/a?b=1&amp;c=2|example.org/a?b=1&amp;c=2> <http://example.com>",
      ),
    );

    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Tea & talk", emoji: true } });
    // Escaped again on the way out, so "<anything>" cannot become a Slack link or mention.
    expect(card.blocks[1]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Bring &lt;anything&gt;" } });
    const [stored] = await storedUpdates();
    expect(stored).toMatchObject({
      title: "Tea & talk",
      summary: "Bring <anything>",
      links: JSON.stringify(["https://example.org/a?b=1&c=2", "http://example.com"]),
    });
  });

  it("opens a modal for a bare /update, and posts and stores what is submitted", async () => {
    const answer = await h.slack.slashCommand(command(""));
    expect(answer.status).toBe(200);

    const view = openedView(await h.fake.api.waitForCall("views.open"));
    expect(view.callback_id).toBe("update.post");
    expect(JSON.parse(view.private_metadata ?? "")).toMatchObject({ c: general.id });
    expect(view.blocks).toHaveLength(5);
    expect(inputBlocks(view).map((b) => [b.block_id, b.element.type, b.optional])).toEqual([
      ["title", "plain_text_input", true],
      ["summary", "plain_text_input", false],
      ["links", "plain_text_input", true],
      ["tags", "plain_text_input", true],
      ["area", "plain_text_input", true],
    ]);
    expect(input(view, "summary")).toMatchObject({ multiline: true, max_length: 1000 });

    const submitted = await h.slack.interaction(
      h.fake.payloads.viewSubmission(view, {
        title: "Community fridge",
        summary: "Open daily from 9.",
        links: "https://fridge.example.org",
      }),
    );
    expect(submitted.status).toBe(200);
    expect(submitted.body).toBe(""); // an empty ack closes the modal

    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.channel).toBe(general.id);
    expect(card.blocks[0]).toMatchObject({ type: "header", text: { text: "Community fridge" } });
    const [stored] = await storedUpdates();
    expect(stored).toMatchObject({
      title: "Community fridge",
      summary: "Open daily from 9.",
      links: JSON.stringify(["https://fridge.example.org"]),
    });
  });

  it("answers a form whose problem is not in its fields privately in the channel it came from, storing nothing", async () => {
    await h.slack.slashCommand(command(""));
    const view = openedView(await h.fake.api.waitForCall("views.open"));

    // The fields are fine (so the modal closes), but there is no update #999 to edit.
    const ack = await h.slack.interaction(
      h.fake.payloads.viewSubmission(
        { ...view, callback_id: "update.edit:999" },
        { title: "Fridge", summary: "Cold.", links: "" },
      ),
    );

    expect(ack.body).toBe("");
    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply).toMatchObject({ responseType: "ephemeral", text: en("update.not_found", { number: 999 }) });
    expect(await storedUpdates()).toEqual([]);
  });

  describe("refuses bad input with a private, friendly reply and stores nothing", () => {
    const cases: readonly [string, string, string][] = [
      [
        "a summary of two paragraphs",
        "Title | First paragraph.\n\nSecond paragraph.",
        en("update.summary.one_paragraph"),
      ],
      [
        "a link that is not a web link",
        "Title | Summary | ftp://example.org",
        en("update.links.invalid", { link: "ftp://example.org" }),
      ],
      [
        "six links",
        `Title | Summary | ${[1, 2, 3, 4, 5, 6].map((n) => `https://example.org/${n}`).join(" ")}`,
        en("update.links.too_many", { count: 6, max: 5 }),
      ],
      [
        "a 1,001-character summary",
        `Title | ${"a".repeat(1001)}`,
        en("error.option_too_long", { option: "Summary", max: 1000 }),
      ],
    ];

    it.each(cases)("%s", async (_name, text, friendly) => {
      const answer = await h.slack.slashCommand(command(text));
      expect(answer.status).toBe(200);

      const reply = sentMessage(await h.fake.api.waitForResponse());
      expect(reply).toMatchObject({ responseType: "ephemeral", text: friendly });
      expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toEqual([]);
      expect(await storedUpdates()).toEqual([]);
    });
  });

  it("shows /update help privately", async () => {
    await h.slack.slashCommand(command("help"));

    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply.responseType).toBe("ephemeral");
    expect(reply.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: en("help.title", { command: "/update" }), emoji: true },
    });
    expect(reply.text).toContain("/update post");
  });

  it("falls back to the response_url where the bot cannot post (a private channel it is not in)", async () => {
    await h.slack.slashCommand(command("Title | Summary", { channel: secret }));

    const refused = await h.fake.api.calls.waitFor((c) => c.method === "chat.postMessage", "chat.postMessage attempt");
    expect(refused.result).toMatchObject({ ok: false, error: "channel_not_found" });
    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply.responseType).toBe("in_channel");
    expect(reply.blocks[0]).toMatchObject({ type: "header", text: { text: "Title" } });
    expect(await storedUpdates()).toHaveLength(1);
  });

  it("answers a slash command it does not know privately, pointing to help", async () => {
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/retired", "anything", {}));
    expect(answer.status).toBe(200);

    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply).toMatchObject({
      responseType: "ephemeral",
      text: en("error.unknown_command", { command: "/retired", help: "/gather help" }),
    });
    expect(await storedUpdates()).toEqual([]);
  });

  it("answers a button that no longer means anything privately", async () => {
    const answer = await h.slack.interaction(h.fake.payloads.buttonPress("update.retired:123", "1774744200.000100"));
    expect(answer.status).toBe(200);

    const reply = sentMessage(await h.fake.api.waitForResponse());
    expect(reply).toMatchObject({ responseType: "ephemeral", text: en("error.unknown_action") });
  });

  describe("refuses requests Slack did not sign (HTTP 401) and dispatches nothing", () => {
    // Bolt answers 401 before it parses the body for listeners, so once the 401 is
    // back nothing of that request can still reach the dispatcher: no wait is needed.
    const expectNothingDispatched = async () => {
      expect(h.fake.api.calls.items.map((c) => c.method)).toEqual(["auth.test"]);
      expect(h.fake.api.responses.items).toEqual([]);
      expect(await storedUpdates()).toEqual([]);
    };

    it("a wrong signature", async () => {
      const answer = await h.slack.slashCommand(command("Title | Summary"), { secret: "not-the-signing-secret" });
      expect(answer.status).toBe(401);
      await expectNothingDispatched();
    });

    it("a missing signature", async () => {
      const answer = await h.slack.slashCommand(command("Title | Summary"), { signature: "" });
      expect(answer.status).toBe(401);
      await expectNothingDispatched();
    });

    it("a correctly signed but stale request (a replay)", async () => {
      const sixMinutesAgo = Math.floor(Date.now() / 1000) - 6 * 60;
      const answer = await h.slack.slashCommand(command("Title | Summary"), { timestamp: sixMinutesAgo });
      expect(answer.status).toBe(401);
      await expectNothingDispatched();
    });
  });

  it("never logs what members typed or who they are", async () => {
    await h.slack.slashCommand(command("Secret title | Private summary | https://example.org/private"));
    await h.fake.api.waitForCall("chat.postMessage");

    const written = JSON.stringify(h.logs);
    for (const personal of [
      "Secret title",
      "Private summary",
      "example.org/private",
      "alice",
      h.fake.workspace.botToken,
    ]) {
      expect(written).not.toContain(personal);
    }
  });
});

describe("Slack over HTTP, overloaded", () => {
  let h: SlackHarness;

  beforeEach(async () => {
    // One handler at a time and one waiting: the smallest queue, so a few commands overload it.
    h = await startHarness("http", { queue: { limit: 1, maxWaiting: 1 } });
  });

  afterEach(async () => {
    await h.stop();
  });

  it("answers 'busy' in the ack and stores nothing once the queue is full; the queued commands still finish", async () => {
    // Slack is slow: the first command's handler waits on users.info, so the next one queues behind it.
    const release = h.fake.api.hold("users.info");
    const send = (title: string) =>
      h.slack.slashCommand(h.fake.payloads.slashCommand("/update", `${title} | One paragraph`, {}));
    const running = await send("Running");
    const queued = await send("Queued");
    const turnedAway = [await send("Busy one"), await send("Busy two")];

    for (const answer of [running, queued]) {
      expect(answer.status).toBe(200);
      expect(answer.body).toBe("");
    }
    for (const answer of turnedAway) {
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body)).toEqual({ response_type: "ephemeral", text: en("error.busy") });
    }

    release();
    await h.fake.api.waitForCall("chat.postMessage", (c) => sentMessage(c).text.startsWith("Queued"));
    const titles = (await h.database.prisma.projectUpdate.findMany({ orderBy: { number: "asc" } })).map((u) => u.title);
    expect(titles).toEqual(["Running", "Queued"]);
    expect(h.fake.api.calls.items.filter((c) => c.method === "chat.postMessage")).toHaveLength(2);
  });

  /** Holds the first command in users.info and queues a second: the queue is full until `release()`. */
  async function overload(): Promise<() => void> {
    const release = h.fake.api.hold("users.info");
    for (const title of ["Running", "Queued"])
      await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", `${title} | One paragraph`, {}));
    return release;
  }

  it("still refuses badly signed and stale commands with 401 while overloaded, never 'busy'", async () => {
    const release = await overload();
    const command = h.fake.payloads.slashCommand("/update", "Forged | One paragraph", {});
    const wrongSecret = await h.slack.slashCommand(command, { secret: "not-the-signing-secret" });
    const stale = await h.slack.slashCommand(command, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    const garbled = await h.slack.slashCommand(command, { signature: "v0=00" });

    for (const answer of [wrongSecret, stale, garbled]) {
      expect(answer.status).toBe(401);
      expect(answer.body).not.toContain(en("error.busy"));
    }
    release();
    await h.fake.api.waitForCall("chat.postMessage", (c) => sentMessage(c).text.startsWith("Queued"));
    const titles = (await h.database.prisma.projectUpdate.findMany({ orderBy: { number: "asc" } })).map((u) => u.title);
    expect(titles).toEqual(["Running", "Queued"]);
  });

  it("refuses a body larger than anything Slack sends (413) before checking it, and stays up", async () => {
    const release = await overload();
    const huge = h.fake.payloads.slashCommand("/update", `Huge | ${"x".repeat(1_100_000)}`, {});
    expect((await h.slack.slashCommand(huge)).status).toBe(413);

    release();
    await h.fake.api.waitForCall("chat.postMessage", (c) => sentMessage(c).text.startsWith("Queued"));
    const answer = await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", "After | One paragraph", {}));
    expect(answer.status).toBe(200);
    await h.fake.api.waitForCall("chat.postMessage", (c) => sentMessage(c).text.startsWith("After"));
  });

  it("never turns a button press away: it is acked and waits its turn", async () => {
    const release = await overload();
    const press = h.fake.payloads.buttonPress("update.help:no-such-update", "1774744260.000300");
    const answer = await h.slack.interaction(press);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe("");

    release();
    // Handled after the queued commands: the core answers on the press's response_url (the update is gone).
    const reply = await h.fake.api.waitForResponse((r) => press.response_url.endsWith(`/${r.id}`));
    expect(sentMessage(reply).responseType).toBe("ephemeral");
  });
});
