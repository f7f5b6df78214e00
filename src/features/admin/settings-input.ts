import { IANAZone } from "luxon";
import { z } from "zod";
import { LOCALES, type Locale } from "../../core/i18n/index.js";
import { opt } from "../../core/options.js";
import { isNoneWord, readYesNo } from "../../reading/words.js";

export const SettingsLimits = {
  /** Meeting reminders: at most this many, each at most 26 weeks before. */
  reminders: 6,
  reminderMaxMinutes: 26 * 7 * 24 * 60,
  /** Cover escalation: at most this many re-broadcasts, each at most 30 days before the shift. */
  escalations: 5,
  escalationMaxHours: 720,
} as const;

/** Why a typed value cannot be read: a catalogue key and its parameters, raised as a zod issue. */
class Refusal {
  constructor(
    readonly key: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {}
}

const custom = (key: string, params?: Record<string, string | number>) => new Refusal(key, params);

/** A schema reading optional text with `read`; a {@link Refusal} becomes the member's friendly reply. */
function reading<T>(read: (text: string) => T | Refusal) {
  return z
    .string()
    .optional()
    .transform((text, ctx): T | undefined => {
      if (text === undefined) return undefined;
      const result = read(text.trim());
      if (result instanceof Refusal) {
        ctx.addIssue({ code: "custom", message: result.key, params: result.params });
        return z.NEVER;
      }
      return result;
    });
}

/** "Europe/Brussels" (any case) → its IANA name; anything else is refused. */
export function readZone(text: string): string | Refusal {
  // Zones are "Area/Place" (and UTC): not offsets like "+01:00", which would ignore summer time.
  if (!IANAZone.isValidZone(text) || (!text.includes("/") && text.toUpperCase() !== "UTC"))
    return custom("admin.settings.zone_invalid", { zone: text.slice(0, 40) });
  return new Intl.DateTimeFormat("en", { timeZone: text }).resolvedOptions().timeZone;
}

const LANGUAGE_NAMES: Readonly<Record<string, Locale>> = {
  english: "en",
  saesneg: "en",
  engels: "en",
  welsh: "cy",
  cymraeg: "cy",
  welsch: "cy",
  dutch: "nl",
  nederlands: "nl",
  iseldireg: "nl",
};

/** "cy", "Cymraeg", "welsh" → "cy". */
export function readLocale(text: string): Locale | undefined {
  const word = text.toLowerCase();
  return (LOCALES as readonly string[]).includes(word) ? (word as Locale) : LANGUAGE_NAMES[word];
}

/** "off", "none", "i ffwrdd", "uit", "geen"…: the words (reading/words.ts) for an empty list or no second language. */
const OFF = { has: isNoneWord } as const;

const UNIT_MINUTES: Readonly<Record<string, number>> = { m: 1, h: 60, d: 1440, w: 10080 };

/** "4w 1w 1d 1h" → [40320, 10080, 1440, 60] (minutes before, latest last); "off" → []. */
export function readReminders(text: string): number[] | Refusal {
  if (OFF.has(text.toLowerCase())) return [];
  const minutes: number[] = [];
  for (const word of text.split(/[\s,]+/).filter((w) => w !== "")) {
    const match = /^(\d{1,4})([mhdw])$/i.exec(word);
    if (!match) return custom("admin.settings.reminders_invalid", { word: word.slice(0, 20) });
    const value = Number(match[1]) * (UNIT_MINUTES[(match[2] as string).toLowerCase()] ?? 0);
    if (value < 1 || value > SettingsLimits.reminderMaxMinutes)
      return custom("admin.settings.reminders_invalid", { word: word.slice(0, 20) });
    minutes.push(value);
  }
  const unique = [...new Set(minutes)].sort((a, b) => b - a);
  if (unique.length > SettingsLimits.reminders)
    return custom("admin.settings.reminders_too_many", { max: SettingsLimits.reminders });
  return unique;
}

/** [40320, 10080, 1440, 60] → "4w 1w 1d 1h". */
export function formatReminders(minutes: readonly number[]): string {
  return minutes
    .map((m) => {
      if (m % 10080 === 0) return `${m / 10080}w`;
      if (m % 1440 === 0) return `${m / 1440}d`;
      if (m % 60 === 0) return `${m / 60}h`;
      return `${m}m`;
    })
    .join(" ");
}

/** "72h 24h 4h" or "72 24 4" → [72, 24, 4]; "off" → []. */
export function readEscalation(text: string): number[] | Refusal {
  if (OFF.has(text.toLowerCase())) return [];
  const hours: number[] = [];
  for (const word of text.split(/[\s,]+/).filter((w) => w !== "")) {
    const match = /^(\d{1,4})(h|d)?$/i.exec(word);
    const value = match ? Number(match[1]) * ((match[2] ?? "h").toLowerCase() === "d" ? 24 : 1) : 0;
    if (!match || value < 1 || value > SettingsLimits.escalationMaxHours)
      return custom("admin.settings.escalation_invalid", { word: word.slice(0, 20) });
    hours.push(value);
  }
  const unique = [...new Set(hours)].sort((a, b) => b - a);
  if (unique.length > SettingsLimits.escalations)
    return custom("admin.settings.escalation_too_many", { max: SettingsLimits.escalations });
  return unique;
}

/** Stored JSON arrays of numbers, read defensively: a damaged value reads as none. */
export function numbersOf(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((n): n is number => typeof n === "number") : [];
  } catch {
    return [];
  }
}

