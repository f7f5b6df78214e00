/**
 * Exactly-once fan-out for jobs: each send of a job's run is recorded per recipient in JobDelivery,
 * "sending" before the platform call and "sent" after, so a re-run of the job (after a crash or a
 * retry) skips what was sent and repeats at most the sends that were in flight.
 *
 * The scheduler wraps every job's `ctx.delivery` in {@link onceDelivery}, so every feature's job
 * (reminders, escalations, digests, pings, coordinator alerts through tellCoordinators) gets this
 * without saying so. A recipient is named by where the message goes plus the n-th send there in the
 * run ("member:<id>#1"): a job that tells the same member two things records two sends, and a
 * re-run that makes the same calls in the same order meets the same names.
 */
import { randomUUID } from "node:crypto";
import type { Delivery, DeliveryResult } from "../core/delivery.js";
import type { PostedRef } from "../core/message.js";
import type { Db } from "../db/index.js";
import { NotDelivered } from "./service.js";

/** The run whose sends are recorded: a job's id and its planned time. */
export interface DeliveryRun {
  readonly jobId: string;
  /** The job's dueAt: a job moved to another time is a new run and sends afresh. */
  readonly runAt: Date;
}

/** What {@link sendOnce} did: sent now, or found already sent (with what the send returned then). */
export type SendOnceOutcome<T> =
  { readonly sent: "now"; readonly result: T } | { readonly sent: "before"; readonly result: T };

/**
 * Sends once per (run, recipient). Writes a "sending" row first (insert, ignoring a conflict), then
 * sends, then marks it "sent" with the result. A row already "sent" means a previous run did it: the
 * stored result is returned and nothing is sent. A row left "sending" means a run died mid-send: the
 * send is repeated (it may or may not have reached the platform; that one may arrive twice).
 *
 * If the send throws, the row is removed so a retry sends again.
 */
export async function sendOnce<T>(
  db: Db,
  run: DeliveryRun,
  recipient: string,
  send: () => Promise<T>,
  /** Whether the result reached anyone; when not, nothing is recorded and a re-run tries again. */
  reached: (result: T) => boolean = () => true,
): Promise<SendOnceOutcome<T>> {
  const now = new Date();
  await db.$executeRaw`
    INSERT INTO "JobDelivery" ("id", "jobId", "runAt", "recipient", "status", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${run.jobId}, ${run.runAt}, ${recipient}, ${"sending"}, ${now}, ${now})
    ON CONFLICT ("jobId", "runAt", "recipient") DO NOTHING`;
  const where = { jobId_runAt_recipient: { jobId: run.jobId, runAt: run.runAt, recipient } };
  const row = await db.jobDelivery.findUnique({ where, select: { status: true, result: true } });
  if (row?.status === "sent") return { sent: "before", result: revive(row.result) as T };
  let result: T;
  try {
    result = await send();
  } catch (error) {
    // Nothing reached anyone (as far as we know): let the job's retry send it.
    await db.jobDelivery.deleteMany({ where: { ...where.jobId_runAt_recipient, status: "sending" } });
    throw error;
  }
  if (!reached(result)) {
    await db.jobDelivery.deleteMany({ where: { ...where.jobId_runAt_recipient, status: "sending" } });
    return { sent: "now", result };
  }
  await db.jobDelivery.update({
    where,
    data: { status: "sent", result: result === undefined ? null : JSON.stringify(result) },
  });
  return { sent: "now", result };
}

/**
 * `delivery` for one job run: toMember and toChannel go through {@link sendOnce}; edits (idempotent
 * by nature) and events pass straight through.
 */
export function onceDelivery(db: Db, run: DeliveryRun, delivery: Delivery): Delivery {
  const sendsTo = new Map<string, number>();
  const nameOf = (target: string) => {
    const n = (sendsTo.get(target) ?? 0) + 1;
    sendsTo.set(target, n);
    return `${target}#${n}`;
  };
  const once: Delivery = {
    toMember: async (memberId, message, fallback) =>
      (
        await sendOnce<DeliveryResult>(
          db,
          run,
          nameOf(`member:${memberId}`),
          () => delivery.toMember(memberId, message, fallback),
          (result) => !mayReachLater(result),
        )
      ).result,
    toChannel: async (spaceId, channelId, message) =>
      (
        await sendOnce<PostedRef>(db, run, nameOf(`channel:${spaceId}:${channelId}`), () =>
          delivery.toChannel(spaceId, channelId, message),
        )
      ).result,
    edit: (spaceId, ref, message) => delivery.edit(spaceId, ref, message),
  };
  const eventsIn = delivery.eventsIn?.bind(delivery);
  return eventsIn ? { ...once, eventsIn } : once;
}

/**
 * A DM that reached nobody for a reason that may pass (DMs refused, the platform down, no adapter
 * for the member's platform in this process): worth trying again later. A member who is gone is not.
 */
export function mayReachLater(result: DeliveryResult): boolean {
  return result.via === "none" && result.reason !== NotDelivered.noMember;
}

/** A stored result back as it was returned (null: the send returned nothing). */
function revive(result: string | null): unknown {
  return result === null ? undefined : (JSON.parse(result) as unknown);
}
