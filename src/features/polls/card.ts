import { encodeCustomId } from "../../core/custom-id.js";
import type { Translate } from "../../core/i18n/index.js";
import type { Action, Inline, Message } from "../../core/message.js";
import type { StoredPoll } from "./store.js";
import { POLL_BUTTON } from "./stored-names.js";

const BAR = 10;

/** "▇▇▇▇░░░░░░": the option's share of the people who voted, in tenths. */
export function bar(votes: number, voters: number): string {
  const filled = voters === 0 ? 0 : Math.round((BAR * votes) / voters);
  return "▇".repeat(filled) + "░".repeat(BAR - filled);
}

/** Names on a card: the first ten, then how many more. */
function namesOf(names: readonly string[], t: Translate): string {
  if (names.length <= 10) return names.join(", ");
  return `${names.slice(0, 10).join(", ")} ${t("polls.card.more", { count: names.length - 10 })}`;
}

/** The options with their bars and counts (and, on a named poll, who chose each). */
export function tallyText(poll: StoredPoll, t: Translate): string {
  return poll.tally
    .map((row, index) => {
      const line = `${index + 1}. ${row.option}\n${bar(row.votes, poll.voters)} ${row.votes}`;
      return row.names.length ? `${line} · ${namesOf(row.names, t)}` : line;
    })
    .join("\n");
}

/**
 * A poll as a card: the question, each option with a bar and its count, and one button per option
 * while it is open; closed, it shows the results and no buttons.
 */
export function pollCard(poll: StoredPoll, t: Translate): Message {
  const context: Inline[] = [
    t("polls.card.by", { number: poll.number }),
    " ",
    { kind: "member", name: poll.authorName },
    ` · ${t(poll.multiple ? "polls.card.multiple" : "polls.card.single")}`,
    ` · ${t(poll.anonymous ? "polls.card.anonymous" : "polls.card.named")}`,
    ` · ${t("polls.card.voters", { count: poll.voters })}`,
  ];
  if (poll.closedAt) context.push(` · ${t("polls.card.closed")}`);
  else if (poll.closesAt)
    context.push(` · ${t("polls.card.closes")} `, { kind: "time", at: poll.closesAt, style: "datetime" });
  return {
    title: poll.closedAt ? t("polls.card.results_title", { question: poll.question }) : poll.question,
    text: tallyText(poll, t),
    context,
    ...(poll.closedAt ? {} : { actions: buttons(poll) }),
  };
}

function buttons(poll: StoredPoll): Action[] {
  return poll.options.map((option, index) => ({
    id: encodeCustomId(POLL_BUTTON.vote, `${poll.id}.${index}`),
    label: option,
  }));
}

/** One line of `/poll list`. */
export function pollLine(poll: StoredPoll, t: Translate): string {
  const state = poll.closedAt ? t("polls.card.closed") : t("polls.list.open");
  return `#${poll.number} ${poll.question} — ${poll.authorName} · ${t("polls.card.voters", { count: poll.voters })} · ${state}`;
}
