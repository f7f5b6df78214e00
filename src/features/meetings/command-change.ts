/**
 * `/meeting edit`, `links`, `reminders` and `cancel`: changes made by coordinators or the host.
 * A new time or place, or a cancellation, is posted here and sent to those coming by jobs.
 */
import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { reply, type Reply } from "../../core/reply.js";
import { bilingual } from "../shared/bilingual.js";
import { findMeeting, hostLabel, meetingsOf, requireManager, requireScheduled, resolveHost } from "./access.js";
import { DateTime } from "luxon";
import { formatWhen } from "./card.js";
import { cardOf, meetingCardsAfter } from "./cards.js";
import type { Meeting, MeetingFields, NoticeChange } from "./domain.js";
import { meetingEventsAfter } from "./events.js";
import {
  editFromText,
  editOptions,
  linksFromText,
  linksOptions,
  numberFromText,
  numberOptions,
  remindersFromText,
  remindersOptions,
} from "./input.js";
import { reminderOffsetsOf } from "./network-store.js";
import { cancelNotice, changeNotice } from "./notices.js";
import { linkOf, placeOf, retimed, timingOf } from "./parse.js";
import { nextOccurrence } from "./recurrence.js";
import { offsetsOf, seriesOf } from "./schedule.js";
import { offsetsPhrase, parseOffsets, repeatPhrase } from "./when.js";

/** The edit form's values: what the meeting holds now, written as the options read it back. */
export function formValues(meeting: Meeting, host: string | undefined, now: Date): Record<string, string> {
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
  // "Wednesday 30 September 2026 14:00-16:00": what the date reader reads back unchanged; an end
  // past midnight is written as its time only ("22:00-00:30"), which the reader takes as the next day.
  const from = DateTime.fromJSDate(start, { zone: meeting.timeZone }).setLocale("en-GB");
  const to = from.plus({ minutes: meeting.durationMinutes });
  return `${from.toFormat("cccc d LLLL yyyy HH:mm")}-${to.toFormat("HH:mm")}`;
}

type Change = "title" | NoticeChange | "host";

/** `/meeting edit`: coordinators or the host; a new time or place is told to those coming. */
export const edit = defineSubcommand({
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

    const told = changes.filter((c): c is NoticeChange => c === "time" || c === "place");
    const before = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
    const changed = await meetingsOf(ctx).change(
      meeting,
      data,
      ctx.member.id,
      ctx.clock.now(),
      "meeting.edited",
      { changed: changes },
      // Those who answered for the occurrence that was next hear of it, each by a job of their own.
      told.length > 0 && before ? { occurrence: before.key, changes: told } : undefined,
    );
    const replies: Reply[] = [reply.private(await cardOf(ctx, changed))];
    if (told.length > 0) {
      const next = nextOccurrence(seriesOf(changed), ctx.clock.now(), true);
      replies.push(reply.public(bilingual(ctx, (t, locale) => changeNotice(changed, next, told, t, locale))));
    }
    replies.push(meetingCardsAfter(ctx, changed.id), meetingEventsAfter(ctx, changed.id));
    return replies;
  },
});

/**
 * `/meeting cancel`: asks first (Yes, cancel it / Keep it), as `/shift cancel` does, since everyone
 * coming is told; the button does it (see {@link cancelMeetingNow}).
 */
export const cancel = defineSubcommand({
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
    const start = next?.start ?? meeting.startsAt;
    return reply.private({
      text: ctx.t("meetings.cancel.confirm", {
        number: meeting.number,
        title: meeting.title,
        when: formatWhen(start, meeting.durationMinutes, meeting.timeZone, ctx.locale),
      }),
      actions: [
        {
          id: encodeCustomId("meeting.cancel", meeting.id),
          label: ctx.t("meetings.button.cancel_yes"),
          style: "danger",
        },
        { id: encodeCustomId("meeting.keep", meeting.id), label: ctx.t("meetings.button.cancel_keep") },
      ],
    });
  },
});

/** Yes on the confirmation: cancelled, the notice posted here; those coming are told by jobs. */
export async function cancelMeetingNow(ctx: Context, meeting: Meeting): Promise<Reply[]> {
  requireManager(ctx, meeting);
  requireScheduled(meeting);
  const next = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
  const cancelled = await meetingsOf(ctx).cancel(meeting, ctx.member.id, ctx.clock.now(), next?.key);
  return [
    reply.update({ text: ctx.t("meetings.cancel.done", { number: cancelled.number }) }),
    reply.public(bilingual(ctx, (t, locale) => cancelNotice(meeting, next, t, locale))),
    meetingCardsAfter(ctx, cancelled.id),
    meetingEventsAfter(ctx, cancelled.id),
  ];
}

export const links = defineSubcommand({
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

export const reminders = defineSubcommand({
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
    const effective = offsetsOf(changed, await reminderOffsetsOf(ctx.db, ctx.network.id));
    return reply.private(
      effective.length === 0
        ? ctx.t("meetings.reminders.none", { number: meeting.number })
        : ctx.t("meetings.reminders.done", { number: meeting.number, offsets: offsetsPhrase(effective) }),
    );
  },
});
