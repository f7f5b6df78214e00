import { defineAction } from "../../core/command.js";
import { requirePing } from "../../core/rate-limits.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { Message } from "../../core/message.js";
import { translatorFor } from "../../core/people.js";
import { reply } from "../../core/reply.js";
import { formValues, listPage, searchPage } from "./command.js";
import { authorRef, findUpdateById, requireChangeRight, storeOf } from "./access.js";
import { updateCard } from "./card.js";
import { updateCardsAfter } from "./cards.js";
import type { StoredUpdate } from "./domain.js";

/** The two hand-offs from a card: what the author is told, what the presser sees, and the audit code. */
const HAND_OFFS = {
  help: {
    toAuthor: "update.help.to_author",
    reached: "update.help.thanks",
    unreached: "update.help.thanks_unreached",
    audit: "update.help_offered",
  },
  contact: {
    toAuthor: "update.contact.to_author",
    reached: "update.contact.sent",
    unreached: "update.contact.unreached",
    audit: "update.contact_requested",
  },
} as const;

/**
 * Tells the author by DM who wants to help or talk (a mention, never contact details),
 * records it, and shows the presser how to reach the author.
 */
function handOffAction(kind: keyof typeof HAND_OFFS) {
  const keys = HAND_OFFS[kind];
  return defineAction({
    name: `update.${kind}`,
    handle: async (ctx, id) => {
      const update = await findUpdateById(ctx, id);
      if (update.authorId === ctx.member.id) throw new UserError("update.help.own");
      await requirePing(ctx);
      // Sent here rather than as `reply.dm`: what the presser is told (and the audit) depends on
      // whether the author could be reached.
      const toAuthor = (await translatorFor(ctx.db, update.authorId)) ?? ctx.t; // the author's language
      const result = await ctx.delivery.toMember(update.authorId, {
        text: [
          toAuthor(keys.toAuthor, { title: update.title }),
          " ",
          { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
        ],
      });
      await storeOf(ctx).recordHandOff(update, ctx.member.id, keys.audit, result.via, ctx.clock.now());
      const ref = await authorRef(ctx, update);
      return reply.private({
        text: [
          ctx.t(result.via === "none" ? keys.unreached : keys.reached, { title: update.title }),
          " ",
          { kind: "member", name: update.authorName, ...(ref ? { ref } : {}) },
        ],
      });
    },
  });
}

const confirmDelete = defineAction({
  name: "update.delete",
  handle: async (ctx, id) => {
    const update = await findUpdateById(ctx, id);
    requireChangeRight(ctx, update);
    if (!(await storeOf(ctx).delete(update.id, ctx.member.id, ctx.clock.now())))
      throw new UserError("update.already_deleted", { number: update.number });
    return [
      reply.update({ text: ctx.t("update.delete.done", { number: update.number, title: update.title }) }),
      updateCardsAfter(ctx, update.id),
    ];
  },
});

/** Undo under the echo of a paragraph just posted: takes the new entry down, for its author only. */
const undo = defineAction({
  name: "update.undo",
  handle: async (ctx, id) => {
    const update = await findUpdateById(ctx, id);
    if (update.authorId !== ctx.member.id) throw new UserError("update.undo.not_author", { number: update.number });
    if (!(await storeOf(ctx).delete(update.id, ctx.member.id, ctx.clock.now())))
      throw new UserError("update.already_deleted", { number: update.number });
    return [
      reply.update({ text: ctx.t("update.undo.done", { number: update.number, title: update.title }) }),
      updateCardsAfter(ctx, update.id),
    ];
  },
});

const keepEntry = defineAction({
  name: "update.keep-entry",
  handle: async (ctx) => reply.update({ text: ctx.t("update.delete.cancelled") }),
});

/** "Still current?" → Keep. */
const stillCurrent = defineAction({
  name: "update.current",
  handle: async (ctx, id) => {
    const update = await findUpdateById(ctx, id);
    requireChangeRight(ctx, update);
    await storeOf(ctx).confirm(update.id, ctx.member.id, ctx.clock.now());
    return reply.update({ text: ctx.t("update.fresh.kept", { title: update.title }) });
  },
});

/** "Still current?" → Update: the edit form (or how to type it). */
const refresh = defineAction({
  name: "update.refresh",
  handle: async (ctx, id) => {
    const update = await findUpdateById(ctx, id);
    requireChangeRight(ctx, update);
    if (!ctx.canOpenForms)
      return reply.private(
        ctx.t("update.fresh.how_to_edit", { command: ctx.commandText("update"), number: update.number }),
      );
    return reply.form(ctx.formFor("update", "edit", { arg: String(update.number), values: formValues(update) }));
  },
});

/** "Still current?" → Archive. */
const archive = defineAction({
  name: "update.archive",
  handle: async (ctx, id) => {
    const update = await findUpdateById(ctx, id);
    requireChangeRight(ctx, update);
    await storeOf(ctx).archive(update.id, ctx.member.id, ctx.clock.now());
    return [
      reply.update({ text: ctx.t("update.fresh.archived", { title: update.title }) }),
      updateCardsAfter(ctx, update.id),
    ];
  },
});

/** "Next" under a directory page or search results. */
const page = defineAction({
  name: "update.page",
  handle: async (ctx, arg) => {
    const [kind, pageText = "1", ...rest] = arg.split(":");
    const number = Math.max(1, Number.parseInt(pageText, 10) || 1);
    const tail = rest.join(":");
    if (kind === "s") return searchPage(ctx, tail, number);
    const [tag = "", author = "", area = ""] = tail.split("|");
    return listPage(ctx, { tag: tag || undefined, author: author || undefined, area: area || undefined }, number);
  },
});

/** The card shown with "still current?" questions. */
export function freshnessQuestion(update: StoredUpdate, t: Context["t"]): Message {
  const card = updateCard(update, t);
  return {
    ...card,
    title: t("update.fresh.question", { title: update.title }),
    actions: [
      { id: encodeCustomId("update.current", update.id), label: t("update.button.keep"), style: "primary" },
      { id: encodeCustomId("update.refresh", update.id), label: t("update.button.refresh") },
      { id: encodeCustomId("update.archive", update.id), label: t("update.button.archive"), style: "danger" },
    ],
  };
}

export const updateActions = [
  handOffAction("help"),
  handOffAction("contact"),
  confirmDelete,
  undo,
  keepEntry,
  stillCurrent,
  refresh,
  archive,
  page,
];
