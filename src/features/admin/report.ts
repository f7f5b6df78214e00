/**
 * `/gather report <from> <to>`: the figures funders and councils ask for, over a range of days in
 * the network's zone (both ends included). Aggregate numbers only: no names, no text. Each feature
 * gives its own figures (`figures` in its `defineFeature`); this file only puts them together.
 */
import { UserError } from "../../core/errors.js";
import { translator, type Locale, type MessageKey, type Translate } from "../../core/i18n/index.js";
import { readOrRefuse } from "../../reading/when/index.js";
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

/**
 * Reads a report's two ends ("2026-01-01" "2026-03-31", "1/11/2026" "30/11/2026", "November
 * 2026" …) with the shared date reader, as whole days in `zone`: `from`'s first day to `to`'s last
 * (a month is all of it). Without `toText`, `fromText` alone is the range ("last month", "1 November
 * 2026 to 30 November 2026"). A friendly error when they are not days or do not make a range.
 * `reader` gives the clock ("last month") and the member's language for a refusal's examples.
 */
export function parseRange(
  fromText: string,
  toText: string | undefined,
  zone: string,
  reader: { now?: Date; locale?: Locale; t?: Translate } = {},
): ReportRange {
  const locale = reader.locale ?? "en";
  const t = reader.t ?? translator(locale);
  const read = (text: string) => readOrRefuse(text, { now: reader.now ?? new Date(), zone, locale, kind: "range" }, t);
  const first = read(fromText);
  // One text ("last month", "1 November 2026 to 30 November 2026") is the whole range.
  const last = toText === undefined ? first : read(toText);
  const from = first.start.startOf("day");
  // The reader's end is exclusive: the last day included is the one before it.
  const end = (last.end ?? last.start.plus({ days: 1 })).startOf("day");
  const to = end.minus({ days: 1 });
  if (to < from) throw new UserError("privacy.report.backwards");
  if (to >= from.plus({ years: ReportLimits.maxYears })) {
    throw new UserError("privacy.report.too_long", { years: ReportLimits.maxYears });
  }
  return {
    from: from.toISODate() ?? fromText,
    to: to.toISODate() ?? toText ?? fromText,
    start: from.toJSDate(),
    end: end.toJSDate(),
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
