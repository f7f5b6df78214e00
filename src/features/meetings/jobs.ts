import { z } from "zod";
import { inNetworkLanguages } from "../shared/bilingual.js";
import { type Locale, type Translate } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import { coordinatorsOf } from "../../core/people.js";
import { defineJob, type JobContext } from "../../scheduler/index.js";
import { formatWhen, meetingFields, rsvpButtons } from "./card.js";
import type { Meeting } from "./domain.js";
import { mirrorMeeting } from "./events.js";
import { activeReader, channelsOf, languagesOf, readersOf, reminderOffsetsOf } from "./network-store.js";
import { noticeJob } from "./notices.js";
import { tellReaders } from "./notify.js";
import { nextOccurrence, occurrenceByKey, type Occurrence } from "./recurrence.js";
import { DRAFT_EXPIRY_JOB, EVENT_JOB, NEXT_JOB, NUDGE_JOB, offsetsOf, REMIND_JOB, seriesOf } from "./schedule.js";
import { MeetingStore } from "./store.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;
/** Reminders this far ahead or more are a "save the date". */
const SAVE_THE_DATE_MINUTES = 14 * 24 * 60;

const byOccurrence = z.object({ meetingId: z.string().min(1), occurrence: z.string().min(1) });

/** A scheduled meeting and one of its occurrences still to come, or undefined (cancelled, moved, over). */
async function upcoming(ctx: JobContext, meetingId: string, key: string) {
  const meeting = await new MeetingStore(ctx.db).byId(meetingId);
  if (!meeting || meeting.status !== "scheduled") return undefined;
  const occurrence = occurrenceByKey(seriesOf(meeting), key);
  if (!occurrence) return undefined;
  return { meeting, occurrence };
}

/** The reminder itself: the meeting's details and RSVP buttons, "(delayed)" when it runs late. */
export function reminderMessage(
  meeting: Meeting,
  occurrence: Occurrence,
  offset: number,
  host: string | undefined,
  t: Translate,
  locale: Locale,
  late: boolean,
): Message {
  const title = t(offset >= SAVE_THE_DATE_MINUTES ? "meetings.remind.save_the_date" : "meetings.remind.title", {
    title: meeting.title,
  });
  return {
    title: late ? `${title} ${t("job.delayed")}` : title,
    text: [
      formatWhen(occurrence.start, meeting.durationMinutes, meeting.timeZone, locale),
      " · ",
      { kind: "time", at: occurrence.start, style: "relative" },
    ],
    fields: meetingFields(meeting, t, locale, host),
    context: t("meetings.card.number", { number: meeting.number }),
    actions: rsvpButtons(meeting, occurrence, t),
  };
}

/**
 * A reminder: posted where the meeting's notices go, and sent by DM to everyone who said Going.
 * The first channel post is the one that must work (an error retries the job before anyone was
 * DMed); other spaces and the DMs are best effort. Every send is recorded per recipient by the
 * scheduler's delivery (src/delivery/once.ts): a re-run after a crash skips what was already sent.
 */
export const remindJob = defineJob({
  kind: REMIND_JOB,
  payload: byOccurrence.extend({ offset: z.number().int().positive() }),
  graceMs: 12 * HOUR,
  run: async (ctx, { meetingId, occurrence: key, offset }) => {
    const found = await upcoming(ctx, meetingId, key);
    if (!found) return;
    const { meeting, occurrence } = found;
    if (occurrence.start <= ctx.clock.now()) {
      ctx.log.info("meeting already started: reminder dropped");
      return;
    }
    const network = await languagesOf(ctx.db, meeting.networkId);
    if (!network) return;
    const host = await new MeetingStore(ctx.db).hostLabel(meeting);
    const message = inNetworkLanguages(network, (t, locale) =>
      reminderMessage(meeting, occurrence, offset, host, t, locale, ctx.late),
    );
    const [first, ...others] = await channelsOf(ctx.db, meeting);
    if (first) await ctx.delivery.toChannel(first.spaceId, first.channelId, message);
    for (const target of others) {
      try {
        await ctx.delivery.toChannel(target.spaceId, target.channelId, message);
      } catch (error) {
        ctx.log.warn({ err: error, space: target.spaceId }, "reminder not posted in a space");
      }
    }
    const going = await new MeetingStore(ctx.db).answeredBy(meeting.id, occurrence.key, ["going"]);
    await tellReaders(ctx.delivery, await readersOf(ctx.db, going), (t, memberLocale) =>
      reminderMessage(meeting, occurrence, offset, host, t, memberLocale, ctx.late),
    );
  },
});

