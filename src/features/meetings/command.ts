import { DateTime } from "luxon";
import { actedBy, audit } from "../../core/audit.js";
import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { Message } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Meeting } from "../../db/index.js";
import {
  canManage,
  findMeeting,
  hostLabel,
  meetingsOf,
  requireManager,
  requireScheduled,
  resolveHost,
} from "./access.js";
import { formatWhen, meetingCard, meetingFields, meetingLine, rsvpButtons } from "./card.js";
import { meetingCardsAfter } from "./cards.js";
import { meetingEventsAfter } from "./events.js";
import { newCalendarToken } from "./feed.js";
import { toIcs } from "./ics.js";
import {
  addFromText,
  addOptions,
  editFromText,
  editOptions,
  feedOptions,
  linksFromText,
  linksOptions,
  MeetingLimits,
  numberFromText,
  numberOptions,
  remindersFromText,
  remindersOptions,
} from "./input.js";
import { answeredBy, tellMembers } from "./notify.js";
import { nextOccurrence } from "./recurrence.js";
import { offsetsOf, seriesOf } from "./schedule.js";
import type { MeetingFields } from "./store.js";
import {
  firstOccurrence,
  MeetingDefaults,
  offsetsPhrase,
  parseOffsets,
  parseRepeat,
  parseWhen,
  repeatPhrase,
} from "./when.js";

