import type { Delivery } from "../../core/delivery.js";
import { matchLocale, translator, type Locale, type Translate } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import type { Db, Meeting } from "../../db/index.js";
import type { Answer } from "./store.js";

/** Each member reads in their own language: theirs, else the network's. */
export async function localesOf(db: Db, memberIds: readonly string[]): Promise<Map<string, Locale>> {
  const members = await db.member.findMany({
    where: { id: { in: [...memberIds] } },
    select: { id: true, locale: true, network: { select: { locale: true } } },
  });
  return new Map(members.map((m) => [m.id, matchLocale(m.locale) ?? matchLocale(m.network.locale) ?? "en"]));
}

/** Who answered one of `answers` for an occurrence. */
export async function answeredBy(
  db: Db,
  meetingId: string,
  occurrence: string,
  answers: readonly Answer[],
): Promise<string[]> {
  const rows = await db.meetingRsvp.findMany({
    where: { meetingId, occurrence, answer: { in: [...answers] } },
    select: { memberId: true },
    orderBy: [{ at: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => r.memberId);
}

/** DMs each member a message in their language; nobody is mentioned in a channel instead. Returns how many were reached. */
export async function tellMembers(
  db: Db,
  delivery: Delivery,
  memberIds: readonly string[],
  build: (t: Translate, locale: Locale) => Message,
): Promise<number> {
  if (memberIds.length === 0) return 0;
  const locales = await localesOf(db, memberIds);
  let reached = 0;
  for (const memberId of memberIds) {
    const locale = locales.get(memberId) ?? "en";
    const result = await delivery.toMember(memberId, build(translator(locale), locale));
    if (result.via !== "none") reached++;
  }
  return reached;
}

/** The network's coordinators and admins. */
export async function coordinatorsOf(db: Db, networkId: string): Promise<string[]> {
  const rows = await db.member.findMany({
    where: { networkId, role: { in: ["coordinator", "admin"] }, forgottenAt: null },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((r) => r.id);
}

/**
 * Where a meeting's notices and reminders go: its own space's reminders channel (else the channel
 * it was scheduled in) first, then the reminders channel of each other space of the network, so a
 * network on Slack and Discord hears of it on both.
 */
export async function channelsOf(
  db: Db,
  meeting: Pick<Meeting, "networkId" | "spaceId" | "channelId">,
): Promise<{ spaceId: string; channelId: string }[]> {
  const spaces = await db.space.findMany({
    where: { networkId: meeting.networkId },
    select: { id: true, remindersChannelId: true },
    orderBy: { createdAt: "asc" },
  });
  const targets: { spaceId: string; channelId: string }[] = [];
  const own = spaces.find((s) => s.id === meeting.spaceId);
  const ownChannel = own?.remindersChannelId ?? meeting.channelId;
  if (meeting.spaceId && ownChannel) targets.push({ spaceId: meeting.spaceId, channelId: ownChannel });
  for (const space of spaces) {
    if (space.id !== meeting.spaceId && space.remindersChannelId)
      targets.push({ spaceId: space.id, channelId: space.remindersChannelId });
  }
  return targets;
}
