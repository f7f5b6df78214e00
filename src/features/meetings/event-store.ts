/**
 * Which platform event mirrors a meeting in a space (Discord's Events tab): at most one per
 * (meeting, space), with the occurrence it shows.
 */
import type { Db } from "../../db/index.js";

/** A space's event for a meeting, as remembered. */
export interface MirroredEventRecord {
  readonly id: string;
  readonly externalId: string;
  readonly occurrence: string;
}

/** The mirrors of meeting events in one database. */
export class MeetingEventStore {
  constructor(private readonly db: Db) {}

  /** The event remembered for the meeting in the space, if any. */
  async find(meetingId: string, spaceId: string): Promise<MirroredEventRecord | undefined> {
    const row = await this.db.meetingEvent.findUnique({ where: { meetingId_spaceId: { meetingId, spaceId } } });
    return row ? { id: row.id, externalId: row.externalId, occurrence: row.occurrence } : undefined;
  }

  /** Forgets an event (removed, or deleted in the space by hand). */
  async forget(id: string): Promise<void> {
    await this.db.meetingEvent.deleteMany({ where: { id } });
  }

  /** The event now shows another occurrence. */
  async moved(id: string, occurrence: string): Promise<void> {
    await this.db.meetingEvent.update({ where: { id }, data: { occurrence } });
  }

  /** Remembers the event just made for the meeting in the space (replacing any earlier one). */
  async remember(meetingId: string, spaceId: string, externalId: string, occurrence: string): Promise<void> {
    await this.db.meetingEvent.upsert({
      where: { meetingId_spaceId: { meetingId, spaceId } },
      create: { meetingId, spaceId, externalId, occurrence },
      update: { externalId, occurrence },
    });
  }
}
