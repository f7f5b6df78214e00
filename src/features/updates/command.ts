import { actedBy } from "../../core/audit.js";
import { bilingual } from "../shared/bilingual.js";
import { postInChannel } from "../../core/channels.js";
import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { authorRef, findUpdate, requireChangeRight, storeOf } from "./access.js";
import { directoryPage, updateCard } from "./card.js";
import { exportFiles } from "./export.js";
import {
  editFromText,
  editOptions,
  freshnessOptions,
  listFromText,
  listOptions,
  numberFromText,
  numberOptions,
  postFromText,
  postOptions,
  searchOptions,
} from "./input.js";
import { UpdateLimits } from "./limits.js";
import { contentFromParagraph, readingEcho } from "./paragraph.js";
import { updateCardFollowing } from "./cards.js";
import type { DirectoryFilter, StoredUpdate, UpdateContent } from "./domain.js";
import { clearDigestChannel, setDigestChannel, setFreshnessWeeks } from "./settings-store.js";

const post = defineSubcommand({
  name: "post",
  descriptionKey: "update.post.description",
  usageKey: "update.post.usage",
  options: postOptions,
  form: { titleKey: "update.form.title", submitKey: "update.form.submit" },
  fromText: postFromText,
  handle: async (ctx, input) => {
    // No title: one paragraph, read into a title, a summary, links and tags, and echoed back.
    const paragraph = input.title === undefined;
    const content = paragraph ? contentFromParagraph(ctx, input) : { ...input, title: input.title ?? "" };
    const { update, revised } = await storeOf(ctx).post(ctx.network.id, ctx.member, content, ctx.clock.now());
    ctx.log.info({ update: update.id, revised, paragraph }, "update posted");
    const card = bilingual(ctx, (t) => updateCard(update, t, { ref: ctx.memberRef, revised }));
    const copies = updateCardFollowing(ctx, update.id);
    const replies = await postInChannel(
      ctx,
      "updates",
      card,
      { key: "admin.posted.update", params: { number: update.number } },
      copies.onPosted,
    );
    const echo = paragraph ? [reply.private(readingEcho(update, ctx.t, revised))] : [];
    return [replies, echo, revised ? [copies.after] : []].flat();
  },
});

const edit = defineSubcommand({
  name: "edit",
  descriptionKey: "update.edit.description",
  usageKey: "update.edit.usage",
  options: editOptions,
  form: { titleKey: "update.form.edit_title", submitKey: "update.form.save", argOption: "number" },
  fromText: editFromText,
  handle: async (ctx, input) => {
    const update = await findUpdate(ctx, input.number ?? 0);
    requireChangeRight(ctx, update);
    const nothingGiven = [input.title, input.summary, input.links, input.tags, input.area].every(
      (v) => v === undefined || (Array.isArray(v) && v.length === 0),
    );
    if (nothingGiven) {
      if (!ctx.canOpenForms)
        throw new UserError("error.usage", {
          usage: ctx.t("update.edit.usage", { command: ctx.commandText("update") }),
        });
      return reply.form(ctx.formFor("update", "edit", { arg: String(update.number), values: formValues(update) }));
    }
    const edited = await storeOf(ctx).edit(update.id, ctx.member.id, merge(update, input), ctx.clock.now());
    const ref = await authorRef(ctx, edited);
    const card = bilingual(ctx, (t) => updateCard(edited, t, { ref, revised: true }));
    const copies = updateCardFollowing(ctx, edited.id);
    const replies = await postInChannel(
      ctx,
      "updates",
      card,
      { key: "admin.posted.update", params: { number: edited.number } },
      copies.onPosted,
    );
    return [replies, copies.after].flat();
  },
});

/** Title and summary given together replace everything (forms, typed text); otherwise given fields replace theirs. */
function merge(
  update: StoredUpdate,
  input: {
    title?: string | undefined;
    summary?: string | undefined;
    links: readonly string[];
    tags: readonly string[];
    area?: string | undefined;
  },
): UpdateContent {
  if (input.title !== undefined && input.summary !== undefined) {
    return { title: input.title, summary: input.summary, links: input.links, tags: input.tags, area: input.area };
  }
  return {
    title: input.title ?? update.title,
    summary: input.summary ?? update.summary,
    links: input.links.length ? input.links : update.links,
    tags: input.tags.length ? input.tags : update.tags,
    area: input.area ?? update.area,
  };
}

/** An entry as the edit form's fields. */
export function formValues(update: StoredUpdate): Record<string, string> {
  return {
    title: update.title,
    summary: update.summary,
    links: update.links.join(" "),
    tags: update.tags.map((t) => `#${t}`).join(" "),
    area: update.area ?? "",
  };
}

