import { audit } from "../../core/audit.js";
import { isRole, type Role } from "../../core/domain.js";
import { COORDINATOR_ROLES } from "../../core/people.js";
import type { Db } from "../../db/index.js";

/** A member who holds a role above member. */
export interface RoleHolder {
  readonly displayName: string;
  readonly role: Role;
}

/** What giving a member a role did: changed it, found it already so, or refused to leave no admin. */
export type RoleOutcome = "changed" | "unchanged" | "last_admin";

/** Members' roles in a network. Every change is audited in its transaction. */
export class RoleStore {
  constructor(private readonly db: Db) {}

  /** The network's coordinators and admins (never erased ones), by role, then by name. */
  async holders(networkId: string): Promise<RoleHolder[]> {
    const rows = await this.db.member.findMany({
      where: { networkId, role: { in: [...COORDINATOR_ROLES] }, forgottenAt: null },
      select: { displayName: true, role: true },
      orderBy: [{ role: "asc" }, { displayName: "asc" }],
    });
    return rows.map((row) => ({ displayName: row.displayName, role: isRole(row.role) ? row.role : "member" }));
  }

  /**
   * A platform admin reclaims the network: they are stored as its admin and every other stored
   * admin becomes a member, in one transaction, audited as "role.reclaimed". The names demoted.
   */
  async reclaim(networkId: string, memberId: string, at: Date): Promise<string[]> {
    return this.db.$transaction(async (tx) => {
      await tx.network.update({ where: { id: networkId }, data: { lastUpdateNumber: { increment: 0 } } });
      const others = await tx.member.findMany({
        where: { networkId, role: "admin", id: { not: memberId } },
        select: { id: true, displayName: true },
        orderBy: { displayName: "asc" },
      });
      const me = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { role: true } });
      await tx.member.update({ where: { id: memberId }, data: { role: "admin" } });
      await tx.member.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { role: "member" } });
      await audit(tx, {
        networkId,
        actorId: memberId,
        at,
        action: "role.reclaimed",
        subjectType: "Member",
        subjectId: memberId,
        details: { from: me.role, demoted: others.map((o) => o.id) },
      });
      return others.map((o) => o.displayName);
    });
  }

  /** Gives the member `role`; never takes the network's last admin away. */
  async grant(networkId: string, memberId: string, role: Role, actorId: string, at: Date): Promise<RoleOutcome> {
    return this.db.$transaction(async (tx) => {
      // The network row's lock: two admins demoting each other at once cannot leave none.
      await tx.network.update({ where: { id: networkId }, data: { lastUpdateNumber: { increment: 0 } } });
      const current = await tx.member.findUniqueOrThrow({ where: { id: memberId }, select: { role: true } });
      if (current.role === role) return "unchanged";
      if (current.role === "admin") {
        const admins = await tx.member.count({ where: { networkId, role: "admin" } });
        if (admins <= 1) return "last_admin";
      }
      await tx.member.update({ where: { id: memberId }, data: { role } });
      await audit(tx, {
        networkId,
        actorId,
        at,
        action: "role.granted",
        subjectType: "Member",
        subjectId: memberId,
        details: { from: current.role, to: role },
      });
      return "changed";
    });
  }
}
