/**
 * What the rota reads of its network, spaces and members: names to show, the network's cover
 * settings and languages, the shifts channel, and who a re-broadcast or a warning goes to.
 */
import type { Db } from "../../../db/index.js";

/** A member as a job writing to them needs them. */
export interface Recipient {
  readonly id: string;
  readonly displayName: string;
  readonly locale: string | null;
  readonly timeZone: string | null;
  readonly forgotten: boolean;
  readonly network: { readonly timeZone: string; readonly locale: string };
}

/** Reads of members, the network and spaces that the rota needs. */
export class RotaPeople {
  constructor(private readonly db: Db) {}

  /** A member's display name, "?" when there is no such member. */
  async nameOf(memberId: string): Promise<string> {
    const member = await this.db.member.findUnique({ where: { id: memberId }, select: { displayName: true } });
    return member?.displayName ?? "?";
  }

  /** Display names by member id (members not found are left out). */
  async namesOf(memberIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.member.findMany({
      where: { id: { in: [...memberIds] } },
      select: { id: true, displayName: true },
    });
    return new Map(rows.map((m) => [m.id, m.displayName]));
  }

  /** Whether a claim waits for a coordinator's approval in this network. */
  async coverApproval(networkId: string): Promise<boolean> {
    const network = await this.db.network.findUniqueOrThrow({
      where: { id: networkId },
      select: { coverApproval: true },
    });
    return network.coverApproval;
  }

  /** The network's time zone and language(s), or undefined when it is gone. */
  async networkOf(
    networkId: string,
  ): Promise<{ timeZone: string; locale: string; secondLocale: string | null } | undefined> {
    const network = await this.db.network.findUnique({
      where: { id: networkId },
      select: { timeZone: true, locale: true, secondLocale: true },
    });
    return network ?? undefined;
  }

  /** The space's shifts channel, when it has one. */
  async shiftsChannelOf(spaceId: string): Promise<string | null> {
    const space = await this.db.space.findUnique({ where: { id: spaceId }, select: { shiftsChannelId: true } });
    return space?.shiftsChannelId ?? null;
  }

  /** Every member of the network not erased, but `except`: who a re-broadcast may reach. */
  async membersBut(networkId: string, except: string): Promise<{ id: string }[]> {
    return this.db.member.findMany({
      where: { networkId, forgottenAt: null, id: { not: except } },
      select: { id: true },
    });
  }

  /** A member with their network's zone and language, for a message a job sends them. */
  async recipient(memberId: string): Promise<Recipient> {
    const member = await this.db.member.findUniqueOrThrow({ where: { id: memberId }, include: { network: true } });
    return {
      id: member.id,
      displayName: member.displayName,
      locale: member.locale,
      timeZone: member.timeZone,
      forgotten: member.forgottenAt !== null,
      network: { timeZone: member.network.timeZone, locale: member.network.locale },
    };
  }
}
