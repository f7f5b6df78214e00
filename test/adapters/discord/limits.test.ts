/**
 * Discord allows at least what the core builds: the core knows no platform's limits, only its own
 * (src/core/limits.ts), so each adapter proves its platform takes them.
 */
import { describe, expect, it } from "vitest";
import { DiscordLimits } from "../../../adapters/discord/limits.js";
import { renderActions, renderForm } from "../../../adapters/discord/render.js";
import { CoreLimits } from "../../../src/core/limits.js";
import type { Action, Form } from "../../../src/core/message.js";

const longestId = (prefix: string) => `${prefix}:${"x".repeat(CoreLimits.customId - prefix.length - 1)}`;

describe("Discord's limits against the core's", () => {
  it("take the core's custom ids, button labels, buttons per message and form fields", () => {
    expect(DiscordLimits.customId).toBeGreaterThanOrEqual(CoreLimits.customId);
    expect(DiscordLimits.buttonLabel).toBeGreaterThanOrEqual(CoreLimits.buttonLabel);
    expect(DiscordLimits.buttonsPerRow * DiscordLimits.actionRows).toBeGreaterThanOrEqual(CoreLimits.actions);
    expect(DiscordLimits.modalFields).toBeGreaterThanOrEqual(CoreLimits.formFields);
  });

  it("render the core's most buttons whole: every one, its full label and id", () => {
    const actions: Action[] = Array.from({ length: CoreLimits.actions }, (_, i) => ({
      id: longestId(`shift.claim-${String(i).padStart(2, "0")}`),
      label: "L".repeat(CoreLimits.buttonLabel),
    }));
    const buttons = renderActions(actions).flatMap((row) => row.components);
    expect(buttons.map((b) => b.custom_id)).toEqual(actions.map((a) => a.id));
    expect(buttons.map((b) => b.label)).toEqual(actions.map((a) => a.label));
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
    const modal = renderForm(form);
    expect(modal.custom_id).toBe(form.id);
    expect(modal.components).toHaveLength(CoreLimits.formFields);
  });
});
