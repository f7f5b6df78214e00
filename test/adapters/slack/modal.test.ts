import { describe, expect, it } from "vitest";
import { decodeFormOrigin, encodeFormOrigin, formValues, renderForm } from "../../../adapters/slack/modal.js";
import type { Form } from "../../../src/core/message.js";
import { checkModal } from "../../fakes/slack/block-kit.js";

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
