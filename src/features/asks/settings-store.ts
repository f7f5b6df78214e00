import { audit } from "../../core/audit.js";
import type { Db, Tx } from "../../db/index.js";
import { ASK_AUDIT } from "./stored-names.js";

/** How a network runs its asks: the bump delay and the daily cap on matching pings. */
export interface AskSettings {
  /** Hours an ask waits without an offer before it is bumped, and as long again before coordinators are told. */
  readonly bumpHours: number;
  /** At most this many "a new ask matches what you offered" pings per member per day. */
  readonly pingsPerDay: number;
}

/** What the ask jobs and cards need to know of a network: its zone, its languages and its ask settings. */
export interface AskNetwork extends AskSettings {
  readonly id: string;
  readonly timeZone: string;
  readonly locale: string;
  readonly secondLocale: string | null;
}

/** The network's ask settings as they stand in `db` (inside a transaction: as that transaction sees them). */
export async function askSettingsIn(db: Db | Tx, networkId: string): Promise<AskSettings> {
  const row = await db.network.findUniqueOrThrow({
    where: { id: networkId },
    select: { askBumpHours: true, askPingsPerDay: true },
  });
  return { bumpHours: row.askBumpHours, pingsPerDay: row.askPingsPerDay };
}

/** The network-wide settings of asks (columns of Network that only asks read). */
export class AskSettingsStore {
  constructor(private readonly db: Db) {}

  /** The network as ask jobs and cards need it; undefined when it is gone. */
  async networkOf(networkId: string): Promise<AskNetwork | undefined> {
    const row = await this.db.network.findUnique({
      where: { id: networkId },
      select: { id: true, timeZone: true, locale: true, secondLocale: true, askBumpHours: true, askPingsPerDay: true },
    });
    if (!row) return undefined;
    return {
      id: row.id,
      timeZone: row.timeZone,
      locale: row.locale,
      secondLocale: row.secondLocale,
      bumpHours: row.askBumpHours,
      pingsPerDay: row.askPingsPerDay,
    };
  }

  /**
   * Sets what is given (nothing given: only reads), audited when anything was given; returns the
   * settings as they now stand.
   */
  async set(
    networkId: string,
    change: { readonly bumpHours?: number | undefined; readonly pingsPerDay?: number | undefined },
    actorId: string,
    at: Date,
  ): Promise<AskSettings> {
    // Column names: the audit details name them as they always have.
    const data = {
      ...(change.bumpHours !== undefined ? { askBumpHours: change.bumpHours } : {}),
      ...(change.pingsPerDay !== undefined ? { askPingsPerDay: change.pingsPerDay } : {}),
    };
    return this.db.$transaction(async (tx) => {
      const row = await tx.network.update({ where: { id: networkId }, data });
      if (Object.keys(data).length > 0) {
        await audit(tx, {
          networkId,
          actorId,
          at,
          action: ASK_AUDIT.settingsSet,
          subjectType: "Network",
          subjectId: networkId,
          details: data,
        });
      }
      return { bumpHours: row.askBumpHours, pingsPerDay: row.askPingsPerDay };
    });
  }

  /**
   * Runs `plan` in one transaction with the network's ask settings as that transaction reads them
   * (the escalation after a bump is planned with the bump delay).
   */
  async planWith<T>(networkId: string, plan: (tx: Tx, settings: AskSettings) => Promise<T>): Promise<T> {
    return this.db.$transaction(async (tx) => plan(tx, await askSettingsIn(tx, networkId)));
  }
}
