import type { InputBlock, ModalView } from "@slack/types";
import type { Form, FormField } from "../../src/core/message.js";
import { checkIdLength, SlackLimits } from "./limits.js";
import { fitPlain } from "./mrkdwn.js";

/** Input limits from Slack's plain_text_input and text object references. */
export const ModalLimits = {
  inputValue: 3000,
  placeholder: 150,
} as const;

/**
 * Where a form was opened from. A modal forgets its channel, so it travels in
 * the view's `private_metadata` and comes back with the submission. The
 * command's response_url rides along (when it fits): a view_submission has
 * none of its own, and without it an error about the form could not be shown
 * in a DM or a channel the bot is not in.
 */
export interface FormOrigin {
  readonly channelId: string;
  readonly responseUrl?: string | undefined;
}

/**
 * A Form as a modal: `callback_id` is the form id (what handles the
 * submission) and each field is an input block whose block_id and action_id
 * are the field id, so the submitted state maps straight back to values.
 */
export function renderForm(form: Form, origin: FormOrigin): ModalView {
  checkIdLength(form.id, SlackLimits.callbackId, "callback_id");
  return {
    type: "modal",
    callback_id: form.id,
    title: { type: "plain_text", text: fitPlain(form.title, SlackLimits.modalTitle) },
    submit: { type: "plain_text", text: fitPlain(form.submitLabel, SlackLimits.modalSubmit) },
    private_metadata: encodeFormOrigin(origin),
    blocks: form.fields.map(input),
  };
}

function input(field: FormField): InputBlock {
  const maxLength = Math.min(field.maxLength ?? ModalLimits.inputValue, ModalLimits.inputValue);
  return {
    type: "input",
    block_id: field.id,
    optional: !field.required,
    label: { type: "plain_text", text: fitPlain(field.label, SlackLimits.inputLabel) },
    element: {
      type: "plain_text_input",
      action_id: field.id,
      multiline: field.style === "paragraph",
      max_length: maxLength,
      ...(field.placeholder
        ? { placeholder: { type: "plain_text", text: fitPlain(field.placeholder, ModalLimits.placeholder) } }
        : {}),
      ...(field.value ? { initial_value: field.value.slice(0, maxLength) } : {}),
    },
  };
}

/** The submitted state of a view, as Bolt types it: block_id → action_id → value. */
export type ViewStateValues = Readonly<Record<string, Readonly<Record<string, { readonly value?: string | null }>>>>;

/** Submitted text per field id; an emptied optional input arrives as null and becomes "". */
export function formValues(state: ViewStateValues): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(state)) {
    const own = actions[blockId];
    if (own) values[blockId] = own.value ?? "";
  }
  return values;
}

/** JSON, dropping the response_url if Slack's 3,000-character metadata limit would be exceeded. */
export function encodeFormOrigin(origin: FormOrigin): string {
  const full = JSON.stringify({ c: origin.channelId, r: origin.responseUrl });
  return full.length <= SlackLimits.privateMetadata ? full : JSON.stringify({ c: origin.channelId });
}

/** Reads what {@link encodeFormOrigin} wrote; undefined for anything else (a view that is not ours). */
export function decodeFormOrigin(metadata: string): FormOrigin | undefined {
  try {
    const data: unknown = JSON.parse(metadata);
    if (typeof data !== "object" || data === null) return undefined;
    const { c, r } = data as { c?: unknown; r?: unknown };
    if (typeof c !== "string" || c === "") return undefined;
    return { channelId: c, responseUrl: typeof r === "string" ? r : undefined };
  } catch {
    return undefined;
  }
}
