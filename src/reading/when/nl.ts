/**
 * Dutch words for dates and times, with Flemish usage: "19u30", "10u-13u", "'s middags",
 * compounds of a weekday and a part of the day ("dinsdagavond", "zaterdagochtend").
 */
import type { DayPart } from "./types.js";
import type { Vocabulary, Weekday } from "./vocabulary.js";

const days: readonly (readonly [Weekday, string, string])[] = [
  [1, "maandag", "ma"],
  [2, "dinsdag", "di"],
  [3, "woensdag", "wo"],
  [4, "donderdag", "do"],
  [5, "vrijdag", "vr"],
  [6, "zaterdag", "za"],
  [7, "zondag", "zo"],
];

const months: readonly (readonly string[])[] = [
  ["januari", "jan"],
  ["februari", "feb"],
  ["maart", "mrt"],
  ["april", "apr"],
  ["mei"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["augustus", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "okt"],
  ["november", "nov"],
  ["december", "dec"],
];

/** The words a weekday is joined with: "dinsdag" + "avond" is Tuesday evening. */
const PARTS: Readonly<Record<string, DayPart>> = {
  ochtend: "morning",
  morgen: "morning",
  voormiddag: "morning",
  middag: "afternoon",
  namiddag: "afternoon",
  avond: "evening",
  nacht: "night",
};

function weekdayParts(): Record<string, readonly [Weekday, DayPart]> {
  const parts: Record<string, readonly [Weekday, DayPart]> = {};
  for (const [day, name] of days)
    for (const [word, part] of Object.entries(PARTS)) {
      parts[`${name}${word}`] = [day, part];
      parts[`${name} ${word}`] = [day, part];
    }
  return parts;
}

export const nl: Vocabulary = {
  weekdays: Object.fromEntries(days.flatMap(([day, name, short]) => [[name, day] as const, [short, day] as const])),
  weekdayParts: weekdayParts(),
  months: Object.fromEntries(months.flatMap((names, index) => names.map((name) => [name, index + 1]))),
  relative: {
    vandaag: [0],
    gisteren: [-1],
    vanochtend: [0, "morning"],
    vanmorgen: [0, "morning"],
    vanmiddag: [0, "afternoon"],
    vanavond: [0, "evening"],
    vannacht: [0, "night"],
    morgen: [1],
    morgenochtend: [1, "morning"],
    morgenvroeg: [1, "morning"],
    morgenmiddag: [1, "afternoon"],
    morgenavond: [1, "evening"],
    overmorgen: [2],
  },
  dayParts: {
    "'s ochtends": "morning",
    "'s morgens": "morning",
    "'s voormiddags": "morning",
    "'s middags": "afternoon",
    "'s namiddags": "afternoon",
    "'s avonds": "evening",
    "'s nachts": "night",
    "in de ochtend": "morning",
    "in de voormiddag": "morning",
    "in de middag": "afternoon",
    "in de namiddag": "afternoon",
    "in de avond": "evening",
    ochtend: "morning",
    voormiddag: "morning",
    middag: "afternoon",
    namiddag: "afternoon",
    avond: "evening",
    nacht: "night",
  },
  namedDays: {
    kerstmis: [12, 25],
    kerst: [12, 25],
    kerstdag: [12, 25],
    "eerste kerstdag": [12, 25],
    "tweede kerstdag": [12, 26],
    kerstavond: [12, 24, "evening"],
    oudejaarsavond: [12, 31, "evening"],
    oudjaar: [12, 31],
    nieuwjaarsdag: [1, 1],
    nieuwjaar: [1, 1],
  },
  periods: {
    "vorige maand": ["month", -1],
    "afgelopen maand": ["month", -1],
    "deze maand": ["month", 0],
    "volgende maand": ["month", 1],
    "vorige week": ["week", -1],
    "afgelopen week": ["week", -1],
    "deze week": ["week", 0],
  },
  nextWeek: ["volgende week", "komende week"],
  nextBefore: ["volgende"],
  nextAfter: [],
  thisBefore: ["deze", "aanstaande", "komende"],
  thisAfter: ["a.s.", "aanstaande"],
  fillers: [
    "om",
    "op",
    "de",
    "het",
    "van",
    "vanaf",
    "'t",
    "tussen",
    "voor",
    "uiterlijk",
    "ten laatste",
    "tegen",
    "de hele dag",
    "hele dag",
  ],
  separators: ["tot", "tot en met", "t/m", "en"],
  noon: [],
  midnight: ["middernacht"],
  meridiem: {},
  oclock: ["uur", "u", "h"],
  ordinalSuffixes: ["e", "ste", "de"],
  numbers: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
  },
  minutesPast: {
    "kwart over": 15,
    "kwart na": 15,
    "kwart voor": -15,
    "tien over": 10,
    "tien na": 10,
    "tien voor": -10,
  },
  lengthBefore: ["voor", "gedurende"],
  hourUnits: ["uur", "uren", "u"],
  minuteUnits: ["minuten", "min"],
  lengths: { "voor een uur": 60, "voor een half uur": 30, "voor anderhalf uur": 90 },
  examples: {
    meeting: ["volgende dinsdag 14:00", "dinsdagavond 19u30"],
    shift: ["zaterdag van 10 tot 13 uur", "15-12-2026 22:00-07:00"],
    date: ["vrijdag", "30 september 2027"],
    range: ["1-11-2026 - 30-11-2026", "1 november 2026 tot 30 november 2026"],
  },
};