/** Ten days before, the place is still "tbc": the host is asked to set it (coordinators, for a guest host). */
export const placeNudgeJob = defineJob({
  kind: NUDGE_JOB,
  payload: byOccurrence,
  graceMs: 5 * DAY,
  run: async (ctx, { meetingId, occurrence: key }) => {
    const found = await upcoming(ctx, meetingId, key);
    if (!found || found.meeting.place !== null) return;
    const { meeting, occurrence } = found;
    const host = meeting.hostId ? await activeReader(ctx.db, meeting.hostId) : undefined;
    const to = host ? [host] : await coordinatorsOf(ctx.db, meeting.networkId);
    await tellReaders(ctx.delivery, to, (t, locale) => ({
      text: t("meetings.nudge.text", {
        number: meeting.number,
        title: meeting.title,
        when: formatWhen(occurrence.start, meeting.durationMinutes, meeting.timeZone, locale),
        command: "/meeting",
      }),
    }));
  },
});

/**
 * An occurrence of a series has begun: plan the next one's reminders (and the next of these).
 * Never skipped for lateness, or the series would stop: after downtime it plans from now.
 */
export const nextOccurrenceJob = defineJob({
  kind: NEXT_JOB,
  payload: byOccurrence,
  graceMs: 3650 * DAY,
  run: async (ctx, { meetingId, occurrence: key }) => {
    const meeting = await new MeetingStore(ctx.db).byId(meetingId);
    if (!meeting || meeting.status !== "scheduled" || !meeting.rrule) return;
    const now = ctx.clock.now();
    const current = occurrenceByKey(seriesOf(meeting), key);
    const from = new Date(Math.max(current?.start.getTime() ?? 0, ctx.job.dueAt.getTime(), now.getTime()));
    const next = nextOccurrence(seriesOf(meeting), from);
    if (!next) return; // the series has ended
    const networkOffsets = await reminderOffsetsOf(ctx.db, meeting.networkId);
    // Reminders for the next occurrence go out only after this one has begun.
    const after = new Date(Math.max(ctx.job.dueAt.getTime(), now.getTime() - HOUR));
    await new MeetingStore(ctx.db).planOccurrence(meeting, next, offsetsOf(meeting, networkOffsets), after);
  },
});

/**
 * An occurrence of a series has ended: each space's event (Discord's Events tab) moves on to the
 * next occurrence. Best effort (a platform failure is logged, not retried); never skipped for
 * lateness, or the event would stay on a date long gone.
 */
export const eventNextJob = defineJob({
  kind: EVENT_JOB,
  payload: byOccurrence,
  graceMs: 3650 * DAY,
  run: async (ctx, { meetingId }) => {
    await mirrorMeeting(ctx, meetingId);
  },
});

/** An unsaved draft is dropped after a day. */
export const draftExpiryJob = defineJob({
  kind: DRAFT_EXPIRY_JOB,
  payload: z.object({ meetingId: z.string().min(1) }),
  graceMs: 365 * DAY,
  run: async (ctx, { meetingId }) => {
    await new MeetingStore(ctx.db).dropDraft(meetingId);
  },
});

export const meetingJobs = [remindJob, placeNudgeJob, nextOccurrenceJob, eventNextJob, draftExpiryJob, noticeJob];
