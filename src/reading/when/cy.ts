/**
 * Welsh words for dates and times, with the mutations they take in a sentence: "nos Fawrth",
 * "nos Wener" (soft, after "nos"), "o Fedi", "o Fehefin" (soft, after "o"), "ym Mehefin",
 * "yng Ngorffennaf", "yn Nhachwedd" (nasal, after "yn"), "ddydd Sadwrn" (soft, after "ar").
 */
import type { DayPart } from "./types.js";
import type { Vocabulary, Weekday } from "./vocabulary.js";

/** Each weekday: its name after "dydd", and its soft-mutated form after "nos". */
const days: readonly (readonly [Weekday, string, string])[] = [
  [1, "llun", "lun"],
  [2, "mawrth", "fawrth"],
  [3, "mercher", "fercher"],
  [4, "iau", "iau"],
  [5, "gwener", "wener"],
  [6, "sadwrn", "sadwrn"],
  [7, "sul", "sul"],
];

/** Each month: its name and the forms it takes after "o" (soft) and "yn" (nasal), and abbreviations. */
const months: readonly (readonly string[])[] = [
  ["ionawr", "ion"],
  ["chwefror", "chwef"],
  ["mawrth", "fawrth"],
  ["ebrill", "ebr"],
  ["mai", "fai"],
  ["mehefin", "fehefin", "meh"],
  ["gorffennaf", "orffennaf", "ngorffennaf", "gorff"],
  ["awst"],
  ["medi", "fedi"],
  ["hydref"],
  ["tachwedd", "dachwedd", "nhachwedd", "tach"],
  ["rhagfyr", "ragfyr", "rhag"],
];

const MORNING = ["bore"];
const AFTERNOON = ["prynhawn", "pnawn", "p'nawn"];

function weekdayParts(): Record<string, readonly [Weekday, DayPart]> {
  const parts: Record<string, readonly [Weekday, DayPart]> = {};
  for (const [day, name, soft] of days) {
    parts[`nos ${soft}`] = [day, "evening"];
    for (const word of MORNING) parts[`${word} ${name}`] = [day, "morning"];
    for (const word of AFTERNOON) parts[`${word} ${name}`] = [day, "afternoon"];
  }
  return parts;
}

function weekdays(): Record<string, Weekday> {
  const names: Record<string, Weekday> = {};
  for (const [day, name] of days) {
    names[`dydd ${name}`] = day;
    names[`ddydd ${name}`] = day;
    // "Mawrth" alone is March: only "dydd Mawrth" is Tuesday.
    if (name !== "mawrth") names[name] = day;
  }
  for (const [short, day] of [
    ["sad", 6],
    ["gwe", 5],
    ["mer", 3],
  ] as const) {
    names[short] = day;
    names[`dydd ${short}`] = day;
  }
  return names;
}

export const cy: Vocabulary = {
  weekdays: weekdays(),
  weekdayParts: weekdayParts(),
  months: Object.fromEntries(months.flatMap((names, index) => names.map((name) => [name, index + 1]))),
  relative: {
    heddiw: [0],
    ddoe: [-1],
    heno: [0, "evening"],
    "bore 'ma": [0, "morning"],
    "bore yma": [0, "morning"],
    "prynhawn 'ma": [0, "afternoon"],
    "prynhawn yma": [0, "afternoon"],
    "pnawn 'ma": [0, "afternoon"],
    yfory: [1],
    fory: [1],
    "nos yfory": [1, "evening"],
    "nos fory": [1, "evening"],
    drennydd: [2],
    trennydd: [2],
  },
  dayParts: {
    bore: "morning",
    "y bore": "morning",
    "yn y bore": "morning",
    prynhawn: "afternoon",
    "y prynhawn": "afternoon",
    "yn y prynhawn": "afternoon",
    pnawn: "afternoon",
    "p'nawn": "afternoon",
    "yr hwyr": "evening",
    "gyda'r hwyr": "evening",
    "gyda'r nos": "evening",
    nos: "evening",
    "min nos": "evening",
    noswaith: "evening",
    "yn y nos": "night",
    "dros nos": "night",
  },
  namedDays: {
    "dydd nadolig": [12, 25],
    nadolig: [12, 25],
    "noswyl nadolig": [12, 24, "evening"],
    "gŵyl san steffan": [12, 26],
    "nos galan": [12, 31, "evening"],
    "dydd calan": [1, 1],
    "dydd gŵyl dewi": [3, 1],
  },
  periods: {
    "y mis diwethaf": ["month", -1],
    "mis diwethaf": ["month", -1],
    "y mis hwn": ["month", 0],
    "y mis yma": ["month", 0],
    "mis nesaf": ["month", 1],
    "y mis nesaf": ["month", 1],
    "yr wythnos diwethaf": ["week", -1],
    "wythnos diwethaf": ["week", -1],
    "yr wythnos hon": ["week", 0],
    "yr wythnos yma": ["week", 0],
  },
  nextWeek: ["yr wythnos nesaf", "wythnos nesaf", "yr wythnos nesa", "wythnos nesa"],
  nextBefore: [],
  nextAfter: ["nesaf", "nesa"],
  thisBefore: [],
  thisAfter: ["yma", "'ma", "hwn"],
  fillers: ["am", "ar", "y", "yr", "'r", "o", "ym", "yng", "yn", "rhwng", "erbyn", "mis", "drwy'r dydd", "trwy'r dydd"],
  separators: ["tan", "i", "hyd at", "hyd", "a", "ac"],
  noon: ["hanner dydd", "canol dydd", "ganol dydd", "12 hanner dydd"],
  midnight: ["hanner nos", "canol nos", "ganol nos"],
  meridiem: { yb: "am", "y.b.": "am", yp: "pm", "y.p.": "pm", yh: "pm", "y.h.": "pm" },
  oclock: ["o'r gloch", "or gloch"],
  ordinalSuffixes: ["af", "il", "ydd", "edd", "ed", "fed", "eg", "ain"],
  numbers: {
    un: 1,
    dau: 2,
    ddau: 2,
    dwy: 2,
    tri: 3,
    dri: 3,
    tair: 3,
    pedwar: 4,
    bedwar: 4,
    pump: 5,
    bump: 5,
    chwech: 6,
    saith: 7,
    wyth: 8,
    naw: 9,
    deg: 10,
    ddeg: 10,
    "un ar ddeg": 11,
    deuddeg: 12,
    ddeuddeg: 12,
  },
  minutesPast: {
    "hanner awr wedi": 30,
    "chwarter wedi": 15,
    "chwarter i": -15,
    "ugain munud wedi": 20,
    "deg munud wedi": 10,
  },
  lengthBefore: ["am"],
  hourUnits: ["awr", "oriau"],
  minuteUnits: ["munud"],
  lengths: { "am awr": 60, "am hanner awr": 30, "am awr a hanner": 90, "am ddwy awr": 120, "am dair awr": 180 },
  examples: {
    meeting: ["nos Fawrth nesaf am 7", "30 Medi 2027 14:00"],
    shift: ["dydd Sadwrn 10yb-1yp", "15/12/2026 22:00-07:00"],
    date: ["dydd Gwener", "30ain o Fedi 2027"],
    range: ["1/11/2026 - 30/11/2026", "1 Tachwedd 2026 tan 30 Tachwedd 2026"],
  },
};
