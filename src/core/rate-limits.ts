import { DateTime } from "luxon";
import type { Db } from "../db/index.js";
import { isUniqueViolation } from "../db/index.js";
import type { Context } from "./context.js";
import { UserError } from "./errors.js";
import { DefaultRateLimits, type RateLimits } from "./limits.js";

export type RateBucket = "command" | "ping";

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Counts one use in the member's current fixed window of `windowMs` and says
 * whether it is still within `limit`. One upsert-increment on (member, bucket,
 * window start): instances share the count, and concurrent uses each get their
 * own number. Old windows are removed by the nightly retention job (after
 * `rateWindows` days), not here: this runs before every command.
 */
export async function countUse(
  db: Db,
  use: { memberId: string; bucket: RateBucket; at: Date; windowMs: number; limit: number },
): Promise<boolean> {
  const windowStart = new Date(Math.floor(use.at.getTime() / use.windowMs) * use.windowMs);
  const key = { memberId: use.memberId, bucket: use.bucket, windowStart };
  const increment = () =>
    db.rateWindow.upsert({
      where: { memberId_bucket_windowStart: key },
      create: { ...key, count: 1 },
      update: { count: { increment: 1 } },
      select: { count: true },
    });
  let row: { count: number };
  try {
    row = await increment();
  } catch (error) {
    // Two first uses of one window at once: the loser's insert fails; it increments the winner's row.
    if (!isUniqueViolation(error)) throw error;
    row = await increment();
  }
  return row.count <= use.limit;
}

/** Counts one command (or button, or form) of a member; false when over the per-minute limit. */
export function allowCommand(db: Db, memberId: string, at: Date, limits: RateLimits = DefaultRateLimits) {
  return countUse(db, { memberId, bucket: "command", at, windowMs: MINUTE_MS, limit: limits.commandsPerMinute });
}

/** The limits the dispatcher was given, per context it built (a context is one invocation). */
const configured = new WeakMap<Context, RateLimits>();

/** Called by the dispatcher: features' pings in this invocation count against `limits`. */
export function useLimits(ctx: Context, limits: RateLimits): void {
  configured.set(ctx, limits);
}

const limitsOf = (ctx: Context) => configured.get(ctx) ?? DefaultRateLimits;

/**
 * Counts one ping of another member by the acting member (an offer of help, a
 * DM hand-off, a cover ping); false when over the hourly limit. Features call
 * it before sending, or use {@link requirePing} to refuse with a friendly reply.
 */
export function allowPing(ctx: Context, limits: RateLimits = limitsOf(ctx)): Promise<boolean> {
  return countUse(ctx.db, {
    memberId: ctx.member.id,
    bucket: "ping",
    at: ctx.clock.now(),
    windowMs: HOUR_MS,
    limit: limits.pingsPerHour,
  });
}

/** Refuses, kindly, a ping over the hourly limit. */
export async function requirePing(ctx: Context, limits: RateLimits = limitsOf(ctx)): Promise<void> {
  if (!(await allowPing(ctx, limits))) throw new UserError("limits.pings", { max: limits.pingsPerHour });
}

/**
 * Notes that a member used Gather today (the network's calendar day): one row
 * per member and day, for "active members" in reports. Nothing about what they did.
 */
export async function recordActivity(
  db: Db,
  activity: { networkId: string; memberId: string; timeZone: string; at: Date },
  seen: ActivitySeen = new ActivitySeen(),
): Promise<void> {
  const day = DateTime.fromJSDate(activity.at, { zone: activity.timeZone }).toISODate() ?? "";
  if (seen.has(activity.memberId, day)) return;
  try {
    await db.memberActivity.create({ data: { networkId: activity.networkId, memberId: activity.memberId, day } });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error; // recorded already today (another request, another instance)
  }
  seen.add(activity.memberId, day);
}

/**
 * The members this process has already recorded as active, per day: most
 * commands then cost no write at all for it. Only a saving — the unique key
 * (member, day) keeps the table right whatever each instance remembers.
 * Bounded: forgets everything once it holds `max` members.
 */
export class ActivitySeen {
  readonly #days = new Map<string, string>();
  readonly #max: number;

  constructor(max = 10_000) {
    this.#max = max;
  }

  has(memberId: string, day: string): boolean {
    return this.#days.get(memberId) === day;
  }

  add(memberId: string, day: string): void {
    if (this.#days.size >= this.#max && !this.#days.has(memberId)) this.#days.clear();
    this.#days.set(memberId, day);
  }
}
