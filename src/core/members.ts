import type { Db } from "../db/index.js";
import { audit } from "./audit.js";
import { CHANNEL_COLUMNS, CHANNEL_KINDS, type ChannelKind } from "./channels.js";
import { isRole, type MemberInfo, type NetworkInfo, type SpaceInfo } from "./domain.js";
import { UserError } from "./errors.js";
import type { Actor } from "./invocation.js";
import { parseMemberMention } from "./mentions.js";

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
 * A direct message may carry no space (the platform's DMs sit outside any): the member is
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

type SpaceRow = {
  id: string;
  networkId: string;
  platform: string;
  externalId: string;
  name: string;
  network: NetworkInfo;
} & { [Column in (typeof CHANNEL_COLUMNS)[ChannelKind]]: string | null };

/** The space and its network as the core carries them: read once per request, with the space's channels. */
function split(row: SpaceRow): { space: SpaceInfo; network: NetworkInfo } {
  const { network } = row;
  const channels: Partial<Record<ChannelKind, string>> = {};
  for (const kind of CHANNEL_KINDS) {
    const channel = row[CHANNEL_COLUMNS[kind]];
    if (channel) channels[kind] = channel;
  }
  return {
    space: {
      id: row.id,
      networkId: row.networkId,
      platform: row.platform,
      externalId: row.externalId,
      name: row.name,
      channels,
    },
    network: {
      id: network.id,
      name: network.name,
      timeZone: network.timeZone,
      locale: network.locale,
      secondLocale: network.secondLocale,
    },
  };
}

async function findOrCreateMember(db: Db, spaceId: string, networkId: string, actor: Actor): Promise<MemberInfo> {
  const where = { spaceId_externalId: { spaceId, externalId: actor.userExternalId } };
  // One statement for the usual case (a member we know, under the same name); `include` would be two.
  const known = await db.member.findFirst({
    where: { identities: { some: { spaceId, externalId: actor.userExternalId } } },
  });
  if (known) {
    let member = known;
    if (member.displayName !== actor.displayName && actor.displayName.trim() !== "") {
      const identity = await db.identity.findUnique({ where, select: { id: true, memberId: true } });
      if (identity && (await isFirst(db, identity)))
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

/**
 * Whether this is the member's first account. A member with linked accounts
 * (on two platforms, say) keeps the name of their first: it would otherwise flip
 * with each platform they use.
 */
async function isFirst(db: Db, identity: { id: string; memberId: string }): Promise<boolean> {
  const first = await db.identity.findFirst({
    where: { memberId: identity.memberId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return first?.id === identity.id;
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
    platformAdmin: actor.platformAdmin === true,
  };
}

/** A member of one network, as found from a mention or a name typed in a command. */
export interface FoundMember {
  readonly id: string;
  readonly displayName: string;
  readonly role: string;
}

/**
 * The member of `networkId` a command names, in the core's mention form
 * (core/mentions.ts): a mention of an account in the space it is typed in, or
 * a single word that may be one, else a display name (case-insensitive) in the
 * network. Only this network is searched: an account or name from another
 * network is "not found". Two members with one name must be mentioned.
 */
export async function findMemberByMention(
  db: Db,
  where: { networkId: string; spaceId: string },
  text: string,
): Promise<FoundMember> {
  const mention = parseMemberMention(text);
  if (!mention) throw new UserError("member.not_found", { who: text.slice(0, 60) });
  const select = { id: true, displayName: true, role: true, networkId: true, forgottenAt: true } as const;
  if (mention.externalId !== undefined) {
    const identity = await db.identity.findUnique({
      where: { spaceId_externalId: { spaceId: where.spaceId, externalId: mention.externalId } },
      select: { member: { select } },
    });
    if (identity && identity.member.networkId === where.networkId && !identity.member.forgottenAt)
      return identity.member;
  }
  if (mention.name !== undefined) {
    const wanted = mention.name.toLowerCase();
    const members = await db.member.findMany({ where: { networkId: where.networkId, forgottenAt: null }, select });
    const matches = members.filter((m) => m.displayName.toLowerCase() === wanted);
    if (matches.length > 1) throw new UserError("member.ambiguous", { who: mention.name.slice(0, 60) });
    if (matches[0]) return matches[0];
  }
  throw new UserError("member.not_found", { who: (mention.name ?? mention.externalId ?? "").slice(0, 60) });
}

/**
 * A platform admin acting in a network with no stored admin yet becomes its
 * first admin: `memberId` is stored as one (audited as "role.bootstrapped").
 * Callers pass only a platform admin (MemberInfo.platformAdmin). Under the network row's lock, so two members
 * configuring a new network at once make one admin. True when it happened.
 */
export async function bootstrapAdmin(db: Db, who: { networkId: string; memberId: string; at: Date }): Promise<boolean> {
  // The usual case, read without a lock: the network has its admin.
  if ((await db.member.count({ where: { networkId: who.networkId, role: "admin" } })) > 0) return false;
  return db.$transaction(async (tx) => {
    // A no-op write takes the network row's lock (PostgreSQL); SQLite runs one writer at a time anyway.
    await tx.network.update({ where: { id: who.networkId }, data: { lastUpdateNumber: { increment: 0 } } });
    const admins = await tx.member.count({ where: { networkId: who.networkId, role: "admin" } });
    if (admins > 0) return false;
    await tx.member.update({ where: { id: who.memberId }, data: { role: "admin" } });
    await audit(tx, {
      networkId: who.networkId,
      actorId: who.memberId,
      action: "role.bootstrapped",
      subjectType: "Member",
      subjectId: who.memberId,
      at: who.at,
      details: { role: "admin" },
    });
    return true;
  });
}
