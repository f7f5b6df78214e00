import { opt } from "../../core/options.js";

export const ShiftLimits = {
  role: 80,
  /** A whole `/shift add` sentence, typed where the role goes. */
  sentence: 200,
  when: 100,
  place: 120,
  capacity: 50,
  checks: 200,
  csv: 4000,
  reason: 500,
  member: 100,
  kind: 40,
  pageSize: 10,
  importRows: 200,
} as const;

/** Check kinds: lower-case words with underscores, e.g. "dbs_enhanced", "safeguarding". */
export const KIND = /^[a-z][a-z0-9_]{1,39}$/;
export const CHECK_STATUSES = ["valid", "pending", "revoked"] as const;

const number = (label: "shift.opt.number" | "shift.opt.mine" | "shift.opt.theirs") =>
  opt.integer({ label, description: "shift.opt.number.description", min: 1, max: 1_000_000, required: true });

export const addOptions = {
  // The role field may hold the whole sentence ("Market stall Saturday 10-1 at the hub"): the
  // role read from it is held to ShiftLimits.role by the handler.
  role: opt.string({ label: "shift.opt.role", description: "shift.opt.role.description", max: ShiftLimits.sentence }),
  when: opt.optionalString({
    label: "shift.opt.when",
    description: "shift.opt.when.description",
    placeholder: "shift.opt.when.placeholder",
    max: ShiftLimits.when,
  }),
  place: opt.optionalString({
    label: "shift.opt.place",
    description: "shift.opt.place.description",
    max: ShiftLimits.place,
  }),
  capacity: opt.integer({
    label: "shift.opt.capacity",
    description: "shift.opt.capacity.description",
    min: 1,
    max: ShiftLimits.capacity,
    required: false,
  }),
  checks: opt.optionalString({
    label: "shift.opt.checks",
    description: "shift.opt.checks.description",
    placeholder: "shift.opt.checks.placeholder",
    max: ShiftLimits.checks,
  }),
};

/**
 * "Front desk | 2026-12-05 10:00-13:00 | Town hall | 2 | dbs_enhanced safeguarding", or one
 * sentence ("Market stall Saturday 10-1 at the Gillingham hub, 2 volunteers"), which the handler
 * reads with the member's zone and language.
 */
export function addFromText(text: string): Record<string, string> | undefined {
  if (!text.includes("|")) return { role: text.trim() };
  const [role = "", when = "", place = "", capacity = "", checks = ""] = text.split("|").map((p) => p.trim());
  if (!when) return undefined;
  return { role, when, place, capacity, checks };
}

export const importOptions = {
  csv: opt.string({
    label: "shift.opt.csv",
    description: "shift.opt.csv.description",
    placeholder: "shift.opt.csv.placeholder",
    max: ShiftLimits.csv,
    style: "paragraph",
  }),
};

export const numberOptions = { number: number("shift.opt.number") };

export function numberFromText(text: string): Record<string, string> | undefined {
  const n = text.trim().replace(/^#/, "");
  return /^\d+$/.test(n) ? { number: n } : undefined;
}

export const coverOptions = {
  number: number("shift.opt.number"),
  reason: opt.optionalString({
    label: "shift.opt.reason",
    description: "shift.opt.reason.description",
    placeholder: "shift.opt.reason.placeholder",
    max: ShiftLimits.reason,
    style: "paragraph",
  }),
};

/** "3 my child is ill" */
export function coverFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)(?:\s+([\s\S]*))?$/.exec(text.trim());
  return match ? { number: match[1] ?? "", reason: (match[2] ?? "").trim() } : undefined;
}

export const coverForOptions = {
  number: number("shift.opt.number"),
  member: opt.string({
    label: "shift.opt.member",
    description: "shift.opt.cover_for_member.description",
    max: ShiftLimits.member,
  }),
  reason: coverOptions.reason,
};

/** "3 @Ann Jones | has flu": the member may be a name with spaces; the reason follows a "|". */
export function coverForFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)\s+([^|]+?)\s*(?:\|\s*([\s\S]*))?$/.exec(text.trim());
  return match ? { number: match[1] ?? "", member: match[2] ?? "", reason: (match[3] ?? "").trim() } : undefined;
}

export const removeOptions = {
  number: number("shift.opt.number"),
  member: coverForOptions.member,
};

/** "3 @Ann Jones": the member may be a name with spaces. */
export function removeFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)\s+(.+)$/.exec(text.trim());
  return match ? { number: match[1] ?? "", member: (match[2] ?? "").trim() } : undefined;
}

export const swapOptions = {
  mine: number("shift.opt.mine"),
  theirs: number("shift.opt.theirs"),
  with: opt.optionalString({
    label: "shift.opt.with",
    description: "shift.opt.with.description",
    max: ShiftLimits.member,
  }),
};

