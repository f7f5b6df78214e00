import { auditorFor } from "../../core/audit.js";
import type { Db, Tx } from "../../db/index.js";
import type { Urgency } from "./input.js";
import { askSettingsIn, type AskSettings } from "./settings-store.js";
import { cancel } from "../../scheduler/index.js";
import { ASK_AUDIT, ASK_JOB } from "./stored-names.js";

export interface NewAsk {
  readonly what: string;
  readonly details: string | undefined;
  readonly tags: readonly string[];
  readonly urgency: Urgency;
  readonly deadline: Date | undefined;
}

/** Open (no offer yet), offered, resolved by the asker, or closed. */
export type AskStatus = "open" | "offered" | "resolved" | "closed";

export interface StoredAsk extends NewAsk {
  readonly id: string;
  readonly networkId: string;
  readonly number: number;
  readonly requesterId: string;
  readonly requesterName: string;
  readonly status: AskStatus;
  readonly spaceId: string | null;
  readonly channelId: string | null;
  readonly offers: number;
  readonly createdAt: Date;
}

/** "I can help" from one member on one ask. */
export interface StoredOffer {
  readonly id: string;
  readonly askId: string;
  readonly helperId: string;
  /** The asker chose this offer. */
  readonly chosen: boolean;
}

const include = { offers: { select: { id: true } } } as const;

type Row = Awaited<ReturnType<Db["helpRequest"]["findFirstOrThrow"]>> & { offers: { id: string }[] };

async function withNames(db: Db | Tx, rows: readonly Row[]): Promise<StoredAsk[]> {
  const members = await db.member.findMany({
    where: { id: { in: rows.map((r) => r.requesterId) } },
    select: { id: true, displayName: true },
  });
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return rows.map((row) => ({
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    requesterId: row.requesterId,
    requesterName: names.get(row.requesterId) ?? "?",
    what: row.what,
    details: row.details ?? undefined,
    tags: JSON.parse(row.tags) as string[],
    urgency: row.urgency as Urgency,
    deadline: row.deadline ?? undefined,
    status: row.status as AskStatus,
    spaceId: row.spaceId,
    channelId: row.channelId,
    offers: row.offers.length,
    createdAt: row.createdAt,
  }));
}

const one = async (db: Db | Tx, row: Row | null) => (row ? (await withNames(db, [row]))[0] : undefined);

const record = auditorFor("HelpRequest");

/** Help requests and offers. Every change is audited in the same transaction. */
export class AskStore {
  constructor(private readonly db: Db) {}

  /** The network's ask with this number, if any. */
  async byNumber(networkId: string, number: number): Promise<StoredAsk | undefined> {
    return one(
      this.db,
      await this.db.helpRequest.findUnique({ where: { networkId_number: { networkId, number } }, include }),
    );
  }

  /** The ask with this id (of any network: the caller checks), if any. */
  async byId(id: string): Promise<StoredAsk | undefined> {
    return one(this.db, await this.db.helpRequest.findUnique({ where: { id }, include }));
  }

  /**
   * Stores a new ask with the next number of its network; `then` plans its follow-ups in the same
   * transaction, with the network's ask settings.
   */
  async create(
    where: { networkId: string; requesterId: string; spaceId: string; channelId: string },
    ask: NewAsk,
    at: Date,
    then: (tx: Tx, ask: StoredAsk, settings: AskSettings) => Promise<void>,
  ): Promise<StoredAsk> {
    return this.db.$transaction(async (tx) => {
      const { lastAskNumber } = await tx.network.update({
        where: { id: where.networkId },
        data: { lastAskNumber: { increment: 1 } },
        select: { lastAskNumber: true },
      });
      const row = await tx.helpRequest.create({
        data: {
          ...where,
          number: lastAskNumber,
          what: ask.what,
          details: ask.details ?? null,
          tags: JSON.stringify(ask.tags),
          urgency: ask.urgency,
          deadline: ask.deadline ?? null,
          createdAt: at,
          updatedAt: at,
        },
        include,
      });
      await record(tx, row, where.requesterId, ASK_AUDIT.asked, at);
      const stored = (await withNames(tx, [row]))[0] as StoredAsk;
      await then(tx, stored, await askSettingsIn(tx, where.networkId));
      return stored;
    });
  }

