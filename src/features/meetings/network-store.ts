/**
 * What meetings read and keep about their network, its spaces and its members: languages, reminder
 * defaults, where notices go, the calendar feed's secret, and who reads which language.
 */
import { audit } from "../../core/audit.js";
import { localeOf } from "../../core/people.js";
import type { Db } from "../../db/index.js";
import type { ChannelTarget, Meeting, NetworkLanguages, Reader } from "./domain.js";

/** The network's languages for shared posts; undefined when the network is gone. */
export async function languagesOf(db: Db, networkId: string): Promise<NetworkLanguages | undefined> {
  const network = await db.network.findUnique({
    where: { id: networkId },
    select: { locale: true, secondLocale: true },
  });
  return network ?? undefined;
}

/** The network's default reminder offsets, as stored (JSON minutes before). */
export async function reminderOffsetsOf(db: Db, networkId: string): Promise<string> {
  const network = await db.network.findUniqueOrThrow({ where: { id: networkId }, select: { reminderOffsets: true } });
  return network.reminderOffsets;
}

/** The network's spaces, oldest first, with the language its events are written in. */
export async function spacesOf(db: Db, networkId: string): Promise<{ locale: string; spaceIds: string[] }> {
  const network = await db.network.findUniqueOrThrow({
    where: { id: networkId },
    select: { locale: true, spaces: { select: { id: true }, orderBy: { createdAt: "asc" } } },
  });
  return { locale: network.locale, spaceIds: network.spaces.map((s) => s.id) };
}

/**
 * Where a meeting's notices and reminders go: its own space's reminders channel (else the channel
 * it was scheduled in) first, then the reminders channel of each other space of the network, so a
 * network on Slack and Discord hears of it on both.
 */
export async function channelsOf(
  db: Db,
  meeting: Pick<Meeting, "networkId" | "spaceId" | "channelId">,
): Promise<ChannelTarget[]> {
  const spaces = await db.space.findMany({
    where: { networkId: meeting.networkId },
    select: { id: true, remindersChannelId: true },
    orderBy: { createdAt: "asc" },
  });
  const targets: ChannelTarget[] = [];
  const own = spaces.find((s) => s.id === meeting.spaceId);
  const ownChannel = own?.remindersChannelId ?? meeting.channelId;
  if (meeting.spaceId && ownChannel) targets.push({ spaceId: meeting.spaceId, channelId: ownChannel });
  for (const space of spaces) {
    if (space.id !== meeting.spaceId && space.remindersChannelId)
      targets.push({ spaceId: space.id, channelId: space.remindersChannelId });
  }
  return targets;
}

/** Each member with the language they read (theirs, else the network's), in the order given; unknown ids are left out. */
export async function readersOf(db: Db, memberIds: readonly string[]): Promise<Reader[]> {
  if (memberIds.length === 0) return [];
  const members = await db.member.findMany({
    where: { id: { in: [...memberIds] } },
    select: { id: true, locale: true, network: { select: { locale: true } } },
  });
  const byId = new Map(members.map((m) => [m.id, localeOf(m, m.network)]));
  return memberIds.flatMap((id) => {
    const locale = byId.get(id);
    return locale ? [{ id, locale }] : [];
  });
}

/** The member with this id, unless erased, as a reader. */
export async function activeReader(db: Db, memberId: string): Promise<Reader | undefined> {
  const member = await db.member.findFirst({
    where: { id: memberId, forgottenAt: null },
    select: { id: true, locale: true, network: { select: { locale: true } } },
  });
  return member ? { id: member.id, locale: localeOf(member, member.network) } : undefined;
}

/**
 * The network's calendar feed secret: the one it has, or a fresh one from `fresh()` when it has
 * none or `reset` (which makes the old address stop working). A new secret is audited.
 */
export async function calendarTokenOf(
  db: Db,
  networkId: string,
  options: { readonly reset: boolean; readonly actorId: string; readonly at: Date; readonly fresh: () => string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const network = await tx.network.findUniqueOrThrow({ where: { id: networkId }, select: { calendarToken: true } });
    if (network.calendarToken && !options.reset) return network.calendarToken;
    const token = options.fresh();
    await tx.network.update({ where: { id: networkId }, data: { calendarToken: token } });
    await audit(tx, {
      networkId,
      actorId: options.actorId,
      at: options.at,
      action: options.reset ? "meeting.feed_reset" : "meeting.feed_created",
      subjectType: "Network",
      subjectId: networkId,
    });
    return token;
  });
}

/** The network whose calendar feed has this secret. */
export async function networkByCalendarToken(db: Db, token: string): Promise<{ id: string; name: string } | undefined> {
  const network = await db.network.findUnique({ where: { calendarToken: token }, select: { id: true, name: true } });
  return network ?? undefined;
}
