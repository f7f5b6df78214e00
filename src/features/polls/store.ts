import { createHash, randomBytes } from "node:crypto";
import { auditorFor } from "../../core/audit.js";
import type { Db, Tx } from "../../db/index.js";
import { isUniqueViolation } from "../../db/errors.js";
import { cancel, enqueue } from "../../scheduler/index.js";
import { POLL_AUDIT, POLL_JOB } from "./stored-names.js";

export interface NewPoll {
  readonly question: string;
  readonly options: readonly string[];
  readonly multiple: boolean;
  readonly anonymous: boolean;
  readonly closesAt: Date | undefined;
}

/** One option with its votes: how many, and (on a named poll) who, in the order they voted. */
export interface Tally {
  readonly option: string;
  readonly votes: number;
  readonly names: readonly string[];
}

export interface StoredPoll extends NewPoll {
  readonly id: string;
  readonly networkId: string;
  readonly number: number;
  readonly authorId: string;
  readonly authorName: string;
  readonly closedAt: Date | undefined;
  readonly spaceId: string | null;
  readonly channelId: string | null;
  readonly createdAt: Date;
  readonly tally: readonly Tally[];
  /** People who voted (on a multiple-choice poll, fewer than the votes). */
  readonly voters: number;
}

/** What a press did: a vote added, moved to this option (single choice), taken back, or nothing (closed). */
export type VoteResult = "added" | "moved" | "removed" | "closed";

type Row = Awaited<ReturnType<Db["poll"]["findFirstOrThrow"]>>;

/** The key that makes one member's votes one voter's: their id on a named poll, a salted hash on an anonymous one. */
export function voterKeyOf(poll: { anonymous: boolean; salt: string }, memberId: string): string {
  return poll.anonymous ? createHash("sha256").update(`${poll.salt}:${memberId}`).digest("hex") : memberId;
}

