import { defineCommand, defineSubcommand } from "../../core/command.js";
import { reply } from "../../core/reply.js";
import { updateCard } from "./card.js";
import { postFromText, postOptions } from "./input.js";
import { createUpdate } from "./store.js";

const post = defineSubcommand({
  name: "post",
  descriptionKey: "update.post.description",
  usageKey: "update.post.usage",
  options: postOptions,
  form: { titleKey: "update.form.title", submitKey: "update.form.submit" },
  fromText: postFromText,
  handle: async (ctx, input) => {
    const stored = await createUpdate(
      ctx.db,
      { networkId: ctx.network.id, authorId: ctx.member.id, title: input.title, summary: input.summary, links: input.links },
      ctx.clock.now(),
    );
    ctx.log.info({ update: stored.id }, "update posted");
    return reply.public(
      updateCard(
        { ...stored, author: { name: ctx.member.displayName, ref: ctx.memberRef } },
        ctx.t,
      ),
    );
  },
});

/** `/update`: project updates. `/update Title | Summary | links` posts one. */
export const updateCommand = defineCommand({
  name: "update",
  descriptionKey: "update.description",
  defaultSubcommand: "post",
  subcommands: [post],
});
