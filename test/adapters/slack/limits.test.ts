/**
 * Slack allows at least what the core builds: the core knows no platform's limits, only its own
 * (src/core/limits.ts), so each adapter proves its platform takes them.
 */
import { describe, expect, it } from "vitest";
import { SlackLimits } from "../../../adapters/slack/limits.js";
import { renderForm } from "../../../adapters/slack/modal.js";
import { renderMessage } from "../../../adapters/slack/render.js";
import { CoreLimits } from "../../../src/core/limits.js";
import type { Action, Form } from "../../../src/core/message.js";

const longestId = (prefix: string) => `${prefix}:${"x".repeat(CoreLimits.customId - prefix.length - 1)}`;

describe("Slack's limits against the core's", () => {
  it("take the core's custom ids, button labels, buttons per message and form fields", () => {
    expect(SlackLimits.actionId).toBeGreaterThanOrEqual(CoreLimits.customId);
    expect(SlackLimits.callbackId).toBeGreaterThanOrEqual(CoreLimits.customId);
    expect(SlackLimits.buttonText).toBeGreaterThanOrEqual(CoreLimits.buttonLabel);
    expect(SlackLimits.elementsPerActions).toBeGreaterThanOrEqual(CoreLimits.actions);
    expect(SlackLimits.modalBlocks).toBeGreaterThanOrEqual(CoreLimits.formFields);
  });

  it("render a message at the core's limits whole: every button, its full label and id", () => {
    const actions: Action[] = Array.from({ length: CoreLimits.actions }, (_, i) => ({
      id: longestId(`shift.claim-${String(i).padStart(2, "0")}`),
      label: "L".repeat(CoreLimits.buttonLabel),
    }));
    const blocks = renderMessage({ text: "Shifts", actions }, { teamId: "T0GATHER1" }).blocks;
    const buttons = blocks.flatMap((b) => (b.type === "actions" ? b.elements : []));
    expect(buttons.map((b) => ("action_id" in b ? b.action_id : undefined))).toEqual(actions.map((a) => a.id));
    expect(buttons.map((b) => ("text" in b ? b.text?.text : undefined))).toEqual(actions.map((a) => a.label));
  });

  it("render a form at the core's limits whole", () => {
    const form: Form = {
      id: longestId("shift.add"),
      title: "Add a shift",
      submitLabel: "Add",
      fields: Array.from({ length: CoreLimits.formFields }, (_, i) => ({
        id: `f${i}`,
        label: `Field ${i}`,
        style: "short" as const,
        required: false,
      })),
    };
    const view = renderForm(form, { channelId: "C0GENERAL1" });
    expect(view.callback_id).toBe(form.id);
    expect(view.blocks).toHaveLength(CoreLimits.formFields);
  });
});