async function withTallies(db: Db | Tx, rows: readonly Row[]): Promise<StoredPoll[]> {
  const votes = await db.pollVote.findMany({
    where: { pollId: { in: rows.map((r) => r.id) } },
    select: { pollId: true, memberId: true, voterKey: true, choice: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const memberIds = [...new Set([...rows.map((r) => r.authorId), ...votes.flatMap((v) => v.memberId ?? [])])];
  const members = await db.member.findMany({
    where: { id: { in: memberIds } },
    select: { id: true, displayName: true },
  });
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return rows.map((row) => {
    const options = JSON.parse(row.options) as string[];
    const mine = votes.filter((v) => v.pollId === row.id);
    const tally = options.map((option, index) => {
      const chosen = mine.filter((v) => v.choice === index);
      return {
        option,
        votes: chosen.length,
        names: row.anonymous ? [] : chosen.flatMap((v) => (v.memberId ? [names.get(v.memberId) ?? "?"] : [])),
      };
    });
    return {
      id: row.id,
      networkId: row.networkId,
      number: row.number,
      authorId: row.authorId,
      authorName: names.get(row.authorId) ?? "?",
      question: row.question,
      options,
      multiple: row.multiple,
      anonymous: row.anonymous,
      closesAt: row.closesAt ?? undefined,
      closedAt: row.closedAt ?? undefined,
      spaceId: row.spaceId,
      channelId: row.channelId,
      createdAt: row.createdAt,
      tally,
      voters: new Set(mine.map((v) => v.voterKey)).size,
    };
  });
}

const one = async (db: Db | Tx, row: Row | null) => (row ? (await withTallies(db, [row]))[0] : undefined);

const record = auditorFor("Poll");

/** Polls and their votes. Creating and closing are audited; votes never are (anonymous ones must leave no trace). */
export class PollStore {
  constructor(private readonly db: Db) {}

  async byNumber(networkId: string, number: number): Promise<StoredPoll | undefined> {
    return one(this.db, await this.db.poll.findUnique({ where: { networkId_number: { networkId, number } } }));
  }

  async byId(id: string): Promise<StoredPoll | undefined> {
    return one(this.db, await this.db.poll.findUnique({ where: { id } }));
  }

  /** Stores a new poll with the next number of its network and, when it closes at a time, its closing job. */
  async create(
    where: { networkId: string; authorId: string; spaceId: string; channelId: string },
    poll: NewPoll,
    at: Date,
  ): Promise<StoredPoll> {
    return this.db.$transaction(async (tx) => {
      const { lastPollNumber } = await tx.network.update({
        where: { id: where.networkId },
        data: { lastPollNumber: { increment: 1 } },
        select: { lastPollNumber: true },
      });
      const row = await tx.poll.create({
        data: {
          ...where,
          number: lastPollNumber,
          question: poll.question,
          options: JSON.stringify(poll.options),
          multiple: poll.multiple,
          anonymous: poll.anonymous,
          salt: randomBytes(16).toString("hex"),
          closesAt: poll.closesAt ?? null,
          createdAt: at,
        },
      });
      await record(tx, row, where.authorId, POLL_AUDIT.created, at, { number: row.number });
      if (poll.closesAt)
        await enqueue(tx, {
          kind: POLL_JOB.close,
          dueAt: poll.closesAt,
          payload: { pollId: row.id },
          dedupeKey: `${POLL_JOB.close}:${row.id}`,
          networkId: where.networkId,
        });
      return (await withTallies(tx, [row]))[0] as StoredPoll;
    });
  }

  /**
   * One press of an option's button. Single choice: the member's one row (unique per poll and
   * voter) is created or moved to this option; pressing the chosen option again takes the vote back.
   * Multiple choice: the option's row is toggled. Two presses at once never make two rows: the
   * unique key refuses the second insert, which is then read as the first one's result.
   */
  async vote(pollId: string, memberId: string, choice: number, at: Date): Promise<VoteResult> {
    const poll = await this.db.poll.findUnique({
      where: { id: pollId },
      select: { anonymous: true, salt: true, multiple: true, closedAt: true },
    });
    if (!poll || poll.closedAt) return "closed";
    const voterKey = voterKeyOf(poll, memberId);
    const slot = poll.multiple ? choice : 0;
    const key = { pollId_voterKey_slot: { pollId, voterKey, slot } };
    const data = { pollId, voterKey, slot, choice, memberId: poll.anonymous ? null : memberId, createdAt: at };
    for (let attempt = 0; ; attempt += 1) {
      try {
        const existing = await this.db.pollVote.findUnique({ where: key, select: { id: true, choice: true } });
        if (existing && existing.choice === choice) {
          const { count } = await this.db.pollVote.deleteMany({ where: { id: existing.id } });
          return count ? "removed" : "closed";
        }
        if (existing) {
          await this.db.pollVote.update({ where: { id: existing.id }, data: { choice, createdAt: at } });
          return "moved";
        }
        await this.db.pollVote.create({ data });
        return "added";
      } catch (error) {
        // Another press of the same member got there first: read again, once.
        if (attempt === 0 && (isUniqueViolation(error) || isNotFound(error))) continue;
        throw error;
      }
    }
  }

  /**
   * Closes the poll, once: false when it was already closed (by a coordinator, its job, another
   * instance). The salt goes with it: no more votes need checking, and without it nobody (not even
   * whoever reads the database) can tell whose hash an anonymous vote holds.
   */
  async close(poll: StoredPoll, actorId: string | null, at: Date): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.poll.updateMany({
        where: { id: poll.id, closedAt: null },
        data: { closedAt: at, salt: "" },
      });
      if (count === 0) return false;
      await cancel(tx, `${POLL_JOB.close}:${poll.id}`);
      await record(tx, poll, actorId, POLL_AUDIT.closed, at, { number: poll.number });
      return true;
    });
  }

  /** Open polls, newest first, then the most recently closed. */
  async recent(networkId: string, limit: number): Promise<StoredPoll[]> {
    const open = await this.db.poll.findMany({
      where: { networkId, closedAt: null },
      orderBy: { number: "desc" },
      take: limit,
    });
    const closed =
      open.length < limit
        ? await this.db.poll.findMany({
            where: { networkId, closedAt: { not: null } },
            orderBy: { closedAt: "desc" },
            take: limit - open.length,
          })
        : [];
    return withTallies(this.db, [...open, ...closed]);
  }
}

/** Prisma's "record to update or delete does not exist" (P2025): the row went between read and write. */
function isNotFound(error: unknown): boolean {
  return !!error && typeof error === "object" && "code" in error && error.code === "P2025";
}
