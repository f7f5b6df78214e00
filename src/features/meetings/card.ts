import { DateTime, Info } from "luxon";
import { encodeCustomId } from "../../core/custom-id.js";
import type { Locale, Translate } from "../../core/i18n/index.js";
import { softMutation } from "../../core/i18n/welsh.js";
import type { Field, Inline, Message } from "../../core/message.js";
import type { Meeting } from "./domain.js";
import type { Occurrence } from "./recurrence.js";
import { RRule } from "./rrule.js";
import type { Answer } from "./domain.js";

/**
 * "Wednesday 30 September 2026, 14:00–16:00 (Europe/London)": the meeting's own wall-clock time
 * and zone, spelled out, so nobody has to guess which day "next Tuesday" was.
 */
export function formatWhen(start: Date, durationMinutes: number, zone: string, locale: Locale): string {
  const from = DateTime.fromJSDate(start, { zone }).setLocale(locale);
  const to = from.plus({ minutes: durationMinutes });
  const end = to.hasSame(from, "day") ? to.toFormat("HH:mm") : to.toFormat("cccc d LLLL HH:mm");
  return `${from.toFormat("cccc d LLLL yyyy, HH:mm")}–${end} (${zone})`;
}

/** A short form for lists: "Wed 30 Sep 14:00". */
export function formatShort(start: Date, zone: string, locale: Locale): string {
  return DateTime.fromJSDate(start, { zone }).setLocale(locale).toFormat("ccc d LLL HH:mm");
}

type MonthlyKey =
  | "meetings.repeat.monthly.1"
  | "meetings.repeat.monthly.2"
  | "meetings.repeat.monthly.3"
  | "meetings.repeat.monthly.4"
  | "meetings.repeat.monthly.last";

/**
 * Welsh "ail" (second) comes before the noun and softens it: "yr ail ddydd Mawrth". The only
 * mutation a repeat template needs, so it is done here (by the Welsh grammar helper) rather than
 * asked of every translator. A name that is not a Welsh weekday stays as it is.
 */
export function afterAil(day: string): string {
  return /^dydd /.test(day) ? softMutation(day) : day;
}

/** How a series repeats, in the reader's language; undefined for a one-off. */
export function describeRepeat(rrule: string | null, t: Translate, locale: Locale): string | undefined {
  if (!rrule) return undefined;
  const options = RRule.parseString(rrule);
  const interval = options.interval ?? 1;
  const days = [options.byweekday ?? []].flat();
  const monthDays = [options.bymonthday ?? []].flat();
  const weekdays = Info.weekdays("long", { locale });
  const dayName = (d: unknown) => {
    const index =
      typeof d === "number" ? d : typeof d === "object" && d !== null ? (d as { weekday: number }).weekday : -1;
    const name = weekdays[index] ?? "?";
    // Welsh writes the day lower-case mid-sentence ("bob dydd Mawrth"); Intl capitalises it.
    return locale === "cy" ? name.replace(/^Dydd /, "dydd ") : name;
  };
  const nthOf = (d: unknown) => (typeof d === "object" && d !== null ? (d as { n?: number }).n : undefined);
  if (options.count || options.until) return t("meetings.repeat.other", { rule: rrule });
  if (options.freq === RRule.DAILY && interval === 1) return t("meetings.repeat.daily");
  if (options.freq === RRule.WEEKLY && days.length === 1) {
    return interval === 1
      ? t("meetings.repeat.weekly", { day: dayName(days[0]) })
      : t("meetings.repeat.weeks", { n: interval, day: dayName(days[0]) });
  }
  if (options.freq === RRule.MONTHLY && interval === 1 && days.length === 1) {
    const n = nthOf(days[0]);
    const key: MonthlyKey | undefined =
      n === -1
        ? "meetings.repeat.monthly.last"
        : n && n >= 1 && n <= 4
          ? (`meetings.repeat.monthly.${n}` as MonthlyKey)
          : undefined;
    const day = dayName(days[0]);
    if (key) return t(key, { day: locale === "cy" && n === 2 ? afterAil(day) : day });
  }
  if (options.freq === RRule.MONTHLY && interval === 1 && monthDays.length === 1)
    return t("meetings.repeat.monthly_day", { date: String(monthDays[0]) });
  return t("meetings.repeat.other", { rule: rrule });
}

const ANSWER_IDS: Readonly<Record<Answer, string>> = { going: "g", maybe: "m", no: "n" };
export const ANSWER_OF: Readonly<Record<string, Answer>> = { g: "going", m: "maybe", n: "no" };

/** Going / Maybe / Can't for one occurrence: the id carries the meeting, the occurrence and the answer. */
export function rsvpButtons(meeting: Pick<Meeting, "id">, occurrence: Occurrence, t: Translate) {
  const id = (answer: Answer) =>
    encodeCustomId("meeting.rsvp", `${meeting.id}:${occurrence.key}:${ANSWER_IDS[answer]}`);
  return [
    { id: id("going"), label: t("meetings.button.going"), style: "primary" as const },
    { id: id("maybe"), label: t("meetings.button.maybe") },
    { id: id("no"), label: t("meetings.button.no") },
  ];
}

export interface CardExtras {
  /** Who hosts it, as shown. */
  readonly host: string | undefined;
  /** Counts of answers for the occurrence shown. */
  readonly counts?: { readonly going: number; readonly maybe: number };
}

/** The details of a meeting, for cards, reminders and the echo before saving. */
export function meetingFields(meeting: Meeting, t: Translate, locale: Locale, host: string | undefined): Field[] {
  const fields: Field[] = [{ label: t("meetings.field.place"), value: meeting.place ?? t("meetings.place.tbc") }];
  if (host) fields.push({ label: t("meetings.field.host"), value: host });
  const repeat = describeRepeat(meeting.rrule, t, locale);
  if (repeat) fields.push({ label: t("meetings.field.repeat"), value: repeat });
  if (meeting.onlineUrl)
    fields.push({ label: t("meetings.field.online"), value: [{ kind: "link", url: meeting.onlineUrl }] });
  if (meeting.agendaUrl)
    fields.push({ label: t("meetings.field.agenda"), value: [{ kind: "link", url: meeting.agendaUrl }] });
  return fields;
}

/** A meeting as a card: when, where, who hosts, how it repeats; RSVP buttons for the occurrence shown. */
export function meetingCard(
  meeting: Meeting,
  occurrence: Occurrence | undefined,
  t: Translate,
  locale: Locale,
  extras: CardExtras,
): Message {
  const cancelled = meeting.status === "cancelled";
  const start = occurrence?.start ?? meeting.startsAt;
  const context: Inline[] = [t("meetings.card.number", { number: meeting.number })];
  if (extras.counts) context.push(` · ${t("meetings.card.counts", extras.counts)}`);
  return {
    title: cancelled ? t("meetings.card.cancelled_title", { title: meeting.title }) : meeting.title,
    text: formatWhen(start, meeting.durationMinutes, meeting.timeZone, locale),
    fields: meetingFields(meeting, t, locale, extras.host),
    context,
    ...(occurrence && !cancelled ? { actions: rsvpButtons(meeting, occurrence, t) } : {}),
  };
}

/** One line of `/meeting list`. */
export function meetingLine(meeting: Meeting, next: Occurrence, t: Translate, locale: Locale): string {
  const parts = [`#${meeting.number} ${meeting.title}`, formatShort(next.start, meeting.timeZone, locale)];
  parts.push(meeting.place ?? t("meetings.place.tbc"));
  const repeat = describeRepeat(meeting.rrule, t, locale);
  if (repeat) parts.push(repeat);
  return parts.join(" · ");
}
