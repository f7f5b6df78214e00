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
import { CLAIM_STALE_MS, MeetingEventStore } from "./event-store.js";
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
        const want = next && event ? { occurrence: next, event } : undefined;
        await mirrorIn(store, events, meeting.id, spaceId, want, deps.clock.now());
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

/**
 * One space: create, change or remove its event, and keep the row in step with what the platform
 * holds. A new event is claimed before it is created (see MeetingEventStore), so two mirrors racing
 * make one event: the one that loses the claim leaves the event to the other.
 */
async function mirrorIn(
  store: MeetingEventStore,
  events: SpaceEvents,
  meetingId: string,
  spaceId: string,
  want: { occurrence: Occurrence; event: MirroredEvent } | undefined,
  now: Date,
): Promise<void> {
  const row = await store.find(meetingId, spaceId);
  if (!want) {
    if (!row) return;
    // A pending claim is withdrawn: its holder then removes the event it made (see createClaimed).
    if (row.externalId !== undefined) {
      try {
        await events.cancel(row.externalId);
      } catch (error) {
        if (!(error instanceof EventGoneError)) throw error;
      }
    }
    await store.forget(row.id);
    return;
  }
  let claim: string | undefined;
  if (!row) {
    claim = await store.claim(meetingId, spaceId, want.occurrence.key, now);
  } else if (row.externalId === undefined) {
    // Another mirror is creating it; take over only a claim its holder left behind.
    const stale = now.getTime() - row.updatedAt.getTime() > CLAIM_STALE_MS;
    if (stale && (await store.takeOver(row, want.occurrence.key, now))) claim = row.id;
  } else {
    try {
      await events.update(row.externalId, want.event);
      await store.moved(row.id, want.occurrence.key);
      return;
    } catch (error) {
      if (!(error instanceof EventGoneError)) throw error;
      // Deleted in the space by hand: make a new one, claimed like a first one.
      if (await store.takeOver(row, want.occurrence.key, now)) claim = row.id;
    }
  }
  if (claim !== undefined) await createClaimed(store, events, claim, want.event);
}

/** Creates the event for a claim held, and records its id; withdraws the claim if the platform refuses. */
async function createClaimed(
  store: MeetingEventStore,
  events: SpaceEvents,
  claim: string,
  event: MirroredEvent,
): Promise<void> {
  let externalId: string;
  try {
    externalId = await events.create(event);
  } catch (error) {
    await store.release(claim);
    throw error;
  }
  if (await store.fulfil(claim, externalId)) return;
  // The meeting was cancelled or ended while the event was being made: remove it again.
  try {
    await events.cancel(externalId);
  } catch (error) {
    if (!(error instanceof EventGoneError)) throw error;
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
