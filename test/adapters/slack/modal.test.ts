import { afterEach, describe, expect, it } from "vitest";
import { FIELD_ERROR_MAX, FORM_CHECK_MS, formErrorsAck, type StartTimer } from "../../../adapters/slack/form-errors.js";
import { decodeFormOrigin, encodeFormOrigin, formValues, renderForm } from "../../../adapters/slack/modal.js";
import { silentLogger } from "../../../src/core/logger.js";
import type { Form } from "../../../src/core/message.js";
import { checkModal } from "../../fakes/slack/block-kit.js";
import { inputBlocks, openedView, sentMessage } from "../../fakes/slack/index.js";
import { en, startHarness, type SlackHarness } from "./harness.js";

const form: Form = {
  id: "update.post",
  title: "A project update with a long title",
  submitLabel: "Post",
  fields: [
    { id: "title", label: "Title", style: "short", required: true, maxLength: 100 },
    {
      id: "summary",
      label: "Summary",
      style: "paragraph",
      required: true,
      maxLength: 5000,
      placeholder: "P".repeat(300),
    },
    { id: "links", label: "Links", style: "short", required: false, value: "https://example.org" },
  ],
};

describe("Slack modals", () => {
  it("renders a form as a modal Slack accepts, cutting the title to 24 characters", () => {
    const view = renderForm(form, { channelId: "C0GENERAL" });

    expect(checkModal(view)).toEqual([]);
    expect(view.callback_id).toBe("update.post");
    expect(view.title.text).toHaveLength(24);
    expect(view.title.text.endsWith("…")).toBe(true);
    expect(view.blocks).toMatchObject([
      {
        type: "input",
        block_id: "title",
        optional: false,
        element: { type: "plain_text_input", action_id: "title", multiline: false, max_length: 100 },
      },
      { type: "input", block_id: "summary", optional: false, element: { multiline: true, max_length: 3000 } },
      { type: "input", block_id: "links", optional: true, element: { initial_value: "https://example.org" } },
    ]);
  });

  it("carries its channel (and response_url) through private_metadata", () => {
    const origin = { channelId: "C0GENERAL", responseUrl: "https://hooks.slack.com/commands/T0/1/abc" };
    expect(decodeFormOrigin(renderForm(form, origin).private_metadata ?? "")).toEqual(origin);
    expect(decodeFormOrigin(encodeFormOrigin({ channelId: "C1", responseUrl: "x".repeat(3000) }))).toEqual({
      channelId: "C1",
      responseUrl: undefined,
    });
    expect(decodeFormOrigin("C0GENERAL")).toBeUndefined();
    expect(decodeFormOrigin('{"r":"https://x"}')).toBeUndefined();
  });

  it("reads submitted values per field; an emptied input arrives as null and becomes blank", () => {
    const values = formValues({
      title: { title: { value: "Fridge" } },
      links: { links: { value: null } },
      other: { unrelated: { value: "ignored" } },
    });
    expect(values).toEqual({ title: "Fridge", links: "" });
  });
});

describe("Slack callback_id limit", () => {
  it("refuses a form id longer than Slack takes", () => {
    expect(() => renderForm({ ...form, id: `update.edit:${"9".repeat(300)}` }, { channelId: "C0GENERAL" })).toThrow(
      "a Slack callback_id may have 255 characters",
    );
  });
});