/** "3 5" or "3 5 @bob" */
export function swapFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)\s+#?(\d+)(?:\s+(.+))?$/.exec(text.trim());
  return match ? { mine: match[1] ?? "", theirs: match[2] ?? "", with: (match[3] ?? "").trim() } : undefined;
}

export const checkOptions = {
  member: opt.string({
    label: "shift.opt.member",
    description: "shift.opt.member.description",
    max: ShiftLimits.member,
  }),
  kind: opt.string({
    label: "shift.opt.kind",
    description: "shift.opt.kind.description",
    placeholder: "shift.opt.kind.placeholder",
    max: ShiftLimits.kind,
  }),
  expiry: opt.optionalString({
    label: "shift.opt.expiry",
    description: "shift.opt.expiry.description",
    placeholder: "shift.opt.expiry.placeholder",
    max: 10,
  }),
  status: opt.optionalString({
    label: "shift.opt.status",
    description: "shift.opt.status.description",
    max: 10,
  }),
};

/** A day written as numbers at the end of `/shift check`: "2027-05-01", "1/5/2027", "01.05.2027". */
const EXPIRY_DAY = /^(\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/;

/**
 * "@Ann Jones dbs_enhanced 2027-05-01", "<@U123> safeguarding pending", "Bob dbs_basic none":
 * read from the end, so the member may be a name with spaces.
 */
export function checkFromText(text: string): Record<string, string> | undefined {
  const words = text.trim().split(/\s+/);
  const values: Record<string, string> = {};
  const last = () => words[words.length - 1] ?? "";
  if (EXPIRY_DAY.test(last()) || last().toLowerCase() === "none") values.expiry = words.pop() ?? "";
  if ((CHECK_STATUSES as readonly string[]).includes(last().toLowerCase())) values.status = words.pop() ?? "";
  if (!values.expiry && (EXPIRY_DAY.test(last()) || last().toLowerCase() === "none")) values.expiry = words.pop() ?? "";
  values.kind = words.pop() ?? "";
  values.member = words.join(" ");
  return values.member && values.kind ? values : undefined;
}

export const checksOptions = {
  member: opt.optionalString({
    label: "shift.opt.member",
    description: "shift.opt.checks_member.description",
    max: ShiftLimits.member,
  }),
};

export const hoursOptions = {
  scope: opt.optionalString({ label: "shift.opt.scope", description: "shift.opt.scope.description", max: 10 }),
};

export const editOptions = {
  number: number("shift.opt.number"),
  when: opt.optionalString({
    label: "shift.opt.when",
    description: "shift.opt.edit_when.description",
    placeholder: "shift.opt.when.placeholder",
    max: ShiftLimits.when,
  }),
  place: opt.optionalString({
    label: "shift.opt.place",
    description: "shift.opt.edit_place.description",
    max: ShiftLimits.place,
  }),
  capacity: opt.integer({
    label: "shift.opt.capacity",
    description: "shift.opt.edit_capacity.description",
    min: 1,
    max: ShiftLimits.capacity,
    required: false,
  }),
};

/** Named parts of `/shift edit`, in English, Welsh and Dutch. */
const EDIT_KEYS: Readonly<Record<string, "when" | "place" | "capacity">> = {
  when: "when",
  time: "when",
  pryd: "when",
  wanneer: "when",
  place: "place",
  where: "place",
  lle: "place",
  plek: "place",
  capacity: "capacity",
  places: "capacity",
  lleoedd: "capacity",
  plaatsen: "capacity",
};

/**
 * "3 | 2026-12-05 10:00-13:00 | Town hall | 2" (a blank part stays as it is), or named parts in
 * any order: "3 capacity: 2", "3 | place: Library | when: Saturday 10am to 1pm".
 */
export function editFromText(text: string): Record<string, string> | undefined {
  const [head = "", ...rest] = text.split("|").map((p) => p.trim());
  const match = /^#?(\d+)\s*(.*)$/s.exec(head);
  if (!match) return undefined;
  const values: Record<string, string> = { number: match[1] ?? "" };
  const parts = match[2] ? [match[2], ...rest] : rest;
  const positional = ["when", "place", "capacity"] as const;
  for (const [i, part] of parts.entries()) {
    const named = /^([\p{L}]+)\s*[:=]\s*(.*)$/su.exec(part);
    const key = named && EDIT_KEYS[(named[1] ?? "").toLowerCase()];
    if (key) values[key] = (named[2] ?? "").trim();
    else if (i < positional.length) {
      if (part !== "") values[positional[i] as string] = part;
    } else return undefined;
  }
  return values;
}
