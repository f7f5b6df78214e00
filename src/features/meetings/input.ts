import { opt } from "../../core/options.js";

export const MeetingLimits = {
  title: 120,
  /** A whole `/meeting add` sentence, typed where the title goes. */
  sentence: 250,
  when: 100,
  place: 200,
  host: 80,
  repeat: 80,
  url: 500,
  offsets: 80,
  action: 10,
  pageSize: 15,
} as const;

const number = opt.integer({
  label: "meetings.opt.number",
  description: "meetings.opt.number.description",
  min: 1,
  max: 1_000_000,
  required: true,
});

const title = {
  label: "meetings.opt.title",
  description: "meetings.opt.title.description",
  max: MeetingLimits.title,
} as const;
const when = {
  label: "meetings.opt.when",
  description: "meetings.opt.when.description",
  placeholder: "meetings.opt.when.placeholder",
  max: MeetingLimits.when,
} as const;
const place = {
  label: "meetings.opt.place",
  description: "meetings.opt.place.description",
  placeholder: "meetings.opt.place.placeholder",
  max: MeetingLimits.place,
} as const;
const host = {
  label: "meetings.opt.host",
  description: "meetings.opt.host.description",
  max: MeetingLimits.host,
} as const;
const repeat = {
  label: "meetings.opt.repeat",
  description: "meetings.opt.repeat.description",
  placeholder: "meetings.opt.repeat.placeholder",
  max: MeetingLimits.repeat,
} as const;

/**
 * The form holds five fields; links and reminders have their own subcommands. Without a time, the
 * title holds one sentence with all of it ("Network meeting next Thursday 2pm at the Beaney"); the
 * title read from it is held to MeetingLimits.title by the handler.
 */
export const addOptions = {
  title: opt.string({ ...title, max: MeetingLimits.sentence }),
  when: opt.optionalString(when),
  place: opt.optionalString(place),
  host: opt.optionalString(host),
  repeat: opt.optionalString(repeat),
};

export const editOptions = {
  number,
  title: opt.optionalString(title),
  when: opt.optionalString(when),
  place: opt.optionalString(place),
  host: opt.optionalString(host),
  repeat: opt.optionalString(repeat),
};

export const numberOptions = { number };

export const linksOptions = {
  number,
  online: opt.optionalString({
    label: "meetings.opt.online",
    description: "meetings.opt.online.description",
    max: MeetingLimits.url,
  }),
  agenda: opt.optionalString({
    label: "meetings.opt.agenda",
    description: "meetings.opt.agenda.description",
    max: MeetingLimits.url,
  }),
};

export const remindersOptions = {
  number,
  offsets: opt.string({
    label: "meetings.opt.offsets",
    description: "meetings.opt.offsets.description",
    placeholder: "meetings.opt.offsets.placeholder",
    max: MeetingLimits.offsets,
  }),
};

export const feedOptions = {
  action: opt.optionalString({
    label: "meetings.opt.action",
    description: "meetings.opt.action.description",
    max: MeetingLimits.action,
  }),
};

/** Keys a part of typed text may start with ("place: Town hall"), in English, Welsh and Dutch. */
const KEYS: Readonly<Record<string, string>> = {
  title: "title",
  teitl: "title",
  titel: "title",
  when: "when",
  pryd: "when",
  wanneer: "when",
  place: "place",
  where: "place",
  lle: "place",
  plaats: "place",
  locatie: "place",
  waar: "place",
  host: "host",
  gwesteiwr: "host",
  gastheer: "host",
  repeat: "repeat",
  repeats: "repeat",
  every: "repeat",
  ailadrodd: "repeat",
  herhaal: "repeat",
  herhaling: "repeat",
  online: "online",
  link: "online",
  ar_lein: "online",
  agenda: "agenda",
};

/** "place: Town hall" → ["place", "Town hall"]; a part without a known key → undefined. */
function keyed(part: string): [string, string] | undefined {
  const match = /^([\p{L}_-]+)\s*[:=]\s*(.*)$/su.exec(part);
  const key = match && KEYS[(match[1] ?? "").toLowerCase().replace("-", "_")];
  return key ? [key, (match[2] ?? "").trim()] : undefined;
}

/**
 * "Steering group | 30 September 2pm-4pm | Town hall | monthly | host: Ann": the title and the
 * time first; then the place, how it repeats and the host, in that order or named ("repeat: …").
 * One sentence with no "|" ("Network meeting next Thursday 2pm at the Beaney") is the title's,
 * read by the handler with the member's zone and language.
 */
export function addFromText(text: string): Record<string, string> | undefined {
  if (!text.includes("|") && !keyed(text)) return { title: text.trim() };
  const parts = text.split("|").map((p) => p.trim());
  const values: Record<string, string> = {};
  const positional = ["title", "when", "place", "repeat", "host"];
  for (const part of parts) {
    const named = keyed(part);
    if (named) {
      values[named[0]] = named[1];
      continue;
    }
    const next = positional.find((name) => values[name] === undefined);
    if (!next) return undefined;
    values[next] = part;
  }
  return values;
}

/** "3 | when: 7 October 2pm | place: Library": the number, then named changes. "3" alone opens the form. */
export function editFromText(text: string): Record<string, string> | undefined {
  const [head = "", ...rest] = text.split("|").map((p) => p.trim());
  const match = /^#?(\d+)\s*(.*)$/s.exec(head);
  if (!match) return undefined;
  const values: Record<string, string> = { number: match[1] ?? "" };
  const parts = [match[2] ?? "", ...rest].filter((p) => p !== "");
  for (const part of parts) {
    const named = keyed(part);
    if (!named) return undefined;
    values[named[0]] = named[1];
  }
  return values;
}

export function numberFromText(text: string): Record<string, string> | undefined {
  const number = text.trim().replace(/^#/, "");
  return /^\d+$/.test(number) ? { number } : undefined;
}

/** "3 https://meet.example/abc | https://docs.example/agenda", or named ("agenda: …"). */
export function linksFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)\s*(.*)$/s.exec(text.trim());
  if (!match) return undefined;
  const values: Record<string, string> = { number: match[1] ?? "" };
  const parts = (match[2] ?? "")
    .split("|")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const positional = ["online", "agenda"];
  for (const part of parts) {
    const named = keyed(part);
    const name = named?.[0] ?? positional.find((n) => values[n] === undefined);
    if (!name || (name !== "online" && name !== "agenda")) return undefined;
    values[name] = named ? named[1] : part;
  }
  return values;
}

/** "3 1w 1d 2h" */
export function remindersFromText(text: string): Record<string, string> | undefined {
  const match = /^#?(\d+)\s+(.+)$/s.exec(text.trim());
  return match ? { number: match[1] ?? "", offsets: match[2] ?? "" } : undefined;
}
