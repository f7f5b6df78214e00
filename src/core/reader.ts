import type { Db } from "../db/index.js";
import { matchLocale, type Locale } from "./i18n/index.js";
import type { NetworkDefaults } from "./members.js";

/** Whose eyes a message is for: an account in a platform space. */
export interface ReaderAccount {
  readonly platform: string;
  readonly spaceExternalId: string;
  readonly userExternalId: string;
}

/** How a member reads Gather now: their language and zone, else their network's, and their name. */
export interface Reader {
  readonly locale: Locale;
  readonly timeZone: string;
  /** Their name as Gather shows it; undefined for an account Gather does not know yet. */
  readonly displayName?: string | undefined;
}

/**
 * The language and time zone a member reads in, as a command of theirs would use them: the
 * member's own, else the network's (which `/gather settings` may have changed since start-up),
 * else the defaults for a space Gather has not met. For an adapter that renders times itself
 * (the terminal); platforms that render each reader's time (Slack, Discord) need no such thing.
 * One read; creates nothing.
 */
export async function readerOf(db: Db, account: ReaderAccount, defaults: NetworkDefaults): Promise<Reader> {
  const space = await db.space.findUnique({
    where: { platform_externalId: { platform: account.platform, externalId: account.spaceExternalId } },
    select: {
      network: { select: { locale: true, timeZone: true } },
      identities: {
        where: { externalId: account.userExternalId },
        select: { member: { select: { locale: true, timeZone: true, displayName: true } } },
        take: 1,
      },
    },
  });
  const member = space?.identities[0]?.member;
  return {
    locale: matchLocale(member?.locale) ?? matchLocale(space?.network.locale) ?? matchLocale(defaults.locale) ?? "en",
    timeZone: member?.timeZone ?? space?.network.timeZone ?? defaults.timeZone,
    displayName: member?.displayName,
  };
}
