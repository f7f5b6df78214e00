import { bilingual } from "../shared/bilingual.js";
import { channelOf, postInChannel } from "../../core/channels.js";
import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { readFor } from "../../reading/when/index.js";
import type { Inline } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { asksOf, findAsk, requireAsker, requireOpen } from "./access.js";
import { askCard, askLine } from "./card.js";
import { askCardsAfter, rememberAskCard } from "./cards.js";
import {
  AskLimits,
  askFromText,
  askOptions,
  listOptions,
  numberFromText,
  numberOptions,
  offerFromText,
  offerOptions,
  settingsFromText,
  settingsOptions,
  storyFromText,
  storyOptions,
} from "./input.js";
import { askFromParagraph, askReadingEcho } from "./paragraph-reply.js";
import { planFollowUps } from "./schedule.js";
import { AskSettingsStore } from "./settings-store.js";
import { StandingOfferStore } from "./standing-offer-store.js";
import type { StoredAsk } from "./store.js";

/**
 * The deadline as the member wrote it, read by the shared date reader: a day is "by the end of
 * it" in the network's zone; a day with a time is that time. Not understood: refused, never guessed.
 */
function deadlineOf(ctx: Context, text: string | undefined): Date | undefined {
  if (!text?.trim()) return undefined;
  const reading = readFor(ctx, text, "date");
  const end = reading.allDay ? reading.start.endOf("day") : reading.start;
  if (end.toJSDate() < ctx.clock.now()) throw new UserError("asks.deadline.past");
  return end.toJSDate();
}

const ask = defineSubcommand({
  name: "post",
  descriptionKey: "asks.post.description",
  usageKey: "asks.post.usage",
  options: askOptions,
  form: { titleKey: "asks.form.title", submitKey: "asks.form.submit" },
  fromText: askFromText,
  handle: async (ctx, input) => {
    const at = ctx.clock.now();
    // No "what": one paragraph, read into a title, tags, urgency and needed-by, and echoed back.
    const paragraph = input.what === undefined;
    const ask = paragraph
      ? askFromParagraph(ctx, { ...input, details: input.details ?? "" }, deadlineOf)
      : {
          what: input.what ?? "",
          details: input.details,
          tags: input.tags,
          urgency: input.urgency ?? "normal",
          deadline: deadlineOf(ctx, input.deadline),
        };
    // Posted (and later bumped) in the space's help channel, when it has one.
    const channelId = channelOf(ctx, "help") ?? ctx.channelId;
    const stored = await asksOf(ctx).create(
      { networkId: ctx.network.id, requesterId: ctx.member.id, spaceId: ctx.space.id, channelId },
      ask,
      at,
      (tx, created, { bumpHours }) => planFollowUps(tx, created, at, bumpHours),
    );
    const card = bilingual(ctx, (t) => askCard(stored, t, ctx.memberRef));
    const replies = await postInChannel(
      ctx,
      "help",
      card,
      { key: "admin.posted.ask", params: { number: stored.number } },
      rememberAskCard(ctx, ctx.network.id, stored.id, ctx.space.id),
    );
    return paragraph ? [replies, reply.private(askReadingEcho(stored, ctx.t))].flat() : replies;
  },
});

function listMessage(
  ctx: Context,
  title: string,
  asks: readonly StoredAsk[],
  empty: string,
  context = ctx.t("asks.list.footer"),
) {
  if (asks.length === 0) return reply.private({ title, text: empty, context });
  const text: Inline[] = asks.flatMap((a, i) => [...(i ? ["\n"] : []), ...askLine(a, ctx.t)]);
  return reply.private({ title, text, context });
}

