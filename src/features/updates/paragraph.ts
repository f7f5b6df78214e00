/**
 * An update written as one paragraph (`/update <paragraph>`, or a summary with no title on Discord
 * or in the form): its title, links and #tags read from the text, and the private echo of that
 * reading, with Edit and Undo.
 */
import type { z } from "zod";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { MessageKey, MessageParams, Translate } from "../../core/i18n/index.js";
import type { Field, Message } from "../../core/message.js";
import { readParagraph } from "../shared/paragraph.js";
import type { StoredUpdate, UpdateContent } from "./domain.js";
import { linksSchema, tagsSchema } from "./input.js";
import { UpdateLimits } from "./limits.js";

/** A list schema's value, or its first problem as the member's refusal. */
function parsedOrRefused<T>(schema: z.ZodType<T>, text: string): T {
  const parsed = schema.safeParse(text);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const params = (issue && "params" in issue ? issue.params : {}) as MessageParams;
  throw new UserError((issue?.message ?? "error.option_invalid") as MessageKey, params);
}

/** The content of a paragraph, with any links and tags given beside it (Discord options, the form). */
export function contentFromParagraph(
  ctx: Context,
  input: { summary: string; links: readonly string[]; tags: readonly string[]; area?: string | undefined },
): UpdateContent {
  const reading = readParagraph(input.summary, UpdateLimits.title);
  if (!reading) throw new UserError("update.reading.nothing", { command: ctx.commandText("update") });
  return {
    title: reading.title,
    // A one-sentence update is its own summary too: a card is never left without text.
    summary: reading.body ?? reading.text,
    links: parsedOrRefused(linksSchema, [...reading.links, ...input.links].join(" ")),
    tags: parsedOrRefused(tagsSchema, [...reading.tags, ...input.tags].join(" ")),
    area: input.area,
  };
}

/** What was read and posted, privately: Edit, and (for a new entry) Undo. */
export function readingEcho(update: StoredUpdate, t: Translate, revised: boolean): Message {
  const fields: Field[] = [
    { label: t("update.opt.title"), value: update.title },
    { label: t("update.opt.summary"), value: update.summary },
  ];
  if (update.links.length) fields.push({ label: t("update.opt.links"), value: update.links.join(" ") });
  if (update.tags.length)
    fields.push({ label: t("update.opt.tags"), value: update.tags.map((x) => `#${x}`).join(" ") });
  const number = update.number;
  return {
    title: t(revised ? "update.reading.revised_title" : "update.reading.title", { number }),
    fields,
    context: t(revised ? "update.reading.revised_hint" : "update.reading.hint"),
    actions: [
      { id: encodeCustomId("update.refresh", update.id), label: t("update.button.edit") },
      // Undoing a revision would take down the earlier entry too: only a new one is undone.
      ...(revised
        ? []
        : [{ id: encodeCustomId("update.undo", update.id), label: t("update.button.undo"), style: "danger" as const }]),
    ],
  };
}
