/**
 * Telling those coming that a meeting changed or is cancelled: the notice posted where the change
 * was made, and the same notice sent to each of them by a job of their own (see `planNotices`).
 */
import { z } from "zod";
import type { Locale, Translate } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import { defineJob } from "../../scheduler/index.js";
import { formatWhen, rsvpButtons } from "./card.js";
import type { Meeting, NoticeChange } from "./domain.js";
import { readersOf } from "./network-store.js";
import { tellReaders } from "./notify.js";
import { nextOccurrence, occurrenceByKey, type Occurrence } from "./recurrence.js";
import { NOTICE_JOB, seriesOf } from "./schedule.js";
import { MeetingStore } from "./store.js";

const DAY_MS = 24 * 3600 * 1000;

/** What changed (a new time, a new place), with the answer buttons for the occurrence now next. */
export function changeNotice(
  meeting: Meeting,
  next: Occurrence | undefined,
  changes: readonly NoticeChange[],
  t: Translate,
  locale: Locale,
): Message {
  const lines: string[] = [];
  if (changes.includes("time")) {
    lines.push(
      t("meetings.changed.time", {
        when: formatWhen(next?.start ?? meeting.startsAt, meeting.durationMinutes, meeting.timeZone, locale),
      }),
    );
  }
  if (changes.includes("place"))
    lines.push(t("meetings.changed.place", { place: meeting.place ?? t("meetings.place.tbc") }));
  return {
    title: t("meetings.changed.title", { number: meeting.number, title: meeting.title }),
    text: lines.join("\n"),
    ...(next ? { actions: rsvpButtons(meeting, next, t) } : {}),
  };
}

/** The meeting is cancelled, and when it would have been. */
export function cancelNotice(meeting: Meeting, next: Occurrence | undefined, t: Translate, locale: Locale): Message {
  return {
    title: t("meetings.cancelled.title", { number: meeting.number, title: meeting.title }),
    text: next ? formatWhen(next.start, meeting.durationMinutes, meeting.timeZone, locale) : "",
  };
}

const noticePayload = z.discriminatedUnion("kind", [
  z.object({
    meetingId: z.string().min(1),
    memberId: z.string().min(1),
    kind: z.literal("changed"),
    changes: z.array(z.enum(["time", "place"])),
  }),
  z.object({
    meetingId: z.string().min(1),
    memberId: z.string().min(1),
    kind: z.literal("cancelled"),
    occurrence: z.string().min(1),
  }),
]);

/**
 * One member who said Going or Maybe is told of a change or a cancellation, in their language.
 * A change tells the meeting as it is when the job runs; one cancelled since is not "changed".
 */
export const noticeJob = defineJob({
  kind: NOTICE_JOB,
  payload: noticePayload,
  graceMs: 2 * DAY_MS,
  run: async (ctx, notice) => {
    const meeting = await new MeetingStore(ctx.db).byId(notice.meetingId);
    if (!meeting) return;
    const readers = await readersOf(ctx.db, [notice.memberId]);
    if (notice.kind === "changed") {
      if (meeting.status !== "scheduled") return; // cancelled since: that notice says it all
      const next = nextOccurrence(seriesOf(meeting), ctx.clock.now(), true);
      await tellReaders(ctx.delivery, readers, (t, locale) => changeNotice(meeting, next, notice.changes, t, locale));
    } else {
      const occurrence = occurrenceByKey(seriesOf(meeting), notice.occurrence);
      await tellReaders(ctx.delivery, readers, (t, locale) => cancelNotice(meeting, occurrence, t, locale));
    }
  },
});
