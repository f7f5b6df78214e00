import type { Db } from "../db/index.js";
import { isRole, type MemberInfo, type NetworkInfo, type SpaceInfo } from "./domain.js";
import { UserError } from "./errors.js";
import type { Actor } from "./invocation.js";

/** What a network starts with when a new space first talks to Gather. */
export interface NetworkDefaults {
  readonly timeZone: string;
  readonly locale: string;
}

export interface Resolved {
  readonly network: NetworkInfo;
  readonly space: SpaceInfo;
  readonly member: MemberInfo;
}

/**
 * Finds, or on first contact creates, the space, network and member behind a
 * platform identity. Safe under races: two first requests from one new space
 * (or two instances) end with one row each, because creation leans on the
 * unique keys and re-reads when it loses.
 */
export async function resolveActor(db: Db, actor: Actor, defaults: NetworkDefaults): Promise<Resolved> {
  if (actor.spaceExternalId === "") return resolveDirect(db, actor);
  const space = await findOrCreateSpace(db, actor, defaults);
  const member = await findOrCreateMember(db, space.space.id, space.network.id, actor);
  return { ...space, member };
}

/**
 * A direct message carries no space (a Discord DM has no guild): the member is
 * found by their account on that platform. Someone in two networks there is
 * asked to act from the network's own space instead; nobody is created.
 */
async function resolveDirect(db: Db, actor: Actor): Promise<Resolved> {
  const identities = await db.identity.findMany({
    where: { externalId: actor.userExternalId, space: { platform: actor.platform } },
    include: { member: true, space: { include: { network: true } } },
    take: 2,
  });
  const [only, another] = identities;
  if (!only || another) throw new UserError("error.direct_unknown_space");
  return { ...split(only.space), member: toMemberInfo(only.member, actor) };
}

async function findOrCreateSpace(db: Db, actor: Actor, defaults: NetworkDefaults) {
  const where = { platform_externalId: { platform: actor.platform, externalId: actor.spaceExternalId } };
  const existing = await db.space.findUnique({ where, include: { network: true } });
  if (existing) return split(existing);
  try {
    const created = await db.space.create({
      data: {
        platform: actor.platform,
        externalId: actor.spaceExternalId,
        name: actor.spaceName,
        network: { create: { name: actor.spaceName, timeZone: defaults.timeZone, locale: defaults.locale } },
      },
      include: { network: true },
    });
    return split(created);
  } catch (error) {
    // Lost a race with another request creating the same space: use theirs.
    const winner = await db.space.findUnique({ where, include: { network: true } });
    if (winner) return split(winner);
    throw error;
  }
}

function split(row: {
  id: string;
  networkId: string;
  platform: string;
  externalId: string;
  name: string;
  network: NetworkInfo;
}) {
  const { network, ...space } = row;
  return {
    space: {
      id: space.id,
      networkId: space.networkId,
      platform: space.platform,
      externalId: space.externalId,
      name: space.name,
    },
    network: { id: network.id, name: network.name, timeZone: network.timeZone, locale: network.locale },
  };
}

async function findOrCreateMember(db: Db, spaceId: string, networkId: string, actor: Actor): Promise<MemberInfo> {
  const where = { spaceId_externalId: { spaceId, externalId: actor.userExternalId } };
  const identity = await db.identity.findUnique({ where, include: { member: true } });
  if (identity) {
    let member = identity.member;
    if (member.displayName !== actor.displayName && actor.displayName.trim() !== "") {
      member = await db.member.update({ where: { id: member.id }, data: { displayName: actor.displayName } });
    }
    return toMemberInfo(member, actor);
  }
  try {
    const member = await db.member.create({
      data: {
        networkId,
        displayName: actor.displayName,
        identities: { create: { spaceId, externalId: actor.userExternalId } },
      },
    });
    return toMemberInfo(member, actor);
  } catch (error) {
    const winner = await db.identity.findUnique({ where, include: { member: true } });
    if (winner) return toMemberInfo(winner.member, actor);
    throw error;
  }
}

function toMemberInfo(
  row: {
    id: string;
    networkId: string;
    displayName: string;
    role: string;
    locale: string | null;
    timeZone: string | null;
  },
  actor: Actor,
): MemberInfo {
  const stored = isRole(row.role) ? row.role : "member";
  return {
    id: row.id,
    networkId: row.networkId,
    displayName: row.displayName,
    // Platform admins may always bootstrap a network (issue: roles).
    role: actor.platformAdmin ? "admin" : stored,
    locale: row.locale,
    timeZone: row.timeZone,
  };
}
