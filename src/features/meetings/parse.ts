/**
 * What a coordinator typed, read into a meeting's fields: where it is, when, how it repeats, its
 * links. Refusals are user errors with the words that could not be read.
 */
import { DateTime } from "luxon";
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import { isPlaceNotSet } from "../../reading/keywords.js";
import type { Meeting } from "./domain.js";
import { nextOccurrence } from "./recurrence.js";
import { seriesOf } from "./schedule.js";
import { firstOccurrence, MeetingDefaults, parseRepeat, parseWhen } from "./when.js";

const URL = /\bhttps?:\/\/[^\s<>|]+/i;
/** Words that say a time repeats, so "every Tuesday 7pm" in the time is read as a series too. */
export const REPEATS =
  /\b(every|each|weekly|monthly|fortnightly|daily|elke|iedere|wekelijks|maandelijks|tweewekelijks|dagelijks|bob|wythnosol|fisol|pythefnos)\b/i;

/**
 * "Town hall", "tbc", "https://meet…" or "Town hall + https://meet…": the place and an online link.
 * "tbc", "location tbc", "i'w gadarnhau", "nog te bepalen"… (the shared lexicon) mean no place yet.
 */
export function placeOf(ctx: Context, text: string | undefined): { place: string | null; onlineUrl?: string } {
  if (text === undefined || isPlaceNotSet(text)) return { place: null };
  const url = URL.exec(text)?.[0];
  if (!url) return { place: text.trim() };
  const rest = text
    .replace(url, "")
    .replace(/^[\s,+&/–-]+|[\s,+&/–-]+$/g, "")
    .trim();
  if (isPlaceNotSet(rest)) return { place: null, onlineUrl: url };
  return { place: rest === "" ? ctx.t("meetings.place.online") : rest, onlineUrl: url };
}

/** The start, length and rule a "when" (and "repeat") text gives, with a series moved to its first date. */
export function timingOf(
  ctx: Context,
  whenText: string,
  repeatText: string | undefined,
  current?: Meeting,
): { start: DateTime; durationMinutes: number; rrule: string | null } {
  const now = ctx.clock.now();
  const zone = ctx.network.timeZone;
  // "every second Tuesday 7pm" in the time: the repeat words are the rule's, the rest the reader's.
  const timeText = repeatText === undefined && !current && REPEATS.test(whenText) ? timeWords(whenText) : whenText;
  const when = parseWhen(timeText, { now, zone, locale: ctx.locale, t: ctx.t });
  let rrule: string | null;
  if (repeatText !== undefined) rrule = parseRepeat(repeatText, when.start);
  else if (!current && REPEATS.test(whenText)) rrule = parseRepeat(repeatWords(whenText), when.start);
  else rrule = current?.rrule ?? null;
  const start = firstOccurrence(when.start, rrule, zone);
  if (start.toJSDate() <= now) throw new UserError("meetings.when.past", { when: whenText.slice(0, 60) });
  return {
    start,
    durationMinutes: when.durationMinutes ?? current?.durationMinutes ?? MeetingDefaults.durationMinutes,
    rrule,
  };
}

/** Words of a repeat that are not a day or a time ("every second Tuesday of the month" → "Tuesday"). */
const REPEAT_ONLY =
  /\b(every|each|elke|iedere|om de|bob|weekly|monthly|fortnightly|daily|wekelijks|maandelijks|tweewekelijks|dagelijks|wythnosol|fisol|misol|pythefnos|first|second|other|third|fourth|last|eerste|tweede|derde|vierde|laatste|cyntaf|ail|trydydd|pedwerydd|olaf|of the month|van de maand|o'r mis|week|weken|wythnos|month|maand|mis|on)\b/gi;

/** "every second Tuesday 7pm-9pm" → "Tuesday 7pm-9pm": the repeat taken out, for the date reader. */
function timeWords(text: string): string {
  return text.replace(REPEAT_ONLY, " ").replace(/\s+/g, " ").trim();
}

/** "every second Tuesday 7pm-9pm" → "every second Tuesday": the time taken out. */
function repeatWords(text: string): string {
  return text
    .replace(/\b\d{1,2}([:.]\d{2})?\s*(am|pm|u|h)?\b/gi, " ")
    .replace(/\b(at|from|to|until|om|tot|van|am|tan|o|for|voor)\b/gi, " ")
    .replace(/[-–,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** A new repeat without a new time: the same first date, moved onto the new rule. */
export function retimed(ctx: Context, meeting: Meeting, repeatText: string) {
  const start = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true)?.start ?? meeting.startsAt;
  const local = DateTime.fromJSDate(start, { zone: meeting.timeZone });
  const rrule = parseRepeat(repeatText, local);
  return { start: firstOccurrence(local, rrule, meeting.timeZone), durationMinutes: meeting.durationMinutes, rrule };
}

/** An http(s) link, or "none" to remove it. */
export function linkOf(
  ctx: Context,
  text: string,
  label: "meetings.opt.online" | "meetings.opt.agenda",
): string | null {
  if (/^(none|no|-|geen|dim)$/i.test(text.trim())) return null;
  try {
    const url = new globalThis.URL(text.trim());
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
  } catch {
    // not a link: said below
  }
  throw new UserError("meetings.link.invalid", { option: ctx.t(label) });
}
