/**
 * The rota's vocabulary: what the shift stores return and the handlers, jobs and cards work with.
 * No Prisma row type leaves the stores; these are the shapes they hand out.
 */
import type { Tx } from "../../db/index.js";

/** A shift as a coordinator adds it (one line of an import, too). */
export interface NewShift {
  readonly role: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly place: string | undefined;
  readonly capacity: number;
  readonly requiredChecks: readonly string[];
}

/** Who holds one place on a shift. */
export interface Holder {
  readonly assignmentId: string;
  readonly memberId: string;
  readonly name: string;
  readonly slot: number;
}

/** A shift as stored, with whoever holds each place, lowest slot first. */
export interface StoredShift extends NewShift {
  readonly id: string;
  readonly networkId: string;
  readonly number: number;
  /** "open" | "cancelled" */
  readonly status: string;
  readonly spaceId: string | null;
  readonly channelId: string | null;
  readonly holders: readonly Holder[];
}

/** What an edit changes; absent fields stay as they are. */
export interface ShiftChange {
  readonly startsAt?: Date;
  readonly endsAt?: Date;
  readonly place?: string | null;
  readonly capacity?: number;
}

/** A request for someone to take over a place. */
export interface StoredCover {
  readonly id: string;
  readonly shiftId: string;
  readonly assignmentId: string;
  readonly requesterId: string;
  /** Seen by coordinators only. */
  readonly reason: string | null;
  /** "open" | "pending_approval" | "covered" | "withdrawn" | "expired" */
  readonly status: string;
  readonly claimantId: string | null;
  readonly spaceId: string | null;
  readonly channelId: string | null;
}

/** Cover requests that still need someone. */
export const UNCOVERED = ["open", "pending_approval"] as const;

/** An uncovered request with its shift's number, as the at-risk list shows it. */
export interface UncoveredCover extends StoredCover {
  readonly shiftNumber: number;
}

/** Two people offering each other their places. */
export interface StoredSwap {
  readonly id: string;
  readonly networkId: string;
  readonly fromAssignmentId: string;
  readonly toAssignmentId: string;
  readonly proposerId: string;
  readonly otherId: string;
  /** "proposed" | "accepted" | "declined" | "withdrawn" */
  readonly status: string;
}

/** A member's check (a DBS, a safeguarding course), as a coordinator recorded it. */
export interface StoredCheck {
  readonly id: string;
  readonly networkId: string;
  readonly memberId: string;
  readonly kind: string;
  /** "valid" | "pending" | "revoked" */
  readonly status: string;
  readonly expiresAt: Date | null;
}

/** One place held to the end of a completed shift. */
export interface CompletedPlace {
  readonly memberId: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
}

/** Why the rota refused a change the caller asked for; the handler says it in the member's words. */
export type Refusal = "cancelled" | "past" | "full" | "already_on" | "changed" | "gone" | "stale";

/** A change refused, with nothing stored. */
export interface Refused {
  readonly refused: Refusal;
  /** The shift it concerns, when not the one the caller named (a swap's other shift). */
  readonly number?: number;
}

/** Whether a store's answer is a refusal. */
export const isRefused = (value: unknown): value is Refused =>
  typeof value === "object" && value !== null && "refused" in value;

/**
 * The jobs that follow the rota, planned in the same transaction as the change that needs them
 * (a place taken, a request asked): the stores are given this plan and call it, never the
 * scheduler. `schedule.ts` holds the one the program uses.
 */
export interface RotaPlan {
  /** "Still coming?" the day before, to whoever now holds the place. */
  placeTaken(
    tx: Tx,
    place: { assignmentId: string; memberId: string; startsAt: Date; networkId: string },
    now: Date,
    revision?: string,
  ): Promise<void>;
  /** The place's reminders, dropped. */
  placeLeft(tx: Tx, assignmentId: string): Promise<void>;
  /**
   * Re-broadcasts and the coordinators' nudge for an uncovered request, at the network's
   * escalation hours (`escalation`: the setting as stored, read in the same transaction);
   * with `offerNow`, an offer to the eligible volunteers at once as well.
   */
  coverAsked(
    tx: Tx,
    cover: { id: string },
    shift: { startsAt: Date; networkId: string },
    escalation: string,
    now: Date,
    revision?: string,
    options?: { readonly offerNow?: boolean },
  ): Promise<void>;
  /** Nothing left to chase for the request. */
  coverClosed(tx: Tx, coverId: string): Promise<void>;
  /** Warnings before a check expires; a new expiry replaces the old plan. */
  checkRecorded(tx: Tx, check: { id: string; networkId: string; expiresAt: Date | null }, now: Date): Promise<void>;
}
