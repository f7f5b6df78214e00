/**
 * The people a message goes to, said once: a network's coordinators, the language a member reads,
 * and telling the coordinators something, each in their own language.
 *
 * Erased members ("forgotten") are never among the coordinators and are never written to.
 */
import type { Db, Tx } from "../db/index.js";
import type { Delivery } from "./delivery.js";
import { matchLocale, translator, type Locale, type Translate } from "./i18n/index.js";
import type { Message } from "./message.js";

/** Roles that coordinate a network (admins coordinate too). */
export const COORDINATOR_ROLES: readonly string[] = ["coordinator", "admin"];

/** A coordinator as messages to them need them. */
export interface Coordinator {
  readonly id: string;
  readonly displayName: string;
  /** The language they read: their own, else the network's, else English. */
  readonly locale: Locale;
}

/** The language a member reads: their own choice, else the network's, else English. */
export function localeOf(member: { readonly locale?: string | null }, network: { readonly locale?: string | null }) {
  return matchLocale(member.locale) ?? matchLocale(network.locale) ?? "en";
}

/**
 * The network's coordinators and admins who have not been erased, oldest first, each with the
 * language they read. `limit` caps how many (a privacy notice names a few).
 */
export async function coordinatorsOf(
  db: Db | Tx,
  networkId: string,
  options: { readonly limit?: number } = {},
): Promise<Coordinator[]> {
  const network = await db.network.findUnique({ where: { id: networkId }, select: { locale: true } });
  const rows = await db.member.findMany({
    where: { networkId, role: { in: [...COORDINATOR_ROLES] }, forgottenAt: null },
    select: { id: true, displayName: true, locale: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...(options.limit === undefined ? {} : { take: options.limit }),
  });
  return rows.map((row) => ({ id: row.id, displayName: row.displayName, locale: localeOf(row, network ?? {}) }));
}

/** The translator for messages sent to a member rather than replies to them (undefined: no such member). */
export async function translatorFor(db: Db | Tx, memberId: string): Promise<Translate | undefined> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { locale: true, network: { select: { locale: true } } },
  });
  return member ? translator(localeOf(member, member.network)) : undefined;
}

/**
 * Sends each of the network's coordinators a message in their own language, but `except` (the
 * coordinator who did the thing). `message` gets each coordinator's translator and language: a date,
 * number or list in it is written for that coordinator, not for the member it is about. Returns how
 * many were sent to.
 */
export async function tellCoordinators(
  db: Db,
  delivery: Delivery,
  networkId: string,
  message: (t: Translate, locale: Locale) => Message,
  options: { readonly except?: string } = {},
): Promise<number> {
  let told = 0;
  for (const coordinator of await coordinatorsOf(db, networkId)) {
    if (coordinator.id === options.except) continue;
    await delivery.toMember(coordinator.id, message(translator(coordinator.locale), coordinator.locale));
    told += 1;
  }
  return told;
}