  /**
   * Records "I can help". Returns undefined when this helper already offered:
   * the unique key makes a double press (or two instances) harmless.
   */
  async offer(ask: StoredAsk, helperId: string, at: Date): Promise<{ offerId: string } | undefined> {
    const existing = await this.db.helpOffer.findUnique({
      where: { requestId_helperId: { requestId: ask.id, helperId } },
    });
    if (existing) return undefined;
    return this.db.$transaction(async (tx) => {
      const offer = await tx.helpOffer.create({ data: { requestId: ask.id, helperId, createdAt: at } });
      await tx.helpRequest.updateMany({ where: { id: ask.id, status: "open" }, data: { status: "offered" } });
      await record(tx, ask, helperId, ASK_AUDIT.offered, at);
      return { offerId: offer.id };
    });
  }

  /** An offer by its id (from a Choose button), if it is still there. */
  async offerById(id: string): Promise<StoredOffer | undefined> {
    const row = await this.db.helpOffer.findUnique({ where: { id } });
    return row ? { id: row.id, askId: row.requestId, helperId: row.helperId, chosen: row.chosen } : undefined;
  }

  /** The asker chose this offer's helper. */
  async choose(offerId: string, ask: StoredAsk, actorId: string, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.helpOffer.update({ where: { id: offerId }, data: { chosen: true } });
      await record(tx, ask, actorId, ASK_AUDIT.offerChosen, at, { offer: offerId });
    });
  }

  /** Resolves or closes the ask. */
  async setStatus(ask: StoredAsk, status: "resolved" | "closed", actorId: string, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.helpRequest.update({
        where: { id: ask.id },
        data: { status, updatedAt: at, ...(status === "resolved" ? { resolvedAt: at } : {}) },
      });
      await record(tx, ask, actorId, ASK_AUDIT[status], at);
    });
  }

  /**
   * Takes an ask down, as if never asked: its follow-ups, its pings and the ask itself go; the
   * audit trail keeps that it happened. False (and nothing changed) once someone has offered help.
   */
  async withdraw(ask: StoredAsk, actorId: string, at: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      if ((await tx.helpOffer.count({ where: { requestId: ask.id } })) > 0) return false;
      for (const kind of Object.values(ASK_JOB)) await cancel(tx, `${kind}:${ask.id}`);
      await tx.helpPing.deleteMany({ where: { requestId: ask.id } });
      await tx.helpRequest.delete({ where: { id: ask.id } });
      await record(tx, ask, actorId, ASK_AUDIT.undone, at, { number: ask.number });
      return true;
    });
  }

  /** Keeps the asker's one line on what helped. */
  async saveStory(ask: StoredAsk, actorId: string, story: string, at: Date): Promise<void> {
    await this.db.$transaction(async (tx) => {
      await tx.helpRequest.update({ where: { id: ask.id }, data: { whatHelped: story } });
      await record(tx, ask, actorId, ASK_AUDIT.storyTold, at);
    });
  }

  /** Open asks (with or without offers), newest first, optionally with a tag. */
  async open(networkId: string, tag: string | undefined, limit: number): Promise<StoredAsk[]> {
    const rows = await this.db.helpRequest.findMany({
      where: {
        networkId,
        status: { in: ["open", "offered"] },
        ...(tag ? { tags: { contains: JSON.stringify(tag) } } : {}),
      },
      include,
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      take: limit,
    });
    return withNames(this.db, rows);
  }

  /** The member's own asks, newest first. */
  async mine(networkId: string, memberId: string, limit: number): Promise<StoredAsk[]> {
    const rows = await this.db.helpRequest.findMany({
      where: { networkId, requesterId: memberId },
      include,
      orderBy: [{ createdAt: "desc" }],
      take: limit,
    });
    return withNames(this.db, rows);
  }

  /** The member's own counts, shown only to them: asks made, offers given, own asks resolved. */
  async counts(
    networkId: string,
    memberId: string,
  ): Promise<{ readonly asked: number; readonly offered: number; readonly resolved: number }> {
    const [asked, offered, resolved] = await Promise.all([
      this.db.helpRequest.count({ where: { networkId, requesterId: memberId } }),
      this.db.helpOffer.count({ where: { helperId: memberId, request: { networkId } } }),
      this.db.helpRequest.count({ where: { networkId, requesterId: memberId, status: "resolved" } }),
    ]);
    return { asked, offered, resolved };
  }
}
