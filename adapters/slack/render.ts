import type { ActionsBlock, Button, ContextBlock, HeaderBlock, KnownBlock, SectionBlock } from "@slack/types";
import { ErrorCode, GatherError } from "../../src/errors.js";
import type { Action, Message } from "../../src/core/message.js";
import { checkIdLength, SlackLimits } from "./limits.js";
import { fitAtoms, fitPlain, linkToken, richTextAtoms, textAtoms, type Atoms, type MrkdwnTarget } from "./mrkdwn.js";

export { renderForm } from "./modal.js";

/**
 * Block Kit limits that src/core/limits.ts does not list (yet), from Slack's
 * block reference. Kept beside their only user until the core needs them.
 */
export const BlockKitLimits = {
  fieldsPerSection: 10,
  fieldText: 2000,
  /** The fallback only has to carry a notification's worth; the blocks carry the whole message. */
  fallbackText: 3000,
} as const;

/** What chat.postMessage and friends take: blocks, and `text` for notifications and old clients. */
export interface RenderedMessage {
  readonly text: string;
  readonly blocks: KnownBlock[];
}

/**
 * A Message as Block Kit: header (title), section (text), sections of fields,
 * a section of links, context (small print), actions (buttons). `target` is
 * the workspace it is posted in, which decides who can be @-mentioned.
 */
export function renderMessage(message: Message, target: MrkdwnTarget): RenderedMessage {
  const blocks: KnownBlock[] = [];
  if (message.title) blocks.push(header(message.title));
  const text = richTextAtoms(message.text, target);
  if (text.length) blocks.push(section(text));
  blocks.push(...fieldSections(message, target));
  if (message.links?.length) blocks.push(linksSection(message.links));
  const context = richTextAtoms(message.context, target);
  if (context.length) blocks.push(contextBlock(context));
  blocks.push(...actionBlocks(message.actions ?? []));
  if (blocks.length > SlackLimits.blocks) {
    throw new GatherError(
      ErrorCode.PlatformLimitExceeded,
      `a Slack message may have ${SlackLimits.blocks} blocks; this one has ${blocks.length}`,
    );
  }
  return { text: fallbackText(message, target), blocks };
}

/**
 * The top-level `text`: shown in notifications and by clients without Block
 * Kit. Slack parses it as mrkdwn too, so it is escaped like the blocks.
 */
function fallbackText(message: Message, target: MrkdwnTarget): string {
  const title = message.title ? textAtoms(message.title) : [];
  const text = richTextAtoms(message.text, target);
  const atoms = title.length && text.length ? [...title, "\n", ...text] : [...title, ...text];
  return fitAtoms(atoms.length ? atoms : textAtoms(" "), BlockKitLimits.fallbackText);
}

/** Header text is plain_text: never parsed for mentions or links, so it is sent as written. */
function header(title: string): HeaderBlock {
  return { type: "header", text: { type: "plain_text", text: fitPlain(title, SlackLimits.headerText), emoji: true } };
}

function section(atoms: Atoms): SectionBlock {
  return { type: "section", text: { type: "mrkdwn", text: fitAtoms(atoms, SlackLimits.sectionText) } };
}

function contextBlock(atoms: Atoms): ContextBlock {
  return { type: "context", elements: [{ type: "mrkdwn", text: fitAtoms(atoms, SlackLimits.sectionText) }] };
}

/** Links on one line, "a · b · c": each a `<url|label>` token. */
function linksSection(links: NonNullable<Message["links"]>): SectionBlock {
  return section(links.flatMap((link, i) => (i === 0 ? [] : [" · "]).concat(linkToken(link.url, link.label))));
}

/** Fields as `*label*\nvalue`, ten to a section (Slack's limit). */
function fieldSections(message: Message, target: MrkdwnTarget): SectionBlock[] {
  const fields = (message.fields ?? []).map((field) => ({
    type: "mrkdwn" as const,
    text: fitAtoms(
      ["*", ...textAtoms(field.label), "*", "\n", ...richTextAtoms(field.value, target)],
      BlockKitLimits.fieldText,
    ),
  }));
  return chunk(fields, BlockKitLimits.fieldsPerSection).map((group) => ({ type: "section", fields: group }));
}

/** Buttons carry the stateless custom id as action_id, 25 to an actions block (Slack's limit). */
function actionBlocks(actions: readonly Action[]): ActionsBlock[] {
  const buttons = actions.map(button);
  return chunk(buttons, SlackLimits.elementsPerActions).map((elements) => ({ type: "actions", elements }));
}

function button(action: Action): Button {
  checkIdLength(action.id, SlackLimits.actionId, "action_id");
  return {
    type: "button",
    action_id: action.id,
    text: { type: "plain_text", text: fitPlain(action.label, SlackLimits.buttonText), emoji: true },
    // Slack knows only primary and danger; the default look is "no style".
    ...(action.style === "primary" || action.style === "danger" ? { style: action.style } : {}),
  };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