const TBC = /^(tbc|tba|tbd|\?|-|nog niet bekend|onbekend|n\.?t\.?b\.?|i'w gadarnhau|i’w gadarnhau|igc)$/i;
const URL = /\bhttps?:\/\/[^\s<>|]+/i;
/** Words that say a time repeats, so "every Tuesday 7pm" in the time is read as a series too. */
const REPEATS =
  /\b(every|each|weekly|monthly|fortnightly|daily|elke|iedere|wekelijks|maandelijks|tweewekelijks|dagelijks|bob|wythnosol|fisol|pythefnos)\b/i;

/** "Town hall", "tbc", "https://meet…" or "Town hall + https://meet…": the place and an online link. */
function placeOf(ctx: Context, text: string | undefined): { place: string | null; onlineUrl?: string } {
  if (text === undefined || TBC.test(text.trim())) return { place: null };
  const url = URL.exec(text)?.[0];
  if (!url) return { place: text.trim() };
  const rest = text
    .replace(url, "")
    .replace(/^[\s,+&/–-]+|[\s,+&/–-]+$/g, "")
    .trim();
  return { place: rest === "" ? ctx.t("meetings.place.online") : rest, onlineUrl: url };
}

/** The start, length and rule a "when" (and "repeat") text gives, with a series moved to its first date. */
function timingOf(
  ctx: Context,
  whenText: string,
  repeatText: string | undefined,
  current?: Meeting,
): { start: DateTime; durationMinutes: number; rrule: string | null } {
  const now = ctx.clock.now();
  const zone = ctx.network.timeZone;
  const when = parseWhen(whenText, { now, zone, locale: ctx.locale });
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

/** "every second Tuesday 7pm-9pm" → "every second Tuesday": the time taken out. */
function repeatWords(text: string): string {
  return text
    .replace(/\b\d{1,2}([:.]\d{2})?\s*(am|pm|u|h)?\b/gi, " ")
    .replace(/\b(at|from|to|until|om|tot|van|am|tan|o|for|voor)\b/gi, " ")
    .replace(/[-–,]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const add = defineSubcommand({
  name: "add",
  descriptionKey: "meetings.add.description",
  usageKey: "meetings.add.usage",
  role: "coordinator",
  options: addOptions,
  form: { titleKey: "meetings.form.title", submitKey: "meetings.form.submit" },
  fromText: addFromText,
  handle: async (ctx, input) => {
    const timing = timingOf(ctx, input.when, input.repeat);
    const { place, onlineUrl } = placeOf(ctx, input.place);
    const host = await resolveHost(ctx, input.host);
    const fields: MeetingFields = {
      title: input.title,
      startsAt: timing.start.toJSDate(),
      durationMinutes: timing.durationMinutes,
      timeZone: ctx.network.timeZone,
      rrule: timing.rrule,
      ...host,
      place,
      onlineUrl: onlineUrl ?? null,
      agendaUrl: null,
    };
    const draft = await meetingsOf(ctx).createDraft(
      { networkId: ctx.network.id, createdById: ctx.member.id, spaceId: ctx.space.id, channelId: ctx.channelId },
      fields,
      ctx.clock.now(),
    );
    return reply.private(confirmation(ctx, draft, await hostLabel(ctx, draft)));
  },
});

/** The echo before saving: exactly what was understood, with Save and Cancel. */
function confirmation(ctx: Context, draft: Meeting, host: string | undefined): Message {
  return {
    title: ctx.t("meetings.confirm.title", { title: draft.title }),
    text: formatWhen(draft.startsAt, draft.durationMinutes, draft.timeZone, ctx.locale),
    fields: meetingFields(draft, ctx.t, ctx.locale, host),
    context: ctx.t("meetings.confirm.hint"),
    actions: [
      { id: encodeCustomId("meeting.save", draft.id), label: ctx.t("meetings.button.save"), style: "primary" },
      { id: encodeCustomId("meeting.discard", draft.id), label: ctx.t("meetings.button.discard") },
    ],
  };
}

/** The meeting's card, for the next occurrence, with its answers counted. */
export async function cardOf(ctx: Context, meeting: Meeting): Promise<Message> {
  const next = meeting.status === "scheduled" ? nextOccurrence(seriesOf(meeting), ctx.clock.now(), true) : undefined;
  const answers = next ? await meetingsOf(ctx).answers(meeting.id, next.key) : [];
  return meetingCard(meeting, next, ctx.t, ctx.locale, {
    host: await hostLabel(ctx, meeting),
    counts: {
      going: answers.filter((a) => a.answer === "going").length,
      maybe: answers.filter((a) => a.answer === "maybe").length,
    },
  });
}

/** The edit form's values: what the meeting holds now, written as the options read it back. */
function formValues(meeting: Meeting, host: string | undefined, now: Date): Record<string, string> {
  const start = nextOccurrence(seriesOf(meeting), now, true)?.start ?? meeting.startsAt;
  const from = formatWhenValue(start, meeting);
  return {
    title: meeting.title,
    when: from,
    place: meeting.place ?? "tbc",
    host: host ?? "",
    repeat: repeatPhrase(meeting.rrule),
  };
}

function formatWhenValue(start: Date, meeting: Meeting): string {
  const zone = meeting.timeZone;
  const text = formatWhen(start, meeting.durationMinutes, zone, "en");
  // "Wednesday 30 September 2026, 14:00–16:00 (Europe/London)" → chrono reads it without the zone.
  return text
    .replace(/ \([^)]*\)$/, "")
    .replace(",", "")
    .replace("–", "-");
}

type Change = "title" | "time" | "place" | "host";

/** `/meeting edit`: coordinators or the host; a new time or place is told to those coming. */
const edit = defineSubcommand({
  name: "edit",
  descriptionKey: "meetings.edit.description",
  usageKey: "meetings.edit.usage",
  options: editOptions,
  form: { titleKey: "meetings.form.edit_title", submitKey: "meetings.form.save", argOption: "number" },
  fromText: editFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    requireManager(ctx, meeting);
    requireScheduled(meeting);
    const given = [input.title, input.when, input.place, input.host, input.repeat].some((v) => v !== undefined);
    if (!given) {
      if (ctx.canOpenForms) {
        const values = formValues(meeting, await hostLabel(ctx, meeting), ctx.clock.now());
        return reply.form(ctx.formFor("meeting", "edit", { arg: String(meeting.number), values }));
      }
      throw new UserError("meetings.edit.nothing", {
        usage: ctx.t("meetings.edit.usage", { command: ctx.commandText("meeting") }),
      });
    }
    const data: { -readonly [K in keyof MeetingFields]?: MeetingFields[K] } = {};
    const changes: Change[] = [];
    if (input.title !== undefined && input.title !== meeting.title) {
      data.title = input.title;
      changes.push("title");
    }
    if (input.when !== undefined || input.repeat !== undefined) {
      const timing =
        input.when !== undefined
          ? timingOf(ctx, input.when, input.repeat, meeting)
          : retimed(ctx, meeting, input.repeat ?? "");
      const startsAt = timing.start.toJSDate();
      // Compared with the next occurrence: the edit form shows that one, not a series' first date.
      const current = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true)?.start ?? meeting.startsAt;
      if (
        startsAt.getTime() !== current.getTime() ||
        timing.durationMinutes !== meeting.durationMinutes ||
        timing.rrule !== meeting.rrule
      ) {
        Object.assign(data, { startsAt, durationMinutes: timing.durationMinutes, rrule: timing.rrule });
        changes.push("time");
      }
    }
    if (input.place !== undefined) {
      const { place, onlineUrl } = placeOf(ctx, input.place);
      if (place !== meeting.place) {
        data.place = place;
        changes.push("place");
      }
      if (onlineUrl && onlineUrl !== meeting.onlineUrl) data.onlineUrl = onlineUrl;
    }
    if (input.host !== undefined) {
      const host = await resolveHost(ctx, input.host);
      if (host.hostId !== meeting.hostId || host.hostName !== meeting.hostName) {
        Object.assign(data, host);
        changes.push("host");
      }
    }
    if (Object.keys(data).length === 0)
      return reply.private(ctx.t("meetings.edit.unchanged", { number: meeting.number }));

    const before = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
    const changed = await meetingsOf(ctx).change(meeting, data, ctx.member.id, ctx.clock.now(), "meeting.edited", {
      changed: changes,
    });
    const replies: Reply[] = [reply.private(await cardOf(ctx, changed))];
    if (changes.includes("time") || changes.includes("place")) {
      replies.push(reply.public(await changeNotice(ctx, meeting, changed, before?.key, changes)));
    }
    replies.push(meetingCardsAfter(ctx, changed.id), meetingEventsAfter(ctx, changed.id));
    return replies;
  },
});

/** A new repeat without a new time: the same first date, moved onto the new rule. */
function retimed(ctx: Context, meeting: Meeting, repeatText: string) {
  const start = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true)?.start ?? meeting.startsAt;
  const local = DateTime.fromJSDate(start, { zone: meeting.timeZone });
  const rrule = parseRepeat(repeatText, local);
  return { start: firstOccurrence(local, rrule, meeting.timeZone), durationMinutes: meeting.durationMinutes, rrule };
}

