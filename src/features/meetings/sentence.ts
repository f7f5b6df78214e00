/**
 * `/meeting add` written as one sentence ("Network meeting next Thursday 2pm at the Beaney,
 * Canterbury"): read by the shared reader into the title, the time and the place.
 */
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import type { MessageKey } from "../../core/i18n/index.js";
import { readSentence } from "../../reading/sentence.js";
import { isPlaceNotSet } from "../../reading/keywords.js";
import { REPEATS } from "./parse.js";

/** "location tbc", "venue: tba", "lleoliad i'w gadarnhau": a place not set yet, said with its label. */
const LABELLED = /^(?:location|venue|place|lleoliad|lle|locatie|plaats|plek)\s*:?\s+(.+)$/iu;

/** What a sentence gives a meeting: the time as the member wrote it, and the place when written. */
export interface MeetingSentence {
  readonly title: string;
  readonly when: string;
  readonly place?: string;
}

/**
 * Reads `text` as one meeting, or refuses naming the part not found, with the member's words
 * around an example. A repeating meeting ("every second Tuesday") is asked for with its parts
 * apart, where the repeat has its own place.
 */
export function meetingSentence(ctx: Context, text: string): MeetingSentence {
  const command = ctx.commandText("meeting");
  if (REPEATS.test(text))
    throw new UserError("meetings.sentence.repeat", { usage: ctx.t("meetings.add.usage", { command }) });
  const read = readSentence(text, {
    now: ctx.clock.now(),
    zone: ctx.network.timeZone,
    locale: ctx.locale,
    kind: "meeting",
    sampleTitle: ctx.t("meetings.sentence.sample_title"),
  });
  if (!read.ok) {
    const example = `${command} add ${read.example}`;
    if (read.missing === "title") throw new UserError("meetings.sentence.no_title", { example });
    if (!read.refused) throw new UserError("meetings.sentence.no_when", { example });
    const problem = ctx.t(read.refused.messageKey as MessageKey, { part: read.refused.unread });
    throw new UserError("meetings.sentence.when_refused", { problem, example });
  }
  const labelled = read.place ? LABELLED.exec(read.place)?.[1] : undefined;
  const place = labelled && isPlaceNotSet(labelled) ? labelled.trim() : read.place;
  return { title: read.title, when: read.whenText, ...(place ? { place } : {}) };
}
