/**
 * What every shift store shares: reading rows into the rota's domain types, the audit line each
 * change writes in its transaction, and the refusal that rolls a transaction back.
 */
import { audit } from "../../../core/audit.js";
import type { Db, Tx } from "../../../db/index.js";
import type { Refusal, Refused, StoredCover, StoredShift } from "../domain.js";

/** A database handle a read can use: the client, or a transaction already under way. */
export type Conn = Db | Tx;

/** How a shift is read: with its places, lowest slot first. */
export const withPlaces = { assignments: { orderBy: { slot: "asc" as const } } } as const;

/** A shift row with its places, as `withPlaces` reads it. */
export type ShiftRow = Awaited<ReturnType<Db["shift"]["findFirstOrThrow"]>> & {
  assignments: { id: string; memberId: string; slot: number }[];
};

/** Shift rows as the rota's shifts, each holder with their name. */
export async function toShifts(db: Conn, rows: readonly ShiftRow[]): Promise<StoredShift[]> {
  const ids = [...new Set(rows.flatMap((r) => r.assignments.map((a) => a.memberId)))];
  const members = ids.length
    ? await db.member.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })
    : [];
  const names = new Map(members.map((m) => [m.id, m.displayName]));
  return rows.map((row) => ({
    id: row.id,
    networkId: row.networkId,
    number: row.number,
    role: row.role,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    place: row.place ?? undefined,
    capacity: row.capacity,
    requiredChecks: JSON.parse(row.requiredChecks) as string[],
    status: row.status,
    spaceId: row.spaceId,
    channelId: row.channelId,
    holders: row.assignments.map((a) => ({
      assignmentId: a.id,
      memberId: a.memberId,
      name: names.get(a.memberId) ?? "?",
      slot: a.slot,
    })),
  }));
}

/** One shift by id, read with `db` (inside a transaction when given one). */
export async function shiftById(db: Conn, id: string): Promise<StoredShift | undefined> {
  const row = await db.shift.findUnique({ where: { id }, include: withPlaces });
  return row ? (await toShifts(db, [row]))[0] : undefined;
}

type CoverRow = Awaited<ReturnType<Db["coverRequest"]["findFirstOrThrow"]>>;

/** A cover request row as the rota's cover request. */
export const toCover = (row: CoverRow): StoredCover => ({
  id: row.id,
  shiftId: row.shiftId,
  assignmentId: row.assignmentId,
  requesterId: row.requesterId,
  reason: row.reason,
  status: row.status,
  claimantId: row.claimantId,
  spaceId: row.spaceId,
  channelId: row.channelId,
});

/** The network's cover escalation setting as stored, read in the change's transaction. */
export async function escalationOf(tx: Tx, networkId: string): Promise<string> {
  const network = await tx.network.findUniqueOrThrow({
    where: { id: networkId },
    select: { coverEscalationHours: true },
  });
  return network.coverEscalationHours;
}

/** Appends an audit line in the change's own transaction. */
export function record(
  tx: Tx,
  networkId: string,
  actorId: string | null,
  action: string,
  subject: { type: string; id: string },
  at: Date,
  details: Record<string, unknown> = {},
) {
  return audit(tx, { networkId, actorId, action, subjectType: subject.type, subjectId: subject.id, at, details });
}

/** Thrown inside a transaction to roll it back; the store turns it into a `Refused` result. */
export class Rollback extends Error {
  constructor(
    readonly refused: Refusal,
    readonly number?: number,
  ) {
    super(`shift change refused: ${refused}`);
  }
}

/** Runs `work`; a `Rollback` thrown in it (its transaction undone) becomes `{ refused }`. */
export async function refusable<T>(work: () => Promise<T>): Promise<T | Refused> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Rollback)
      return error.number === undefined ? { refused: error.refused } : { refused: error.refused, number: error.number };
    throw error;
  }
}

/** Why a shift could not be changed: cancelled meanwhile, or started. Always rolls back. */
export async function refuseChange(tx: Tx, shiftId: string): Promise<never> {
  const row = await tx.shift.findUnique({ where: { id: shiftId }, select: { status: true } });
  throw new Rollback(row?.status === "cancelled" ? "cancelled" : "past");
}
