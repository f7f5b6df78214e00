import { parse } from "csv-parse/sync";
import type { Locale, Translate } from "../../core/i18n/index.js";
import { KIND, ShiftLimits } from "./input.js";
import type { NewShift } from "./domain.js";
import { spanOfRow } from "./when.js";

export const CSV_HEADER = ["role", "date", "start", "end", "place", "capacity", "checks"] as const;

/** The file coordinators fill in: the header and two example rows. */
export function templateCsv(): string {
  return [
    CSV_HEADER.join(","),
    "Front desk,2026-12-05,10:00,13:00,Town hall,2,",
    'Night shelter,2026-12-05,22:00,07:00,"St Mary\'s, Church St",1,dbs_enhanced safeguarding',
  ]
    .map((l) => `${l}\r\n`)
    .join("");
}

export interface ImportResult {
  readonly shifts: NewShift[];
  /** One line per problem, "Line 3: …", already translated. */
  readonly errors: string[];
}

/**
 * Reads pasted CSV (one shift a line; a header line is optional). Rows may also be separated
 * by ";" where a platform keeps only one line. Every line is checked; the caller saves nothing
 * unless there are no errors.
 */
export function readShiftsCsv(
  text: string,
  zone: string,
  now: Date,
  t: Translate,
  locale: Locale = "en",
): ImportResult {
  let records: string[][];
  try {
    records = parse(text.trim(), {
      record_delimiter: ["\r\n", "\n", ";"],
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { shifts: [], errors: [t("shift.import.line", { line, problem: t("shift.import.unreadable") })] };
  }
  const shifts: NewShift[] = [];
  const errors: string[] = [];
  const first = records[0]?.map((c) => c.toLowerCase());
  const hasHeader = first?.[0] === "role" && first?.[1] === "date";
  const rows = hasHeader ? records.slice(1) : records;
  if (rows.length === 0) return { shifts, errors: [t("shift.import.empty")] };
  if (rows.length > ShiftLimits.importRows)
    return { shifts, errors: [t("shift.import.too_many", { max: ShiftLimits.importRows })] };
  rows.forEach((cells, i) => {
    const line = i + (hasHeader ? 2 : 1);
    const problem = readRow(cells, { zone, now, t, locale });
    if (typeof problem === "string") errors.push(t("shift.import.line", { line, problem }));
    else shifts.push(problem);
  });
  return { shifts, errors };
}

/**
 * One row. Its date and times are read by the shared date reader, as `/shift add` reads them
 * ("2026-12-05" or "15/12/2026", "10:00" or "10am"); a missing one is refused, not taken as today.
 */
function readRow(
  cells: readonly string[],
  reader: { zone: string; now: Date; t: Translate; locale: Locale },
): NewShift | string {
  const { now, t } = reader;
  const [role = "", date = "", start = "", end = "", place = "", capacityText = "", checksText = ""] = cells;
  if (cells.length > CSV_HEADER.length) return t("shift.import.columns", { count: cells.length });
  if (!role) return t("shift.import.no_role");
  if (role.length > ShiftLimits.role) return t("shift.import.role_long", { max: ShiftLimits.role });
  if (!date || !start || !end) return t("shift.import.bad_time", { date, start, end });
  const span = spanOfRow({ date, start, end }, reader);
  if (typeof span === "string") return span;
  if (span.startsAt <= now) return t("shift.import.past", { date });
  const capacity = capacityText === "" ? 1 : Number(capacityText);
  if (!Number.isInteger(capacity) || capacity < 1 || capacity > ShiftLimits.capacity)
    return t("shift.import.capacity", { capacity: capacityText, max: ShiftLimits.capacity });
  const checks = checkKinds(checksText);
  if (typeof checks === "string") return t("shift.checks.invalid", { kind: checks });
  if (place.length > ShiftLimits.place) return t("shift.import.place_long", { max: ShiftLimits.place });
  return { role, ...span, place: place || undefined, capacity, requiredChecks: checks };
}

/** "dbs_enhanced, safeguarding" → the kinds, or the first bad word. */
export function checkKinds(text: string | undefined): string[] | string {
  const words = [
    ...new Set(
      (text ?? "")
        .split(/[\s,]+/)
        .map((w) => w.toLowerCase())
        .filter((w) => w !== ""),
    ),
  ];
  const bad = words.find((w) => !KIND.test(w));
  return bad !== undefined ? bad.slice(0, 40) : words;
}