export const settingsOptions = {
  timezone: opt.parsedString(
    {
      label: "admin.opt.timezone",
      description: "admin.opt.timezone.description",
      placeholder: "admin.opt.timezone.placeholder",
      max: 64,
      required: false,
    },
    reading(readZone),
  ),
  language: opt.parsedString(
    { label: "admin.opt.language", description: "admin.opt.language.description", max: 20, required: false },
    reading((text) => readLocale(text) ?? custom("admin.language.invalid")),
  ),
  second: opt.parsedString(
    { label: "admin.opt.second", description: "admin.opt.second.description", max: 20, required: false },
    reading<Locale | "off">((text) =>
      OFF.has(text.toLowerCase()) ? "off" : (readLocale(text) ?? custom("admin.language.invalid")),
    ),
  ),
  freshness: opt.integer({
    label: "update.opt.weeks",
    description: "admin.opt.freshness.description",
    min: 1,
    max: 104,
    required: false,
  }),
  reminders: opt.parsedString(
    {
      label: "admin.opt.reminders",
      description: "admin.opt.reminders.description",
      placeholder: "admin.opt.reminders.placeholder",
      max: 100,
      required: false,
    },
    reading(readReminders),
  ),
};

export const shiftSettingsOptions = {
  approval: opt.parsedString(
    { label: "admin.opt.approval", description: "admin.opt.approval.description", max: 10, required: false },
    reading((text) => {
      // on/off, yes/no in English, Welsh and Dutch (reading/words.ts).
      return readYesNo(text) ?? custom("admin.settings.on_off_words");
    }),
  ),
  escalation: opt.parsedString(
    {
      label: "admin.opt.escalation",
      description: "admin.opt.escalation.description",
      placeholder: "admin.opt.escalation.placeholder",
      max: 60,
      required: false,
    },
    reading(readEscalation),
  ),
};

/**
 * Typed settings: "timezone Europe/Brussels", "language cy second off",
 * "reminders 4w 1w 1d 1h" — a known name starts each setting, the words up to
 * the next name are its value; "name:value" works too. Undefined for an
 * unknown name, so the member is shown the usage.
 */
export function namedValues(aliases: Readonly<Record<string, string>>) {
  return (text: string): Record<string, string> | undefined => {
    const values: Record<string, string[]> = {};
    let current: string[] | undefined;
    for (const word of text
      .trim()
      .split(/\s+/)
      .filter((w) => w !== "")) {
      const colon = word.indexOf(":");
      const head = (colon > 0 ? word.slice(0, colon) : word).toLowerCase();
      const name = aliases[head];
      if (name) {
        current = values[name] = [];
        if (colon > 0 && word.slice(colon + 1) !== "") current.push(word.slice(colon + 1));
        continue;
      }
      if (!current) return undefined;
      current.push(word);
    }
    return Object.fromEntries(Object.entries(values).map(([name, words]) => [name, words.join(" ")]));
  };
}

export const settingsFromText = namedValues({
  timezone: "timezone",
  zone: "timezone",
  tz: "timezone",
  language: "language",
  lang: "language",
  second: "second",
  "second-language": "second",
  bilingual: "second",
  freshness: "freshness",
  reminders: "reminders",
});

export const shiftSettingsFromText = namedValues({
  approval: "approval",
  "cover-approval": "approval",
  escalation: "escalation",
  "cover-escalation": "escalation",
  // As the README writes it: `/shift settings approval:on hours:72,24,4`.
  hours: "escalation",
});
