import { audit } from "../../core/audit.js";
import { isUniqueViolation, type Db } from "../../db/index.js";
import { ASK_AUDIT } from "./stored-names.js";

/** What a member says they can generally help with: new asks with these tags reach them privately. */
export interface StandingOffer {
  readonly memberId: string;
  readonly tags: readonly string[];
}

/** Standing offers (`/offer`) and the pings they earn. Every change is audited in its transaction. */
export class StandingOfferStore {
  constructor(private readonly db: Db) {}

  /** Sets (or replaces) the member's standing offer. */
  async set(
    where: { readonly networkId: string; readonly memberId: string },
    offer: { readonly tags: readonly string[]; readonly availability: string | undefined },
    at: Date,
  ): Promise<void> {
    const data = { tags: JSON.stringify(offer.tags), availability: offer.availability ?? null };
    await this.db.$transaction(async (tx) => {
      const row = await tx.standingOffer.upsert({
        where: { memberId: where.memberId },
        create: { networkId: where.networkId, memberId: where.memberId, ...data },
        update: data,
      });
      await audit(tx, {
        networkId: where.networkId,
        actorId: where.memberId,
        at,
        action: ASK_AUDIT.standingOfferSet,
        subjectType: "StandingOffer",
        subjectId: row.id,
      });
    });
  }

  /** Removes the member's standing offer, audited when there was one. */
  async stop(where: { readonly networkId: string; readonly memberId: string }, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.standingOffer.deleteMany({ where: { memberId: where.memberId } });
      if (count > 0) {
        await audit(tx, {
          networkId: where.networkId,
          actorId: where.memberId,
          at,
          action: ASK_AUDIT.standingOfferStopped,
          subjectType: "Member",
          subjectId: where.memberId,
        });
      }
    });
  }

  /** The network's standing offers, but the one of `exceptMemberId` (the asker). */
  async inNetwork(networkId: string, exceptMemberId: string): Promise<StandingOffer[]> {
    const rows = await this.db.standingOffer.findMany({
      where: { networkId, memberId: { not: exceptMemberId } },
    });
    return rows.map((row) => ({ memberId: row.memberId, tags: JSON.parse(row.tags) as string[] }));
  }

  /**
   * Claims one of today's ping slots for a member. Unique keys do the counting, so
   * matching jobs running side by side (or on two instances) never exceed the limit,
   * and a retried job never pings anyone twice about one ask.
   */
  async takePingSlot(
    ping: { readonly memberId: string; readonly askId: string; readonly day: string },
    limit: number,
    at: Date,
  ): Promise<boolean> {
    const { memberId, askId: requestId, day } = ping;
    if (await this.db.helpPing.findUnique({ where: { memberId_requestId: { memberId, requestId } } })) return false;
    for (let slot = 1; slot <= limit; slot++) {
      try {
        await this.db.helpPing.create({ data: { memberId, requestId, day, slot, at } });
        return true;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return false;
  }
}