const list = defineSubcommand({
  name: "list",
  descriptionKey: "asks.list.description",
  usageKey: "asks.list.usage",
  options: listOptions,
  handle: async (ctx, input) => {
    const tag = input.tag?.replace(/^#/, "").toLowerCase();
    const asks = await asksOf(ctx).open(ctx.network.id, tag, AskLimits.pageSize);
    return listMessage(ctx, ctx.t("asks.list.title"), asks, ctx.t("asks.list.empty"));
  },
});

const mine = defineSubcommand({
  name: "mine",
  descriptionKey: "asks.mine.description",
  options: {},
  handle: async (ctx) => {
    const store = asksOf(ctx);
    const [asks, counts] = await Promise.all([
      store.mine(ctx.network.id, ctx.member.id, AskLimits.pageSize),
      store.counts(ctx.network.id, ctx.member.id),
    ]);
    return listMessage(
      ctx,
      ctx.t("asks.mine.title"),
      asks,
      ctx.t("asks.mine.empty"),
      ctx.t("asks.mine.counts", counts),
    );
  },
});

const show = defineSubcommand({
  name: "show",
  descriptionKey: "asks.show.description",
  usageKey: "asks.show.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => reply.private(askCard(await findAsk(ctx, input.number ?? 0), ctx.t)),
});

/** Resolve or close by number (or from any copy of its card): the asker or a coordinator. Every copy then says so. */
export async function finish(ctx: Context, target: StoredAsk, status: "resolved" | "closed"): Promise<Reply[]> {
  requireAsker(ctx, target);
  requireOpen(target);
  await asksOf(ctx).setStatus(target, status, ctx.member.id, ctx.clock.now());
  const cards = askCardsAfter(ctx, target.id);
  if (status === "closed") return [reply.private(ctx.t("asks.closed", { number: target.number })), cards];
  if (ctx.canOpenForms) return [reply.form(ctx.formFor("ask", "story", { arg: String(target.number) })), cards];
  return [
    reply.private(ctx.t("asks.resolved.hint", { number: target.number, command: ctx.commandText("ask") })),
    cards,
  ];
}

const resolve = defineSubcommand({
  name: "resolve",
  descriptionKey: "asks.resolve.description",
  usageKey: "asks.resolve.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => finish(ctx, await findAsk(ctx, input.number ?? 0), "resolved"),
});

const close = defineSubcommand({
  name: "close",
  descriptionKey: "asks.close.description",
  usageKey: "asks.close.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => finish(ctx, await findAsk(ctx, input.number ?? 0), "closed"),
});

const story = defineSubcommand({
  name: "story",
  descriptionKey: "asks.story.description",
  usageKey: "asks.story.usage",
  options: storyOptions,
  form: { titleKey: "asks.story.form_title", submitKey: "update.form.save", argOption: "number" },
  fromText: storyFromText,
  handle: async (ctx, input) => {
    const target = await findAsk(ctx, input.number ?? 0);
    requireAsker(ctx, target);
    await asksOf(ctx).saveStory(target, ctx.member.id, input.story, ctx.clock.now());
    return reply.private(ctx.t("asks.story.thanks"));
  },
});

const settings = defineSubcommand({
  name: "settings",
  descriptionKey: "asks.settings.description",
  usageKey: "asks.settings.usage",
  role: "coordinator",
  options: settingsOptions,
  fromText: settingsFromText,
  handle: async (ctx, input) => {
    const settings = await new AskSettingsStore(ctx.db).set(
      ctx.network.id,
      { bumpHours: input.bump, pingsPerDay: input.pings },
      ctx.member.id,
      ctx.clock.now(),
    );
    return reply.private(ctx.t("asks.settings.done", { bump: settings.bumpHours, pings: settings.pingsPerDay }));
  },
});

/** `/ask`: ask the network for information, advice or support. */
export const askCommand = defineCommand({
  name: "ask",
  descriptionKey: "asks.ask.description",
  defaultSubcommand: "post",
  subcommands: [ask, list, mine, show, resolve, close, story, settings],
});

const setOffer = defineSubcommand({
  name: "set",
  descriptionKey: "asks.offer_set.description",
  usageKey: "asks.offer_set.usage",
  options: offerOptions,
  fromText: offerFromText,
  handle: async (ctx, input) => {
    await new StandingOfferStore(ctx.db).set(
      { networkId: ctx.network.id, memberId: ctx.member.id },
      { tags: input.tags, availability: input.availability },
      ctx.clock.now(),
    );
    return reply.private(ctx.t("asks.offer_set.done", { tags: input.tags.map((t) => `#${t}`).join(" ") }));
  },
});

const stopOffer = defineSubcommand({
  name: "stop",
  descriptionKey: "asks.offer_stop.description",
  options: {},
  handle: async (ctx) => {
    await new StandingOfferStore(ctx.db).stop({ networkId: ctx.network.id, memberId: ctx.member.id }, ctx.clock.now());
    return reply.private(ctx.t("asks.offer_stop.done"));
  },
});

/** `/offer`: say what you can generally help with; matching asks reach you privately. */
export const offerCommand = defineCommand({
  name: "offer",
  descriptionKey: "asks.offer.description",
  defaultSubcommand: "set",
  subcommands: [setOffer, stopOffer],
});
