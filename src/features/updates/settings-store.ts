/**
 * What project updates keep about their network and its spaces: the weekly digest's channels and
 * plan, how long an update stays fresh, the network's languages, and members' accounts in a space.
 */
import { audit, type AuditRecord } from "../../core/audit.js";
import type { Db } from "../../db/index.js";
import type { DigestPlan, NetworkLanguages } from "./domain.js";
import { planFirstDigest, scheduleDigest } from "./schedule.js";

/** Who changed a setting, in which network, when (as `actedBy(ctx)` gives it). */
type Acted = Pick<AuditRecord, "networkId" | "actorId" | "at">;

/**
 * The space's digest goes to `channelId` from now on; the network's next digest is planned (one per
 * network and week, whoever asks). Returns when it is due.
 */
export async function setDigestChannel(
  db: Db,
  acted: Acted,
  where: { readonly spaceId: string; readonly channelId: string; readonly timeZone: string },
): Promise<Date> {
  return db.$transaction(async (tx) => {
    await tx.space.update({ where: { id: where.spaceId }, data: { digestChannelId: where.channelId } });
    await audit(tx, { ...acted, action: "update.digest_channel_set", subjectType: "Space", subjectId: where.spaceId });
    // The first digest covers the week before it, so a new channel starts with what is going on.
    return planFirstDigest(tx, acted.networkId, where.timeZone, acted.at);
  });
}

/** The space gets no digest any more. */
export async function clearDigestChannel(db: Db, acted: Acted, spaceId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.space.update({ where: { id: spaceId }, data: { digestChannelId: null } });
    await audit(tx, { ...acted, action: "update.digest_channel_cleared", subjectType: "Space", subjectId: spaceId });
  });
}

/** After how many weeks authors are asked whether their update is still current. */
export async function setFreshnessWeeks(db: Db, acted: Acted, weeks: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.network.update({ where: { id: acted.networkId }, data: { updateFreshnessWeeks: weeks } });
    await audit(tx, {
      ...acted,
      action: "update.freshness_set",
      subjectType: "Network",
      subjectId: acted.networkId,
      details: { weeks },
    });
  });
}

/** The network's digest: its name, languages, zone and the spaces' digest channels; undefined when it is gone. */
export async function digestPlanOf(db: Db, networkId: string): Promise<DigestPlan | undefined> {
  const network = await db.network.findUnique({ where: { id: networkId }, include: { spaces: true } });
  if (!network) return undefined;
  return {
    name: network.name,
    locale: network.locale,
    secondLocale: network.secondLocale,
    timeZone: network.timeZone,
    channels: network.spaces.flatMap((s) =>
      s.digestChannelId ? [{ spaceId: s.id, channelId: s.digestChannelId }] : [],
    ),
  };
}

/** Plans the digest after this one; it covers what changed since `until`. */
export async function planNextDigest(db: Db, networkId: string, timeZone: string, until: Date): Promise<void> {
  await db.$transaction((tx) => scheduleDigest(tx, networkId, timeZone, until, until));
}

/** The network's languages for shared posts; undefined when the network is gone. */
export async function languagesOf(db: Db, networkId: string): Promise<NetworkLanguages | undefined> {
  const network = await db.network.findUnique({
    where: { id: networkId },
    select: { locale: true, secondLocale: true },
  });
  return network ?? undefined;
}

/** The member's account id in a space, when they have one there. */
export async function accountIn(db: Db, memberId: string, spaceId: string): Promise<string | undefined> {
  const identity = await db.identity.findFirst({ where: { memberId, spaceId } });
  return identity?.externalId;
}
