/**
 * Meetings mirrored as events in each space's own calendar (Discord's Events tab), wherever the
 * space's platform keeps events (a messenger with `events`). Each (meeting, space) has at most one
 * event, showing the meeting's next occurrence; a MeetingEvent row remembers which.
 *
 * Best effort throughout: a platform failure is logged (ids and codes only) and never fails the
 * change that asked for the mirror; the next change, or the series' next step, tries again.
 */
import type { Clock } from "../../core/clock.js";
import type { Context } from "../../core/context.js";
import type { Delivery, SpaceEvents } from "../../core/delivery.js";
import { matchLocale, translator } from "../../core/i18n/index.js";
import type { Logger } from "../../core/logger.js";
import { EventGoneError, EventsNotAllowedError, type MirroredEvent } from "../../core/ports.js";
import { reply, type Reply } from "../../core/reply.js";
import type { Db } from "../../db/index.js";
import { describeRepeat } from "./card.js";
import type { Meeting } from "./domain.js";
import { MeetingEventStore } from "./event-store.js";
import { spacesOf } from "./network-store.js";
import { nextOccurrence, type Occurrence } from "./recurrence.js";
import { seriesOf } from "./schedule.js";
import { MeetingStore } from "./store.js";

export interface MirrorDeps {
  readonly db: Db;
  readonly delivery: Delivery;
  readonly log: Logger;
  readonly clock: Clock;
}

/** What a space's event says about a meeting's occurrence, in the network's language. No names. */
export function eventOf(meeting: Meeting, occurrence: Occurrence, networkLocale: string): MirroredEvent {
  const locale = matchLocale(networkLocale) ?? "en";
  const t = translator(locale);
  const lines = [t("meetings.card.number", { number: meeting.number })];
  const repeat = describeRepeat(meeting.rrule, t, locale);
  if (repeat) lines.push(`${t("meetings.field.repeat")}: ${repeat}`);
  if (meeting.onlineUrl) lines.push(`${t("meetings.field.online")}: ${meeting.onlineUrl}`);
  if (meeting.agendaUrl) lines.push(`${t("meetings.field.agenda")}: ${meeting.agendaUrl}`);
  return {
    name: meeting.title,
    description: lines.join("\n"),
    startsAt: occurrence.start,
    endsAt: occurrence.end,
    location: meeting.place ?? t("meetings.place.tbc"),
  };
}

/**
 * Brings the meeting's event in every space of its network up to date: its next occurrence
 * (created, or changed in place), or removed when there is none (cancelled, over). Never throws.
 */
export async function mirrorMeeting(deps: MirrorDeps, meetingId: string): Promise<void> {
  const log = deps.log.child({ component: "meeting-events", meeting: meetingId });
  const eventsIn = deps.delivery.eventsIn?.bind(deps.delivery);
  if (!eventsIn) return;
  try {
    const meeting = await new MeetingStore(deps.db).byId(meetingId);
    if (!meeting || meeting.status === "draft") return;
    const network = await spacesOf(deps.db, meeting.networkId);
    const next = meeting.status === "scheduled" ? nextOccurrence(seriesOf(meeting), deps.clock.now(), true) : undefined;
    const event = next ? eventOf(meeting, next, network.locale) : undefined;
    const store = new MeetingEventStore(deps.db);
    for (const spaceId of network.spaceIds) {
      let events: SpaceEvents | undefined;
      try {
        events = await eventsIn(spaceId);
        if (!events) continue;
        await mirrorIn(store, events, meeting.id, spaceId, next && event ? { occurrence: next, event } : undefined);
      } catch (error) {
        const code = error instanceof Error && "code" in error ? String(error.code) : errorName(error);
        if (error instanceof EventsNotAllowedError) log.debug({ space: spaceId, code }, "events not allowed here");
        else log.info({ space: spaceId, platform: events?.platform, code }, "meeting event not mirrored");
      }
    }
  } catch (error) {
    log.info({ code: errorName(error) }, "meeting events not mirrored");
  }
}

/** A reply that, once the member has their answer, mirrors the meeting in every space's events. */
export const meetingEventsAfter = (ctx: Context, meetingId: string): Reply =>
  reply.after(() => mirrorMeeting(ctx, meetingId));

/** One space: create, change or remove its event, and keep the row in step with what the platform holds. */
async function mirrorIn(
  store: MeetingEventStore,
  events: SpaceEvents,
  meetingId: string,
  spaceId: string,
  want: { occurrence: Occurrence; event: MirroredEvent } | undefined,
): Promise<void> {
  const row = await store.find(meetingId, spaceId);
  if (!want) {
    if (!row) return;
    try {
      await events.cancel(row.externalId);
    } catch (error) {
      if (!(error instanceof EventGoneError)) throw error;
    }
    await store.forget(row.id);
    return;
  }
  if (row) {
    try {
      await events.update(row.externalId, want.event);
      await store.moved(row.id, want.occurrence.key);
      return;
    } catch (error) {
      if (!(error instanceof EventGoneError)) throw error;
      // Deleted in the space by hand: forget it, and make a new one.
      await store.forget(row.id);
    }
  }
  const externalId = await events.create(want.event);
  await store.remember(meetingId, spaceId, externalId, want.occurrence.key);
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
