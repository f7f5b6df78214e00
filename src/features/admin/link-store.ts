import { audit } from "../../core/audit.js";
import { hasRole, isRole, type Role } from "../../core/domain.js";
import type { Db, Tx } from "../../db/index.js";
// Read only inside functions: by then src/features/index.ts has loaded every feature (see privacy-erase.ts).
import { features } from "../index.js";

/** What a code links: this space into the code's network, or this account to the code's member. */
export type CodeKind = "space" | "identity";

/** Why a code was refused; each is a friendly reply (`admin.link.*`, or the admin role needed). */
export type LinkRefusal =
  "invalid_code" | "admin_required" | "same_network" | "space_in_use" | "other_network" | "already_you" | "has_records";

/** What using a code did, or why it did nothing. */
export type Redeemed =
  | { readonly kind: "space"; readonly network: string }
  | { readonly kind: "identity"; readonly name: string }
  | { readonly kind: "refused"; readonly reason: LinkRefusal };

/** The member using a code, where they are. */
export interface Redeemer {
  readonly networkId: string;
  readonly spaceId: string;
  readonly memberId: string;
  readonly role: Role;
  readonly platform: string;
}

/** Thrown inside the transaction so that a refusal rolls everything back; never leaves this file. */
class Refused extends Error {
  constructor(readonly reason: LinkRefusal) {
    super(reason);
  }
}

/** Whether any feature has records in the network: a space whose network has some cannot join another. */
async function networkHasData(tx: Tx, networkId: string): Promise<boolean> {
  for (const feature of features) if (await feature.personalData?.inUse(tx, networkId)) return true;
  return false;
}

/** Whether any feature holds records of the member's own: then their account is not merged into another member. */
async function memberHasRecords(tx: Tx, memberId: string): Promise<boolean> {
  for (const feature of features) if (await feature.personalData?.holds(tx, memberId)) return true;
  return false;
}

/** Moves the (new, empty) space into the code's network and removes the network made for it on first contact. */
async function linkSpace(tx: Tx, who: Redeemer, networkId: string, at: Date): Promise<Redeemed> {
  if (!hasRole(who.role, "admin")) throw new Refused("admin_required");
  const from = who.networkId;
  if (networkId === from) throw new Refused("same_network");
  const target = await tx.network.findUnique({ where: { id: networkId }, select: { name: true } });
  if (!target) throw new Refused("invalid_code");
  const otherSpaces = await tx.space.count({ where: { networkId: from, id: { not: who.spaceId } } });
  if (otherSpaces > 0 || (await networkHasData(tx, from))) throw new Refused("space_in_use");
  // The people seen here so far join as members: an admin of the empty network is not one of the whole.
  await tx.member.updateMany({ where: { networkId: from }, data: { networkId, role: "member" } });
  await tx.memberActivity.updateMany({ where: { networkId: from }, data: { networkId } });
  await tx.space.update({ where: { id: who.spaceId }, data: { networkId } });
  await tx.network.delete({ where: { id: from } });
  await audit(tx, {
    networkId,
    actorId: who.memberId,
    at,
    action: "space.linked",
    subjectType: "Space",
    subjectId: who.spaceId,
    details: { platform: who.platform },
  });
  return { kind: "space", network: target.name };
}

const rank = (role: string) => (isRole(role) ? role : "member");

/** Attaches the acting account to the code's member; the member made for this account goes, if it holds nothing. */
async function linkAccount(
  tx: Tx,
  who: Redeemer,
  code: { networkId: string; memberId: string },
  at: Date,
): Promise<Redeemed> {
  if (code.networkId !== who.networkId) throw new Refused("other_network");
  if (code.memberId === who.memberId) throw new Refused("already_you");
  const first = await tx.member.findUnique({ where: { id: code.memberId } });
  if (!first || first.networkId !== who.networkId || first.forgottenAt) throw new Refused("invalid_code");
  const second = await tx.member.findUniqueOrThrow({ where: { id: who.memberId } });
  if (await memberHasRecords(tx, second.id)) throw new Refused("has_records");
  const role = hasRole(rank(second.role), rank(first.role)) ? rank(second.role) : rank(first.role);
  await tx.identity.updateMany({ where: { memberId: second.id }, data: { memberId: first.id } });
  await tx.member.update({
    where: { id: first.id },
    data: { role, locale: first.locale ?? second.locale, timeZone: first.timeZone ?? second.timeZone },
  });
  // Counters and daily activity are the second member's own: they go with them.
  await tx.memberActivity.deleteMany({ where: { memberId: second.id } });
  await tx.rateWindow.deleteMany({ where: { memberId: second.id } });
  await tx.linkCode.deleteMany({ where: { memberId: second.id } });
  await tx.member.delete({ where: { id: second.id } });
  await audit(tx, {
    networkId: who.networkId,
    actorId: first.id,
    at,
    action: "member.accounts_linked",
    subjectType: "Member",
    subjectId: first.id,
    details: { platform: who.platform, ...(role !== first.role ? { role } : {}) },
  });
  return { kind: "identity", name: first.displayName };
}

/** One-time link codes: only their hash is stored; each expires and works once. */
export class LinkCodeStore {
  constructor(private readonly db: Db) {}

  /** Stores a new code (by its hash) for the member, with its audit record. */
  async issue(
    code: {
      readonly networkId: string;
      readonly memberId: string;
      readonly kind: CodeKind;
      readonly codeHash: string;
      readonly expiresAt: Date;
    },
    at: Date,
  ): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const row = await tx.linkCode.create({ data: { ...code, createdAt: at } });
      await audit(tx, {
        networkId: code.networkId,
        actorId: code.memberId,
        at,
        action: `link.${code.kind}_code_made`,
        subjectType: "LinkCode",
        subjectId: row.id,
      });
    });
  }

  /**
   * Uses the code with this hash. Every check runs inside the transaction that marks it used, and
   * a refusal rolls everything back: a refused code still works for a right try.
   */
  async redeem(codeHash: string, who: Redeemer, at: Date): Promise<Redeemed> {
    try {
      return await this.db.$transaction(async (tx) => {
        const code = await tx.linkCode.findUnique({ where: { codeHash } });
        if (!code || code.usedAt || code.expiresAt <= at) throw new Refused("invalid_code");
        // Works once, even when two people type it at the same moment.
        const { count } = await tx.linkCode.updateMany({ where: { id: code.id, usedAt: null }, data: { usedAt: at } });
        if (count !== 1) throw new Refused("invalid_code");
        return code.kind === "space" ? linkSpace(tx, who, code.networkId, at) : linkAccount(tx, who, code, at);
      });
    } catch (error) {
      if (error instanceof Refused) return { kind: "refused", reason: error.reason };
      throw error;
    }
  }
}
