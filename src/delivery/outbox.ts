/**
 * Posts the platform refused: when a command's card (or a post it causes) cannot be sent even after
 * the platform client's own retries (a Slack rate limit or outage lasting more than a few seconds),
 * the post becomes a job, retried with the scheduler's back-off. The change it announces is already
 * stored; the member is told the card will follow, never that something went wrong.
 *
 * When the card finally posts, it is recorded as a PostedCard so later edits of its subject reach it,
 * as for any other card. The send goes through the job's per-recipient record (once.ts): a crash
 * between the post and the end of the job does not post it twice.
 */
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { CardSubject } from "../core/feature.js";
import type { Message } from "../core/message.js";
import type { Db, Tx } from "../db/index.js";
import { defineJob, type JobDefinition } from "../scheduler/handlers.js";
import { enqueue } from "../scheduler/jobs.js";
import { mayReachLater } from "./once.js";

/** The job kind that posts a refused card later. */
export const LATER_POST_JOB = "delivery.post";

/** What a card is about, so the post can be recorded as that subject's card once it is out. */
export interface LaterCard {
  readonly networkId: string;
  readonly subject: CardSubject;
}

/** A post to make later: where, what, and (for a card) whose. */
export interface LaterPost {
  readonly spaceId: string;
  readonly channelId: string;
  readonly message: Message;
  readonly card?: LaterCard;
  readonly networkId?: string;
}

/**
 * Plans the post as a job due now (the next tick tries it; failures back off). Returns the job's
 * dedupe key. Give a transaction to store it with the change it announces.
 */
export async function postLater(db: Db | Tx, post: LaterPost, now: Date): Promise<string> {
  const dedupeKey = `${LATER_POST_JOB}:${randomUUID()}`;
  const networkId = post.card?.networkId ?? post.networkId;
  await enqueue(db, {
    kind: LATER_POST_JOB,
    dueAt: now,
    dedupeKey,
    payload: {
      spaceId: post.spaceId,
      channelId: post.channelId,
      message: serializeMessage(post.message),
      ...(post.card ? { card: { networkId: post.card.networkId, ...post.card.subject } } : {}),
    },
    ...(networkId ? { networkId } : {}),
  });
  return dedupeKey;
}

const HOUR = 3600 * 1000;

/** Posts a refused card: up to 9 tries over about two hours (30 s, 1 min, 2 min, … capped at 1 h). */
export const laterPostJob: JobDefinition = defineJob({
  kind: LATER_POST_JOB,
  payload: z.object({
    spaceId: z.string().min(1),
    channelId: z.string().min(1),
    message: z.string().min(2),
    card: z.object({ networkId: z.string().min(1), type: z.string().min(1), id: z.string().min(1) }).optional(),
  }),
  maxAttempts: 9,
  graceMs: 12 * HOUR,
  run: async (ctx, { spaceId, channelId, message, card }) => {
    const ref = await ctx.delivery.toChannel(spaceId, channelId, reviveMessage(message));
    if (!card) return;
    const where = { spaceId, channelId: ref.channelId, messageId: ref.messageId };
    // As recordCard (features/shared/cards.ts) does: one row per posted copy.
    await ctx.db.postedCard.upsert({
      where: { spaceId_channelId_messageId: where },
      create: { networkId: card.networkId, subjectType: card.type, subjectId: card.id, ...where },
      update: {},
    });
    ctx.log.info({ subject: card.type }, "refused card posted later");
  },
});

/** The job kind that sends a refused DM later. */
export const LATER_DM_JOB = "delivery.dm";

/** A DM to send later: to whom, what, and where to post it when no DM can be sent. */
export interface LaterDm {
  readonly memberId: string;
  readonly message: Message;
  readonly fallback?: { readonly spaceId: string; readonly channelId: string };
  readonly networkId?: string;
}

/** Plans a DM that reached nobody as a job due now; its failures back off. Returns the dedupe key. */
export async function dmLater(db: Db | Tx, dm: LaterDm, now: Date): Promise<string> {
  const dedupeKey = `${LATER_DM_JOB}:${randomUUID()}`;
  await enqueue(db, {
    kind: LATER_DM_JOB,
    dueAt: now,
    dedupeKey,
    payload: {
      memberId: dm.memberId,
      message: serializeMessage(dm.message),
      ...(dm.fallback ? { fallback: { spaceId: dm.fallback.spaceId, channelId: dm.fallback.channelId } } : {}),
    },
    ...(dm.networkId ? { networkId: dm.networkId } : {}),
  });
  return dedupeKey;
}

/**
 * Sends a DM that reached nobody: up to 6 tries over about a quarter of an hour. DMs a member has closed
 * stay closed, so this gives up sooner than a card; a member who is gone is not retried at all.
 */
export const laterDmJob: JobDefinition = defineJob({
  kind: LATER_DM_JOB,
  payload: z.object({
    memberId: z.string().min(1),
    message: z.string().min(2),
    fallback: z.object({ spaceId: z.string().min(1), channelId: z.string().min(1) }).optional(),
  }),
  maxAttempts: 6,
  graceMs: 12 * HOUR,
  run: async (ctx, { memberId, message, fallback }) => {
    const result = await ctx.delivery.toMember(memberId, reviveMessage(message), fallback);
    if (result.via === "none" && mayReachLater(result)) throw new Error(`DM not delivered: ${result.reason}`);
  },
});

/** The jobs of delivery itself. */
export const deliveryJobs: readonly JobDefinition[] = [laterPostJob, laterDmJob];

/** A message as JSON, its dates (time inlines) kept as dates. */
export function serializeMessage(message: Message): string {
  return JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
    const original = this[key];
    return original instanceof Date ? { $date: original.toISOString() } : value;
  });
}

/** The inverse of {@link serializeMessage}. */
export function reviveMessage(json: string): Message {
  return JSON.parse(json, (_key, value: unknown) => {
    if (value !== null && typeof value === "object" && "$date" in value) {
      const at = (value as { $date: unknown }).$date;
      if (typeof at === "string") return new Date(at);
    }
    return value;
  }) as Message;
}
