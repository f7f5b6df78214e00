import { audit } from "../../core/audit.js";
import type { Db } from "../../db/index.js";
import { numbersOf } from "./settings-input.js";

/** A network's settings, as `/gather settings` and `/gather shifts-settings` show and change them. */
export interface NetworkSettings {
  /** IANA zone every local time is read in. */
  readonly timeZone: string;
  /** The network's language, as stored. */
  readonly locale: string;
  /** A second language shown beside the first in channel posts; null: one language. */
  readonly secondLocale: string | null;
  /** Weeks after which an update's author is asked "is this still current?". */
  readonly freshnessWeeks: number;
  /** Default meeting reminders, in minutes before the start (latest last). */
  readonly reminders: readonly number[];
  /** Cover claims wait for a coordinator's approval. */
  readonly coverApproval: boolean;
  /** Hours before an uncovered shift at which its cover request is re-broadcast. */
  readonly coverEscalationHours: readonly number[];
}

/** Settings to change: those given are stored, the others left as they are. */
export type SettingsChange = { readonly [K in keyof NetworkSettings]?: NetworkSettings[K] };

/** The Network column of each setting, and how its value is stored there. */
const COLUMNS: { readonly [K in keyof NetworkSettings]-?: readonly [string, (value: NetworkSettings[K]) => unknown] } =
  {
    timeZone: ["timeZone", (v) => v],
    locale: ["locale", (v) => v],
    secondLocale: ["secondLocale", (v) => v],
    freshnessWeeks: ["updateFreshnessWeeks", (v) => v],
    reminders: ["reminderOffsets", (v) => JSON.stringify(v)],
    coverApproval: ["coverApproval", (v) => v],
    coverEscalationHours: ["coverEscalationHours", (v) => JSON.stringify(v)],
  };

type NetworkRow = Awaited<ReturnType<Db["network"]["findUniqueOrThrow"]>>;

function settingsOf(row: NetworkRow): NetworkSettings {
  return {
    timeZone: row.timeZone,
    locale: row.locale,
    secondLocale: row.secondLocale,
    freshnessWeeks: row.updateFreshnessWeeks,
    reminders: numbersOf(row.reminderOffsets),
    coverApproval: row.coverApproval,
    coverEscalationHours: numbersOf(row.coverEscalationHours),
  };
}

/** The change as Network columns, in the order given, leaving out what is stored already. */
function changedColumns(row: NetworkRow, change: SettingsChange): Record<string, unknown> {
  const stored = row as unknown as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(change) as [keyof NetworkSettings, unknown][]) {
    if (value === undefined) continue;
    const [column, toColumn] = COLUMNS[name] as readonly [string, (value: unknown) => unknown];
    const columnValue = toColumn(value);
    if (stored[column] !== columnValue) data[column] = columnValue;
  }
  return data;
}

/** A network's settings. Every change is audited in its transaction. */
export class SettingsStore {
  constructor(private readonly db: Db) {}

  /** The network's settings as stored now. */
  async of(networkId: string): Promise<NetworkSettings> {
    return settingsOf(await this.db.network.findUniqueOrThrow({ where: { id: networkId } }));
  }

  /**
   * Stores the settings that differ from what is stored (a form sends them all), with their audit
   * record naming the changed columns; returns the settings as they now stand.
   */
  async change(networkId: string, change: SettingsChange, actorId: string, at: Date): Promise<NetworkSettings> {
    const current = await this.db.network.findUniqueOrThrow({ where: { id: networkId } });
    const data = changedColumns(current, change);
    if (Object.keys(data).length === 0) return settingsOf(current);
    return this.db.$transaction(async (tx) => {
      const updated = await tx.network.update({ where: { id: networkId }, data });
      await audit(tx, {
        networkId,
        actorId,
        at,
        action: "network.settings_set",
        subjectType: "Network",
        subjectId: networkId,
        details: data,
      });
      return settingsOf(updated);
    });
  }
}