describe("formErrorsAck: the core's check as a view_submission ack", () => {
  /** A timer the test fires by hand. */
  const manualTimer = () => {
    const timer = { fire: () => {}, started: 0, cancelled: 0 };
    const start: StartTimer = (_ms, fire) => {
      timer.started += 1;
      timer.fire = fire;
      return () => (timer.cancelled += 1);
    };
    return { timer, start };
  };

  it("maps field errors to response_action errors keyed by block_id, trimming long messages", async () => {
    const { timer, start } = manualTimer();
    const ack = await formErrorsAck(async () => ({ links: "No FTP.", summary: "s".repeat(FIELD_ERROR_MAX + 50) }), {
      log: silentLogger,
      startTimer: start,
    });
    expect(ack?.response_action).toBe("errors");
    expect(ack?.errors["links"]).toBe("No FTP.");
    expect(Array.from(ack?.errors["summary"] ?? "")).toHaveLength(FIELD_ERROR_MAX);
    expect(timer).toMatchObject({ started: 1, cancelled: 1 });
  });

  it("acks as before when the values pass or the answer is empty", async () => {
    const { start } = manualTimer();
    expect(await formErrorsAck(async () => undefined, { log: silentLogger, startTimer: start })).toBeUndefined();
    expect(await formErrorsAck(async () => ({}), { log: silentLogger, startTimer: start })).toBeUndefined();
  });

  it("acks as before when the check fails", async () => {
    const { start } = manualTimer();
    const failing = async () => {
      throw new Error("database on fire");
    };
    expect(await formErrorsAck(failing, { log: silentLogger, startTimer: start })).toBeUndefined();
    const throwing = () => {
      throw new Error("not even a promise");
    };
    expect(await formErrorsAck(throwing, { log: silentLogger, startTimer: start })).toBeUndefined();
  });

  it("acks as before when the check takes longer than allowed, and ignores its late answer", async () => {
    const { timer, start } = manualTimer();
    let answer: (errors: { links: string }) => void = () => {};
    const slow = () => new Promise<{ links: string }>((resolve) => (answer = resolve));
    const acked = formErrorsAck(slow, { log: silentLogger, startTimer: start, ms: FORM_CHECK_MS });
    timer.fire();
    expect(await acked).toBeUndefined();
    answer({ links: "too late" });
  });
});

describe("Slack forms with a mistake stay open, showing it under the field", () => {
  let h: SlackHarness;

  afterEach(async () => {
    await h.stop();
  });

  /** `/update` alone, as Alice in #general: the modal it opens. */
  const openUpdateForm = async () => {
    await h.slack.slashCommand(h.fake.payloads.slashCommand("/update", ""));
    return openedView(await h.fake.api.waitForCall("views.open"));
  };

  const mistaken = { title: "Community fridge", summary: "Open daily.\n\nFrom 9.", links: "ftp://fridge.example.org" };
  const underTheFields = {
    response_action: "errors",
    errors: {
      summary: en("update.summary.one_paragraph"),
      links: en("update.links.invalid", { link: "ftp://fridge.example.org" }),
    },
  };

  it("over HTTP: acks with the errors by block_id, stores and posts nothing; corrected, it closes and posts", async () => {
    h = await startHarness("http");
    const view = await openUpdateForm();
    expect(inputBlocks(view).map((b) => b.block_id)).toEqual(expect.arrayContaining(["summary", "links"]));

    const refused = await h.slack.interaction(h.fake.payloads.viewSubmission(view, mistaken));
    expect(refused.status).toBe(200);
    expect(JSON.parse(refused.body)).toEqual(underTheFields);
    expect(await h.database.prisma.projectUpdate.count()).toBe(0);

    // The member corrects the same modal and submits again: an empty ack closes it, and the card is posted.
    const corrected = { ...mistaken, summary: "Open daily from 9.", links: "https://fridge.example.org" };
    const accepted = await h.slack.interaction(h.fake.payloads.viewSubmission(view, corrected));
    expect(accepted).toMatchObject({ status: 200, body: "" });
    const card = sentMessage(await h.fake.api.waitForCall("chat.postMessage"));
    expect(card.blocks[0]).toMatchObject({ type: "header", text: { text: "Community fridge" } });
    expect(await h.database.prisma.projectUpdate.findMany()).toMatchObject([
      {
        title: "Community fridge",
        summary: "Open daily from 9.",
        links: JSON.stringify(["https://fridge.example.org"]),
      },
    ]);
    // The refused submission reached no handler: one card, no private reply, no second modal.
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postMessage")).toHaveLength(1);
    expect(h.fake.api.calls.filter((c) => c.method === "chat.postEphemeral")).toEqual([]);
    expect(h.fake.api.responses.items).toEqual([]);
    expect(h.fake.api.calls.filter((c) => c.method === "views.open")).toHaveLength(1);
  });

  it("over Socket Mode: the envelope's ack carries the errors", async () => {
    h = await startHarness("socket");
    await h.fake.socket.deliver("slash_commands", h.fake.payloads.slashCommand("/update", ""));
    const view = openedView(await h.fake.api.waitForCall("views.open"));

    const ack = await h.fake.socket.deliver("interactive", h.fake.payloads.viewSubmission(view, mistaken));
    expect(ack.payload).toEqual(underTheFields);
    expect(await h.database.prisma.projectUpdate.count()).toBe(0);
  });
});
