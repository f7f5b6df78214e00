/**
 * Which platform event mirrors a meeting in a space (Discord's Events tab): at most one per
 * (meeting, space), with the occurrence it shows.
 *
 * Creating an event is claimed first: a row with no platform id yet (a pending claim) is inserted on
 * the (meeting, space) unique key before the platform is asked, so of two mirrors racing only the
 * one whose insert wins creates an event; the other sees the claim and leaves it. The winner then
 * records the platform's id on its claim.
 */
import { isUniqueViolation, type Db } from "../../db/index.js";

/** The platform id of a claim whose event is being created (no platform gives an empty id). */
const PENDING = "";

/** How long a claim may stay pending before another mirror may take it over (its holder died). */
export const CLAIM_STALE_MS = 5 * 60_000;

/** A space's event for a meeting, as remembered. */
export interface MirroredEventRecord {
  readonly id: string;
  /** The platform's id; undefined while another mirror is creating the event (a pending claim). */
  readonly externalId: string | undefined;
  readonly occurrence: string;
  /** When the row last changed: for a pending claim, when it was claimed. */
  readonly updatedAt: Date;
}

/** The mirrors of meeting events in one database. */
export class MeetingEventStore {
  constructor(private readonly db: Db) {}

  /** The event remembered for the meeting in the space, if any. */
  async find(meetingId: string, spaceId: string): Promise<MirroredEventRecord | undefined> {
    const row = await this.db.meetingEvent.findUnique({ where: { meetingId_spaceId: { meetingId, spaceId } } });
    if (!row) return undefined;
    const externalId = row.externalId === PENDING ? undefined : row.externalId;
    return { id: row.id, externalId, occurrence: row.occurrence, updatedAt: row.updatedAt };
  }

  /**
   * Claims the right to create the meeting's event in the space: the claim's row id, or undefined
   * when another mirror holds the (meeting, space) row already.
   */
  async claim(meetingId: string, spaceId: string, occurrence: string, now: Date): Promise<string | undefined> {
    try {
      const row = await this.db.meetingEvent.create({
        data: { meetingId, spaceId, externalId: PENDING, occurrence, updatedAt: now },
      });
      return row.id;
    } catch (error) {
      if (isUniqueViolation(error)) return undefined;
      throw error;
    }
  }

  /**
   * Turns a remembered row into this mirror's claim, if it is still as seen (`seen`): an event gone
   * on the platform, or a pending claim gone stale. True when this mirror now holds it.
   */
  async takeOver(seen: MirroredEventRecord, occurrence: string, now: Date): Promise<boolean> {
    const { count } = await this.db.meetingEvent.updateMany({
      where: { id: seen.id, externalId: seen.externalId ?? PENDING, updatedAt: seen.updatedAt },
      data: { externalId: PENDING, occurrence, updatedAt: now },
    });
    return count === 1;
  }

  /**
   * Records the platform's id on this mirror's claim. False when the claim was withdrawn meanwhile
   * (the meeting was cancelled while its event was being made): the caller removes the event.
   */
  async fulfil(claimId: string, externalId: string): Promise<boolean> {
    const { count } = await this.db.meetingEvent.updateMany({
      where: { id: claimId, externalId: PENDING },
      data: { externalId },
    });
    return count === 1;
  }

  /** Forgets an event (removed, or deleted in the space by hand), or withdraws a claim. */
  async forget(id: string): Promise<void> {
    await this.db.meetingEvent.deleteMany({ where: { id } });
  }

  /** Withdraws this mirror's own claim when the platform refused to create the event. */
  async release(claimId: string): Promise<void> {
    await this.db.meetingEvent.deleteMany({ where: { id: claimId, externalId: PENDING } });
  }

  /** The event now shows another occurrence. */
  async moved(id: string, occurrence: string): Promise<void> {
    await this.db.meetingEvent.updateMany({ where: { id }, data: { occurrence } });
  }
}