/**
 * What changed, posted where the meeting was announced and sent to those who said Going or Maybe
 * (each in their language). Returns the public notice.
 */
async function changeNotice(
  ctx: Context,
  before: Meeting,
  after: Meeting,
  occurrenceKey: string | undefined,
  changes: readonly Change[],
): Promise<Message> {
  const next = nextOccurrence(seriesOf(after), ctx.clock.now(), true);
  const build = (t: Context["t"], locale: Context["locale"]): Message => {
    const lines: string[] = [];
    if (changes.includes("time")) {
      lines.push(
        t("meetings.changed.time", {
          when: formatWhen(next?.start ?? after.startsAt, after.durationMinutes, after.timeZone, locale),
        }),
      );
    }
    if (changes.includes("place"))
      lines.push(t("meetings.changed.place", { place: after.place ?? t("meetings.place.tbc") }));
    return {
      title: t("meetings.changed.title", { number: after.number, title: after.title }),
      text: lines.join("\n"),
      ...(next ? { actions: rsvpButtons(after, next, t) } : {}),
    };
  };
  if (occurrenceKey) {
    const attendees = await answeredBy(ctx.db, before.id, occurrenceKey, ["going", "maybe"]);
    await tellMembers(
      ctx.db,
      ctx.delivery,
      attendees.filter((id) => id !== ctx.member.id),
      build,
    );
  }
  return build(ctx.t, ctx.locale);
}

