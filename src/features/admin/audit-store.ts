import type { Db } from "../../db/index.js";

/** Who did a recorded action: the bot (a job), a member by name, or a member since erased or gone. */
export type AuditActor =
  { readonly kind: "bot" } | { readonly kind: "member"; readonly name: string } | { readonly kind: "former" };

/** One line of the audit trail as `/gather audit` shows it. */
export interface AuditLine {
  readonly at: Date;
  readonly actor: AuditActor;
  readonly action: string;
  readonly subjectType: string;
  /** Non-personal details (numbers, settings); empty when none or unreadable. */
  readonly details: Readonly<Record<string, unknown>>;
}

/** Stored details, read defensively: anything but a JSON object reads as none. */
function detailsOf(json: string): Readonly<Record<string, unknown>> {
  try {
    const value: unknown = JSON.parse(json);
    return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Reads the audit trail; it is append-only, so there is nothing here to change it. */
export class AuditTrailStore {
  constructor(private readonly db: Db) {}

  /** The network's `count` most recent actions, newest first, each with who did it. */
  async recent(networkId: string, count: number): Promise<AuditLine[]> {
    const entries = await this.db.auditEntry.findMany({
      where: { networkId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: count,
    });
    if (entries.length === 0) return [];
    const actorIds = [...new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))];
    const members = await this.db.member.findMany({
      where: { id: { in: actorIds }, networkId },
      select: { id: true, displayName: true, forgottenAt: true },
    });
    const names = new Map(members.flatMap((m) => (m.forgottenAt ? [] : [[m.id, m.displayName] as const])));
    return entries.map((entry) => {
      const name = entry.actorId ? names.get(entry.actorId) : undefined;
      const actor: AuditActor = !entry.actorId
        ? { kind: "bot" }
        : name !== undefined
          ? { kind: "member", name }
          : { kind: "former" };
      return {
        at: entry.at,
        actor,
        action: entry.action,
        subjectType: entry.subjectType,
        details: detailsOf(entry.details),
      };
    });
  }
}
