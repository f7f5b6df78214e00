import { fileText } from "../../src/core/files.js";
import type {
  APIActionRowComponent,
  APIAllowedMentions,
  APIButtonComponentWithCustomId,
  APIEmbed,
  APIEmbedField,
  APILabelComponent,
  APIModalInteractionResponseCallbackData,
  APITextInputComponent,
} from "discord-api-types/v10";
// Values from discord.js (which re-exports discord-api-types): discord-api-types is only a dev dependency.
import { ButtonStyle, ComponentType, TextInputStyle } from "discord.js";
import { ErrorCode, GatherError } from "../../src/errors.js";
import type { Action, ActionStyle, Form, FormField, Message } from "../../src/core/message.js";
import { DiscordLimits as Limits } from "./limits.js";
import { escapeMarkdown, link, renderRichText, truncate, type RenderTarget } from "./markdown.js";

export type { RenderTarget } from "./markdown.js";

/** A row of Gather's buttons. */
export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/**
 * A Message as Discord message JSON: the body of `POST /channels/:id/messages`
 * and of interaction responses alike.
 */
export interface RenderedMessage {
  /** Set for a message that is only text; otherwise the text is in the embed. */
  readonly content?: string;
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly allowed_mentions: APIAllowedMentions;
}

/** Gather's accent colour on cards. */
const EMBED_COLOUR = 0x2f855a;

/**
 * Nothing Gather sends may ping: members type the text, and `@everyone` in
 * a summary must stay text. (Mentions in embeds never ping; content could.)
 */
export const NO_PINGS: APIAllowedMentions = { parse: [] };

/**
 * Renders a Message: text alone becomes plain content (an error or a short
 * answer reads better without a card); anything richer becomes one embed.
 * Buttons go in action rows below either.
 */
export function renderMessage(message: Message, target: RenderTarget): RenderedMessage {
  const components = renderActions(message.actions ?? []);
  const card = message.title || message.fields?.length || message.links?.length || message.context;
  if (!card) {
    const content = message.text === undefined ? "" : renderRichText(message.text, target);
    // Empty content is fine when files or buttons carry the message.
    if (content.length <= Limits.messageContent) return { content, embeds: [], components, allowed_mentions: NO_PINGS };
  }
  return { embeds: [renderEmbed(message, target)], components, allowed_mentions: NO_PINGS };
}

/** A file to upload with a message, as discord.js's REST client takes it (sent as multipart). */
export interface RenderedFile {
  readonly name: string;
  readonly contentType: string;
  readonly data: Buffer;
}

/** A message's attachments as files to upload; too many or too large is a programming error. */
export function renderFiles(message: Message): RenderedFile[] {
  const files = (message.files ?? []).map((file) => ({
    name: file.name,
    contentType: file.contentType,
    // CSV with a byte order mark, so spreadsheets read it as UTF-8 (src/core/files.ts).
    data: Buffer.from(fileText(file), "utf8"),
  }));
  if (files.length > Limits.filesPerMessage) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `a Discord message holds at most ${Limits.filesPerMessage} files`,
    );
  }
  const large = files.find((file) => file.data.byteLength > Limits.fileBytes);
  if (large) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `${large.name} is ${large.data.byteLength} bytes; Discord takes ${Limits.fileBytes}`,
    );
  }
  return files;
}

function renderEmbed(message: Message, target: RenderTarget): APIEmbed {
  if ((message.fields?.length ?? 0) > Limits.embedFields) {
    throw new GatherError(ErrorCode.PlatformLimitExceeded, `an embed holds at most ${Limits.embedFields} fields`);
  }
  const fields: APIEmbedField[] = (message.fields ?? []).map((field) => ({
    name: truncate(escapeMarkdown(field.label), Limits.embedFieldName) || "\u200b",
    value: truncate(renderRichText(field.value, target), Limits.embedFieldValue) || "\u200b",
  }));
  const title = message.title ? truncate(escapeMarkdown(message.title), Limits.embedTitle) : undefined;
  const budget =
    Limits.embedTotal - (title?.length ?? 0) - fields.reduce((n, f) => n + f.name.length + f.value.length, 0);
  const description = renderDescription(message, target, Math.min(Limits.embedDescription, budget));
  return {
    color: EMBED_COLOUR,
    ...(title ? { title } : {}),
    ...(description ? { description } : {}),
    ...(fields.length ? { fields } : {}),
  };
}