const cancel = defineSubcommand({
  name: "cancel",
  descriptionKey: "meetings.cancel.description",
  usageKey: "meetings.cancel.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    requireManager(ctx, meeting);
    requireScheduled(meeting);
    const next = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
    const cancelled = await meetingsOf(ctx).cancel(meeting, ctx.member.id, ctx.clock.now());
    const notice = (t: Context["t"], locale: Context["locale"]): Message => ({
      title: t("meetings.cancelled.title", { number: meeting.number, title: meeting.title }),
      text: next ? formatWhen(next.start, meeting.durationMinutes, meeting.timeZone, locale) : "",
    });
    if (next) {
      const attendees = await answeredBy(ctx.db, meeting.id, next.key, ["going", "maybe"]);
      await tellMembers(
        ctx.db,
        ctx.delivery,
        attendees.filter((id) => id !== ctx.member.id),
        notice,
      );
    }
    return [
      reply.public(notice(ctx.t, ctx.locale)),
      reply.private(ctx.t("meetings.cancel.done", { number: cancelled.number })),
      meetingCardsAfter(ctx, cancelled.id),
      meetingEventsAfter(ctx, cancelled.id),
    ];
  },
});

const links = defineSubcommand({
  name: "links",
  descriptionKey: "meetings.links.description",
  usageKey: "meetings.links.usage",
  options: linksOptions,
  form: { titleKey: "meetings.form.links_title", submitKey: "meetings.form.save", argOption: "number" },
  fromText: linksFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    requireManager(ctx, meeting);
    requireScheduled(meeting);
    if (input.online === undefined && input.agenda === undefined) {
      if (ctx.canOpenForms) {
        const values = { online: meeting.onlineUrl ?? "", agenda: meeting.agendaUrl ?? "" };
        return reply.form(ctx.formFor("meeting", "links", { arg: String(meeting.number), values }));
      }
      throw new UserError("error.usage", {
        usage: ctx.t("meetings.links.usage", { command: ctx.commandText("meeting") }),
      });
    }
    const data = {
      ...(input.online !== undefined ? { onlineUrl: linkOf(ctx, input.online, "meetings.opt.online") } : {}),
      ...(input.agenda !== undefined ? { agendaUrl: linkOf(ctx, input.agenda, "meetings.opt.agenda") } : {}),
    };
    const changed = await meetingsOf(ctx).change(meeting, data, ctx.member.id, ctx.clock.now(), "meeting.links_set", {
      online: data.onlineUrl !== undefined,
      agenda: data.agendaUrl !== undefined,
    });
    return [
      reply.private(await cardOf(ctx, changed)),
      meetingCardsAfter(ctx, changed.id),
      meetingEventsAfter(ctx, changed.id),
    ];
  },
});

/** An http(s) link, or "none" to remove it. */
function linkOf(ctx: Context, text: string, label: "meetings.opt.online" | "meetings.opt.agenda"): string | null {
  if (/^(none|no|-|geen|dim)$/i.test(text.trim())) return null;
  try {
    const url = new globalThis.URL(text.trim());
    if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
  } catch {
    // not a link: said below
  }
  throw new UserError("meetings.link.invalid", { option: ctx.t(label) });
}

const reminders = defineSubcommand({
  name: "reminders",
  descriptionKey: "meetings.reminders.description",
  usageKey: "meetings.reminders.usage",
  options: remindersOptions,
  fromText: remindersFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    requireManager(ctx, meeting);
    requireScheduled(meeting);
    const offsets = parseOffsets(input.offsets);
    const changed = await meetingsOf(ctx).change(
      meeting,
      { reminderOffsets: offsets === undefined ? null : JSON.stringify(offsets) },
      ctx.member.id,
      ctx.clock.now(),
      "meeting.reminders_set",
      { offsets: offsets ?? "default" },
    );
    const network = await ctx.db.network.findUniqueOrThrow({
      where: { id: ctx.network.id },
      select: { reminderOffsets: true },
    });
    const effective = offsetsOf(changed, network.reminderOffsets);
    return reply.private(
      effective.length === 0
        ? ctx.t("meetings.reminders.none", { number: meeting.number })
        : ctx.t("meetings.reminders.done", { number: meeting.number, offsets: offsetsPhrase(effective) }),
    );
  },
});

