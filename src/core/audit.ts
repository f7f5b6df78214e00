import type { Tx } from "../db/index.js";
import type { Context } from "./context.js";

/** One line of the append-only audit trail: who did what to which record, when. */
export interface AuditRecord {
  readonly networkId: string;
  /** The member who acted; null for the bot itself (a scheduled job). */
  readonly actorId: string | null;
  /** Stable code, e.g. "update.edited". */
  readonly action: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly at: Date;
  /** Non-personal details (numbers, settings); never names or free text. */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** Appends to the audit trail, inside the caller's transaction so the change and its record go together. */
export async function audit(tx: Tx, record: AuditRecord): Promise<void> {
  const { details, ...rest } = record;
  await tx.auditEntry.create({ data: { ...rest, details: JSON.stringify(details ?? {}) } });
}

/** The acting member, their network and the time, as an audit record starts. */
export function actedBy(ctx: Context): Pick<AuditRecord, "networkId" | "actorId" | "at"> {
  return { networkId: ctx.network.id, actorId: ctx.member.id, at: ctx.clock.now() };
}

/**
 * An audit writer for one kind of record, as a feature's store uses it:
 * `record(tx, ask, actorId, "ask.resolved", at, { offers: 2 })`.
 */
export function auditorFor(subjectType: string) {
  return (
    tx: Tx,
    subject: { readonly id: string; readonly networkId: string },
    actorId: string | null,
    action: string,
    at: Date,
    details: Readonly<Record<string, unknown>> = {},
  ): Promise<void> =>
    audit(tx, { networkId: subject.networkId, actorId, action, subjectType, subjectId: subject.id, at, details });
}
