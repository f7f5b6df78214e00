import { bilingual } from "../shared/bilingual.js";
import { csvField } from "../admin/report.js";
import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { reply, type Reply } from "../../core/reply.js";
import { readFor } from "../../reading/when/index.js";
import { findPoll, pollsOf, requireAuthor } from "./access.js";
import { pollCard, pollLine } from "./card.js";
import { pollCardsAfter, rememberPollCard } from "./cards.js";
import { PollLimits, numberFromText, numberOptions, optionsOf, pollFromText, pollOptions, readFlags } from "./input.js";
import type { StoredPoll } from "./store.js";

/** "closes: Friday 5pm" read by the shared date reader: a day alone closes at its end; unread, refused. */
function closesAtOf(ctx: Context, text: string | undefined): Date | undefined {
  if (!text?.trim()) return undefined;
  const reading = readFor(ctx, text, "date");
  const at = (reading.allDay ? reading.start.endOf("day") : reading.start).toJSDate();
  if (at <= ctx.clock.now()) throw new UserError("polls.closes.past");
  return at;
}

const post = defineSubcommand({
  name: "post",
  descriptionKey: "polls.post.description",
  usageKey: "polls.post.usage",
  options: pollOptions,
  form: { titleKey: "polls.form.title", submitKey: "polls.form.submit" },
  fromText: pollFromText,
  handle: async (ctx, input) => {
    const options = optionsOf(input.options);
    const flags = readFlags(input.flags);
    const closesAt = closesAtOf(ctx, input.closes);
    const poll = await pollsOf(ctx).create(
      { networkId: ctx.network.id, authorId: ctx.member.id, spaceId: ctx.space.id, channelId: ctx.channelId },
      { question: input.question, options, ...flags, closesAt },
      ctx.clock.now(),
    );
    return reply.public(
      bilingual(ctx, (t) => pollCard(poll, t)),
      rememberPollCard(ctx, ctx.network.id, poll.id, ctx.space.id),
    );
  },
});

/** Closes a poll early (the author or a coordinator): every copy of its card shows the results. */
export async function closePoll(ctx: Context, poll: StoredPoll): Promise<Reply[]> {
  requireAuthor(ctx, poll);
  if (!(await pollsOf(ctx).close(poll, ctx.member.id, ctx.clock.now())))
    throw new UserError("polls.already_closed", { number: poll.number });
  const closed = (await pollsOf(ctx).byId(poll.id)) ?? poll;
  return [
    reply.public(bilingual(ctx, (t) => pollCard(closed, t))),
    reply.private(ctx.t("polls.closed", { number: poll.number })),
    pollCardsAfter(ctx, poll.id),
  ];
}

const close = defineSubcommand({
  name: "close",
  descriptionKey: "polls.close.description",
  usageKey: "polls.close.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => closePoll(ctx, await findPoll(ctx, input.number ?? 0)),
});

/** The results as CSV: one row per option, with its votes, share of voters and (named polls) who. */
export function resultsCsv(poll: StoredPoll): string {
  const header = ["poll", "question", "option", "votes", "share_of_voters", "voters"];
  const rows = poll.tally.map((row) =>
    [
      String(poll.number),
      poll.question,
      row.option,
      String(row.votes),
      poll.voters === 0 ? "0" : (row.votes / poll.voters).toFixed(3),
      row.names.join("; "),
    ].map(csvField),
  );
  return [header.map(csvField), ...rows].map((r) => r.join(",")).join("\r\n") + "\r\n";
}

const results = defineSubcommand({
  name: "results",
  descriptionKey: "polls.results.description",
  usageKey: "polls.results.usage",
  role: "coordinator",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const poll = await findPoll(ctx, input.number ?? 0);
    return reply.private({
      text: ctx.t("polls.results.done", { number: poll.number, count: poll.voters }),
      files: [{ name: `poll-${poll.number}-results.csv`, contentType: "text/csv", content: resultsCsv(poll) }],
    });
  },
});

const list = defineSubcommand({
  name: "list",
  descriptionKey: "polls.list.description",
  options: {},
  handle: async (ctx) => {
    const polls = await pollsOf(ctx).recent(ctx.network.id, PollLimits.pageSize);
    const title = ctx.t("polls.list.title");
    if (polls.length === 0) return reply.private({ title, text: ctx.t("polls.list.empty") });
    return reply.private({ title, text: polls.map((p) => pollLine(p, ctx.t)).join("\n") });
  },
});

/** `/poll`: ask the network a question with 2 to 15 answers. */
export const pollCommand = defineCommand({
  name: "poll",
  descriptionKey: "polls.poll.description",
  defaultSubcommand: "post",
  subcommands: [post, close, results, list],
});