const list = defineSubcommand({
  name: "list",
  descriptionKey: "meetings.list.description",
  options: {},
  handle: async (ctx) => {
    const upcoming = await meetingsOf(ctx).upcoming(ctx.network.id, ctx.clock.now(), MeetingLimits.pageSize);
    const title = ctx.t("meetings.list.title");
    if (upcoming.length === 0) return reply.private({ title, text: ctx.t("meetings.list.empty") });
    return reply.private({
      title,
      text: upcoming.map(({ meeting, next }) => meetingLine(meeting, next, ctx.t, ctx.locale)).join("\n"),
      context: ctx.t("meetings.list.footer", { command: ctx.commandText("meeting") }),
    });
  },
});

const show = defineSubcommand({
  name: "show",
  descriptionKey: "meetings.show.description",
  usageKey: "meetings.show.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    const card = await cardOf(ctx, meeting);
    return reply.private({
      ...card,
      files: [
        {
          name: `meeting-${meeting.number}.ics`,
          contentType: "text/calendar",
          content: toIcs(ctx.network.name, [meeting], ctx.clock.now()),
        },
      ],
    });
  },
});

const who = defineSubcommand({
  name: "who",
  descriptionKey: "meetings.who.description",
  usageKey: "meetings.who.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const meeting = await findMeeting(ctx, input.number ?? 0);
    if (!canManage(ctx, meeting)) throw new UserError("meetings.who.not_allowed", { number: meeting.number });
    const next = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
    if (!next) return reply.private(ctx.t("meetings.who.past", { number: meeting.number }));
    const answers = await meetingsOf(ctx).answers(meeting.id, next.key);
    const line = (
      answer: "going" | "maybe" | "no",
      key: "meetings.who.going" | "meetings.who.maybe" | "meetings.who.no",
    ) => {
      const names = answers.filter((a) => a.answer === answer).map((a) => a.name);
      return `${ctx.t(key, { count: names.length })}${names.length ? `: ${names.join(", ")}` : ""}`;
    };
    return reply.private({
      title: ctx.t("meetings.who.title", { number: meeting.number, title: meeting.title }),
      text: [
        line("going", "meetings.who.going"),
        line("maybe", "meetings.who.maybe"),
        line("no", "meetings.who.no"),
      ].join("\n"),
      context: formatWhen(next.start, meeting.durationMinutes, meeting.timeZone, ctx.locale),
    });
  },
});

const feed = defineSubcommand({
  name: "feed",
  descriptionKey: "meetings.feed.description",
  usageKey: "meetings.feed.usage",
  role: "coordinator",
  options: feedOptions,
  handle: async (ctx, input) => {
    const action = input.action?.toLowerCase();
    if (action !== undefined && !/^(reset|new|newydd|nieuw|ailosod)$/.test(action))
      throw new UserError("error.usage", {
        usage: ctx.t("meetings.feed.usage", { command: ctx.commandText("meeting") }),
      });
    const reset = action !== undefined;
    const token = await ctx.db.$transaction(async (tx) => {
      const network = await tx.network.findUniqueOrThrow({
        where: { id: ctx.network.id },
        select: { calendarToken: true },
      });
      if (network.calendarToken && !reset) return network.calendarToken;
      const fresh = newCalendarToken();
      await tx.network.update({ where: { id: ctx.network.id }, data: { calendarToken: fresh } });
      await audit(tx, {
        ...actedBy(ctx),
        action: reset ? "meeting.feed_reset" : "meeting.feed_created",
        subjectType: "Network",
        subjectId: ctx.network.id,
      });
      return fresh;
    });
    const url = `${ctx.publicUrl}/calendar/${token}.ics`;
    return reply.private({
      text: [ctx.t(reset ? "meetings.feed.reset" : "meetings.feed.url"), " ", { kind: "link", url }],
      context: ctx.t("meetings.feed.hint"),
    });
  },
});

/** `/meeting`: the network's meetings, their RSVPs, reminders and calendar. */
export const meetingCommand = defineCommand({
  name: "meeting",
  descriptionKey: "meetings.description",
  subcommands: [add, list, show, edit, links, reminders, cancel, who, feed],
});
