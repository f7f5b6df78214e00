/**
 * `/ask <paragraph>` in the handler: the reading of paragraph.ts checked (tags, the needed-by day
 * through the shared date reader) and the private echo of what was posted, with Undo.
 */
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { MessageKey, MessageParams, Translate } from "../../core/i18n/index.js";
import type { Field, Message } from "../../core/message.js";
import { tagsSchema } from "../shared/words.js";
import { AskLimits, type Urgency } from "./input.js";
import { readAskParagraph } from "./paragraph.js";
import type { NewAsk, StoredAsk } from "./store.js";
import { ASK_BUTTON } from "./stored-names.js";

/** The ask a paragraph gives, with tags, urgency and a needed-by day given beside it (Discord, the form). */
export function askFromParagraph(
  ctx: Context,
  input: { details: string; tags: readonly string[]; urgency: Urgency | undefined; deadline: string | undefined },
  deadlineOf: (ctx: Context, text: string | undefined) => Date | undefined,
): NewAsk {
  const reading = readAskParagraph(input.details, AskLimits.what);
  if (!reading) throw new UserError("asks.reading.nothing", { command: ctx.commandText("ask") });
  const tags = tagsSchema.safeParse([...reading.tags, ...input.tags].join(" "));
  if (!tags.success) {
    const issue = tags.error.issues[0];
    const params = (issue && "params" in issue ? issue.params : {}) as MessageParams;
    throw new UserError((issue?.message ?? "tags.invalid") as MessageKey, params);
  }
  return {
    what: reading.what,
    details: reading.details,
    tags: tags.data,
    // What is given beside the paragraph is said outright: it wins over what was read.
    urgency: input.urgency ?? reading.urgency ?? "normal",
    deadline:
      input.deadline !== undefined ? deadlineOf(ctx, input.deadline) : readDeadline(ctx, reading.deadline, deadlineOf),
  };
}

/** The needed-by words read as a day, or a refusal that names them: never a guess. */
function readDeadline(
  ctx: Context,
  words: string | undefined,
  deadlineOf: (ctx: Context, text: string | undefined) => Date | undefined,
): Date | undefined {
  if (words === undefined) return undefined;
  try {
    return deadlineOf(ctx, words);
  } catch (error) {
    if (!(error instanceof UserError) || error.key !== "reading.when.refused") throw error;
    throw new UserError("asks.reading.deadline", { part: words.slice(0, 60), problem: ctx.t(error.key, error.params) });
  }
}

/** What was read and posted, privately, with Undo. */
export function askReadingEcho(ask: StoredAsk, t: Translate): Message {
  const fields: Field[] = [{ label: t("asks.opt.what"), value: ask.what }];
  if (ask.details) fields.push({ label: t("asks.opt.details"), value: ask.details });
  if (ask.tags.length) fields.push({ label: t("update.card.tags"), value: ask.tags.map((x) => `#${x}`).join(" ") });
  fields.push({ label: t("asks.opt.urgency"), value: t(`asks.urgency.${ask.urgency}`) });
  if (ask.deadline)
    fields.push({ label: t("asks.opt.deadline"), value: [{ kind: "time", at: ask.deadline, style: "date" }] });
  return {
    title: t("asks.reading.title", { number: ask.number }),
    fields,
    context: t("asks.reading.hint"),
    actions: [{ id: encodeCustomId(ASK_BUTTON.undo, ask.id), label: t("asks.button.undo"), style: "danger" }],
  };
}