/**
 * Body text, then one link per line, then the context as subtext (`-#`).
 * The context is not the embed's footer because footers show `<@id>` and
 * `<t:…>` as raw text; the description renders them. Only the body is cut
 * when it is too long, so links and context always survive whole.
 */
function renderDescription(message: Message, target: RenderTarget, max: number): string {
  const links = (message.links ?? []).map((l) => link(l.url, l.label)).join("\n");
  const context =
    message.context === undefined ? "" : `-# ${renderRichText(message.context, target).replace(/\n/g, " ")}`;
  const tail = [links, context].filter((part) => part !== "").join("\n\n");
  const body = message.text === undefined ? "" : renderRichText(message.text, target);
  const room = max - (tail === "" || body === "" ? tail.length : tail.length + 2);
  return [truncate(body, Math.max(room, 0)), tail].filter((part) => part !== "").join("\n\n");
}

const BUTTON_STYLE: Readonly<Record<ActionStyle, APIButtonComponentWithCustomId["style"]>> = {
  primary: ButtonStyle.Primary,
  danger: ButtonStyle.Danger,
  default: ButtonStyle.Secondary,
};

/**
 * Buttons in rows of five, at most five rows. A custom id, or a number of
 * buttons or fields, over Discord's limits is a programming error: it throws
 * rather than sending something Discord would refuse. Text members typed is
 * cut to fit instead.
 */
export function renderActions(actions: readonly Action[]): ButtonRow[] {
  const max = Limits.buttonsPerRow * Limits.actionRows;
  if (actions.length > max) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `a Discord message holds at most ${max} buttons, not ${actions.length}`,
    );
  }
  const rows: ButtonRow[] = [];
  actions.forEach((action, i) => {
    if (i % Limits.buttonsPerRow === 0) rows.push({ type: ComponentType.ActionRow, components: [] });
    rows[rows.length - 1]?.components.push({
      type: ComponentType.Button,
      custom_id: checkedCustomId(action.id),
      label: truncate(action.label, Limits.buttonLabel),
      style: BUTTON_STYLE[action.style ?? "default"],
    });
  });
  return rows;
}

/**
 * A Form as a modal: each field a text input inside a label component.
 * Labels are Discord's current way to title inputs (text inputs in action
 * rows are deprecated in modals). Discord modals have no custom submit
 * button, so `submitLabel` is not used here.
 */
export function renderForm(form: Form): APIModalInteractionResponseCallbackData {
  if (form.fields.length === 0 || form.fields.length > Limits.modalFields) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `a Discord modal holds 1 to ${Limits.modalFields} inputs, not ${form.fields.length}`,
    );
  }
  return {
    custom_id: checkedCustomId(form.id),
    title: truncate(form.title, Limits.modalTitle),
    components: form.fields.map(renderField),
  };
}

function renderField(field: FormField): APILabelComponent {
  const input: APITextInputComponent = {
    type: ComponentType.TextInput,
    custom_id: checkedCustomId(field.id),
    style: field.style === "paragraph" ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: field.required,
    max_length: Math.min(field.maxLength ?? Limits.textInputValue, Limits.textInputValue),
    ...(field.placeholder ? { placeholder: truncate(field.placeholder, Limits.textInputPlaceholder) } : {}),
    ...(field.value ? { value: field.value.slice(0, Limits.textInputValue) } : {}),
  };
  return { type: ComponentType.Label, label: truncate(field.label, Limits.textInputLabel), component: input };
}

function checkedCustomId(id: string): string {
  if (id.length === 0 || id.length > Limits.customId) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `a Discord custom id has 1 to ${Limits.customId} characters, not ${id.length}`,
      { id },
    );
  }
  return id;
}