const remove = defineSubcommand({
  name: "delete",
  descriptionKey: "update.delete.description",
  usageKey: "update.delete.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const update = await findUpdate(ctx, input.number ?? 0);
    requireChangeRight(ctx, update);
    return reply.private({
      text: ctx.t("update.delete.confirm", { number: update.number, title: update.title }),
      actions: [
        { id: encodeCustomId("update.delete", update.id), label: ctx.t("update.button.delete"), style: "danger" },
        { id: encodeCustomId("update.keep-entry", update.id), label: ctx.t("update.button.cancel") },
      ],
    });
  },
});

const show = defineSubcommand({
  name: "show",
  descriptionKey: "update.show.description",
  usageKey: "update.show.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const update = await findUpdate(ctx, input.number ?? 0);
    return reply.private(
      updateCard(update, ctx.t, { ref: await authorRef(ctx, update), revised: update.updatedAt > update.createdAt }),
    );
  },
});

/** A page of the directory. Also run by the "Next" button, whose id carries the filter. */
export async function listPage(ctx: Context, filter: DirectoryFilter, page: number) {
  const size = UpdateLimits.pageSize;
  const tag = filter.tag?.replace(/^#/, "").toLowerCase();
  const { updates, total } = await storeOf(ctx).list(
    ctx.network.id,
    { ...filter, tag },
    { limit: size, offset: (page - 1) * size },
  );
  const next =
    page * size < total ? pageId("l", page + 1, [tag ?? "", filter.author ?? "", filter.area ?? ""]) : undefined;
  return reply.private(
    directoryPage(ctx.t("update.list.title"), updates, ctx.t, {
      number: page,
      total,
      size,
      next,
      empty: ctx.t("update.list.empty"),
    }),
  );
}

/** Search results, best first. */
export async function searchPage(ctx: Context, words: string, page: number) {
  const size = UpdateLimits.pageSize;
  const { updates, total } = await storeOf(ctx).search(ctx.network.id, words, {
    limit: size,
    offset: (page - 1) * size,
  });
  const next = page * size < total ? pageId("s", page + 1, [words]) : undefined;
  return reply.private(
    directoryPage(ctx.t("update.search.title", { words }), updates, ctx.t, {
      number: page,
      total,
      size,
      next,
      empty: ctx.t("update.search.empty", { words }),
    }),
  );
}

/** "update.page:l:2:arts||Cardiff" — cut to fit a custom id; a cut filter only widens the next page. */
function pageId(kind: "l" | "s", page: number, parts: readonly string[]): string {
  const head = `${kind}:${page}:`;
  const room = 100 - "update.page:".length - head.length;
  return encodeCustomId(
    "update.page",
    `${head}${parts.map((p) => p.replaceAll("|", " ")).join("|")}`.slice(0, head.length + room),
  );
}

const list = defineSubcommand({
  name: "list",
  descriptionKey: "update.list.description",
  usageKey: "update.list.usage",
  options: listOptions,
  fromText: listFromText,
  handle: async (ctx, input) => listPage(ctx, input, input.page ?? 1),
});

const search = defineSubcommand({
  name: "search",
  descriptionKey: "update.search.description",
  usageKey: "update.search.usage",
  options: searchOptions,
  handle: async (ctx, input) => searchPage(ctx, input.words, 1),
});

const exportCommand = defineSubcommand({
  name: "export",
  descriptionKey: "update.export.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) => {
    const updates = await storeOf(ctx).all(ctx.network.id);
    return reply.private({
      text: ctx.t("update.export.done", { count: updates.length }),
      files: exportFiles(ctx, updates),
    });
  },
});

const digestHere = defineSubcommand({
  name: "digest-here",
  descriptionKey: "update.digest_here.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) => {
    const dueAt = await setDigestChannel(ctx.db, actedBy(ctx), {
      spaceId: ctx.space.id,
      channelId: ctx.channelId,
      timeZone: ctx.network.timeZone,
    });
    return reply.private({
      text: [ctx.t("update.digest_here.done"), " ", { kind: "time", at: dueAt, style: "datetime" }],
    });
  },
});

const digestOff = defineSubcommand({
  name: "digest-off",
  descriptionKey: "update.digest_off.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) => {
    await clearDigestChannel(ctx.db, actedBy(ctx), ctx.space.id);
    return reply.private(ctx.t("update.digest_off.done"));
  },
});

const freshness = defineSubcommand({
  name: "freshness",
  descriptionKey: "update.freshness.description",
  usageKey: "update.freshness.usage",
  role: "coordinator",
  options: freshnessOptions,
  handle: async (ctx, input) => {
    const weeks = input.weeks ?? 12;
    await setFreshnessWeeks(ctx.db, actedBy(ctx), weeks);
    return reply.private(ctx.t("update.freshness.done", { weeks, count: weeks }));
  },
});

/** `/update`: project updates and the network's directory of what is going on. */
export const updateCommand = defineCommand({
  name: "update",
  descriptionKey: "update.description",
  defaultSubcommand: "post",
  subcommands: [post, list, search, show, edit, remove, exportCommand, digestHere, digestOff, freshness],
});
