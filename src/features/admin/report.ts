/**
 * `/gather report <from> <to>`: the figures funders and councils ask for, over a range of days in
 * the network's zone (both ends included). Aggregate numbers only: no names, no text. Each feature
 * gives its own figures (`figures` in its `defineFeature`); this file only puts them together.
 */
import { DateTime } from "luxon";
import { UserError } from "../../core/errors.js";
import type { MessageKey } from "../../core/i18n/index.js";
import type { Db } from "../../db/index.js";
// Read only inside functions: src/features/index.ts imports admin and loads first (main.ts, scripts, the test setup).
import { features } from "../index.js";
import { adminFigures } from "./figures.js";

/** The longest range one report may cover. */
export const ReportLimits = { maxYears: 3 } as const;

export interface ReportRange {
  /** As typed, normalised: "2026-01-01". */
  readonly from: string;
  readonly to: string;
  /** Start of `from` in the zone. */
  readonly start: Date;
  /** Start of the day after `to` in the zone (exclusive). */
  readonly end: Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads "2026-01-01" "2026-03-31" as days in `zone`; a friendly error when they do not make a range. */
export function parseRange(fromText: string, toText: string, zone: string): ReportRange {
  const read = (text: string) => {
    const day = DAY.test(text.trim()) ? DateTime.fromISO(text.trim(), { zone }) : undefined;
    if (!day?.isValid) throw new UserError("privacy.report.bad_date", { date: text.trim().slice(0, 40) });
    return day.startOf("day");
  };
  const from = read(fromText);
  const to = read(toText);
  if (to < from) throw new UserError("privacy.report.backwards");
  if (to >= from.plus({ years: ReportLimits.maxYears })) {
    throw new UserError("privacy.report.too_long", { years: ReportLimits.maxYears });
  }
  return {
    from: from.toISODate() ?? fromText,
    to: to.toISODate() ?? toText,
    start: from.toJSDate(),
    end: to.plus({ days: 1 }).startOf("day").toJSDate(),
  };
}

/** One figure of a report, as the reply and the CSV show it. */
export interface ReportFigure {
  /** Stable name, the CSV's first column: "volunteerHours". */
  readonly name: string;
  readonly label: MessageKey;
  readonly value: number;
}

/**
 * Works out the figures for one network over `range`, counting only what has happened by `now`:
 * the network's own (members) first, then each feature's, in the features' order.
 */
export async function buildReport(db: Db, networkId: string, range: ReportRange, now: Date): Promise<ReportFigure[]> {
  const period = { ...range, now };
  const contributions = [
    adminFigures,
    ...features.flatMap((f) => (f.figures && f.figures !== adminFigures ? [f.figures] : [])),
  ];
  const figures: ReportFigure[] = [];
  for (const contribution of contributions) {
    const values: Readonly<Record<string, number>> = await contribution.count(db, networkId, period);
    for (const [name, label] of Object.entries<MessageKey>(contribution.labels)) {
      if (figures.some((f) => f.name === name)) throw new Error(`two features give the figure "${name}"`);
      figures.push({ name, label, value: values[name] ?? 0 });
    }
  }
  return figures;
}

/** RFC 4180: quote every field, double inner quotes; guard against spreadsheet formula injection. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The report as CSV: one figure per row, with the network and range on top. */
export function reportCsv(
  networkName: string,
  range: ReportRange,
  figures: readonly ReportFigure[],
  label: (figure: ReportFigure) => string,
): string {
  const rows: string[][] = [
    ["figure", "label", "value"],
    ["network", "Network", networkName],
    ["from", "From", range.from],
    ["to", "To (inclusive)", range.to],
    ...figures.map((figure) => [figure.name, label(figure), String(figure.value)]),
  ];
  return `${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}
