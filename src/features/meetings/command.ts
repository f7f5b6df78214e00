import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { formatList } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import { reply } from "../../core/reply.js";
import { canManage, findMeeting, hostLabel, meetingsOf, resolveHost } from "./access.js";
import { formatWhen, meetingFields, meetingLine } from "./card.js";
import { cardOf } from "./cards.js";
import { cancel, edit, links, reminders } from "./command-change.js";
import type { Meeting, MeetingFields } from "./domain.js";
import { newCalendarToken } from "./feed.js";
import { toIcs } from "./ics.js";
import { addFromText, addOptions, feedOptions, MeetingLimits, numberFromText, numberOptions } from "./input.js";
import { calendarTokenOf } from "./network-store.js";
import { placeOf, timingOf } from "./parse.js";
import { nextOccurrence } from "./recurrence.js";
import { seriesOf } from "./schedule.js";
import { meetingSentence } from "./sentence.js";

const add = defineSubcommand({
  name: "add",
  descriptionKey: "meetings.add.description",
  usageKey: "meetings.add.usage",
  role: "coordinator",
  options: addOptions,
  form: { titleKey: "meetings.form.title", submitKey: "meetings.form.submit" },
  fromText: addFromText,
  handle: async (ctx, input) => {
    // No time given apart: the title holds one sentence with all of it.
    const said = input.when === undefined ? meetingSentence(ctx, input.title) : undefined;
    const title = said?.title ?? input.title;
    if (title.length > MeetingLimits.title)
      throw new UserError("error.option_too_long", { option: ctx.t("meetings.opt.title"), max: MeetingLimits.title });
    const placeText = input.place ?? said?.place;
    if (placeText !== undefined && placeText.length > MeetingLimits.place)
      throw new UserError("error.option_too_long", { option: ctx.t("meetings.opt.place"), max: MeetingLimits.place });
    const timing = timingOf(ctx, said?.when ?? input.when ?? "", input.repeat);
    const { place, onlineUrl } = placeOf(ctx, placeText);
    const host = await resolveHost(ctx, input.host);
    const fields: MeetingFields = {
      title,
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

/** The echo before saving: exactly what was understood, with Save, Edit and Cancel. */
function confirmation(ctx: Context, draft: Meeting, host: string | undefined): Message {
  return {
    title: ctx.t("meetings.confirm.title", { title: draft.title }),
    text: formatWhen(draft.startsAt, draft.durationMinutes, draft.timeZone, ctx.locale),
    fields: meetingFields(draft, ctx.t, ctx.locale, host),
    context: ctx.t("meetings.confirm.hint"),
    actions: [
      { id: encodeCustomId("meeting.save", draft.id), label: ctx.t("meetings.button.save"), style: "primary" },
      { id: encodeCustomId("meeting.draft-edit", draft.id), label: ctx.t("meetings.button.edit_draft") },
      { id: encodeCustomId("meeting.discard", draft.id), label: ctx.t("meetings.button.discard") },
    ],
  };
}

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
      return `${ctx.t(key, { count: names.length })}${names.length ? `: ${formatList(ctx.locale, names)}` : ""}`;
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
    const token = await calendarTokenOf(ctx.db, ctx.network.id, {
      reset,
      actorId: ctx.member.id,
      at: ctx.clock.now(),
      fresh: newCalendarToken,
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
