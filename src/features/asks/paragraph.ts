/**
 * An ask written as one paragraph (`/ask <paragraph>`, or details with no "what you need" on
 * Discord or in the form): its title and #tags as for an update, and — only when clearly
 * marked — its urgency and the day it is needed by.
 *
 * Clearly marked means:
 * - urgency: a word or phrase that says it ("urgent", "asap", "ar frys", "dringend", "met spoed";
 *   "not urgent", "dim brys", "geen haast" for low), as a #tag, or after a label ("priority: low",
 *   "brys: isel", "urgentie: laag"); two that disagree are refused;
 * - needed by: "by", "before", "no later than", "erbyn", "cyn", "tegen", "uiterlijk", "vóór",
 *   "ten laatste" or "deadline" followed by a day ("by Friday", "erbyn dydd Gwener", "tegen
 *   vrijdag", "before 12 March"). The words up to the end of that clause are the date: the
 *   handler reads them with the shared date reader and refuses, naming them, if it cannot.
 */
import { UserError } from "../../core/errors.js";
import { cy } from "../../reading/when/cy.js";
import { en } from "../../reading/when/en.js";
import { nl } from "../../reading/when/nl.js";
import { labelledUrgencyOf, URGENCY_LABELS, URGENCY_PHRASES, urgencyOf, type Urgency } from "../../reading/keywords.js";
import { readParagraph } from "../shared/paragraph.js";

export interface AskReading {
  readonly what: string;
  readonly details: string | undefined;
  readonly tags: readonly string[];
  readonly urgency: Urgency | undefined;
  /** The words after a needed-by marker, for the date reader. */
  readonly deadline: string | undefined;
}

const L = "\\p{L}\\p{N}";
/** `phrase` as whole words, case-insensitive, with any run of spaces between its words. */
const wordsOf = (phrase: string) =>
  `(?<![${L}])${phrase
    .split(/\s+/)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    .join("\\s+")}(?![${L}])`;

/** "urgency: low" and the like, anywhere. */
const LABELLED = new RegExp(`(?<![${L}])(${URGENCY_LABELS.join("|")})\\s*[:=]\\s*([${L}]+)[.!,;]?`, "giu");

/** A marker written apart from the sentence: "URGENT:", "Dringend -", "(urgent)", "[spoed]". */
const MARKER_WORDS = URGENCY_PHRASES.map(([phrase]) => phrase);
const LEADING = new RegExp(`^\\s*(${MARKER_WORDS.map(wordsOf).join("|")})\\s*(?:[:!–—-]+|\\s\\|)\\s*`, "iu");
const TRAILING = new RegExp(
  `(?<=[.!?]\\s+)(${MARKER_WORDS.map(wordsOf).join("|")})\\s*[.!]*((?:\\s+#[${L}_-]+)*)\\s*$`,
  "iu",
);
const BRACKETED = new RegExp(`[([]\\s*(${MARKER_WORDS.map(wordsOf).join("|")})\\s*[)\\]]`, "giu");

const URGENT_TAG = new RegExp(`(?<![${L}#])#([${L}]+)(?![${L}])`, "gu");

function phraseUrgency(phrase: string): Urgency | undefined {
  const folded = phrase.toLowerCase().replace(/\s+/g, " ");
  return URGENCY_PHRASES.find(([p]) => p === folded)?.[1];
}

/** Urgency markers that stand apart, taken out of the text; what they said. */
function takeMarkers(text: string): { text: string; said: Urgency[] } {
  const said: Urgency[] = [];
  let rest = text.replace(LABELLED, (_all, _label: string, word: string) => {
    const urgency = labelledUrgencyOf(word);
    if (!urgency) throw new UserError("asks.reading.urgency_unknown", { word: word.slice(0, 40) });
    said.push(urgency);
    return "";
  });
  rest = rest.replace(LEADING, (_all, phrase: string) => {
    said.push(phraseUrgency(phrase) ?? "urgent");
    return "";
  });
  // "… tomorrow. Urgent!": a sentence that is only a marker says the urgency and nothing more.
  rest = rest.replace(TRAILING, (_all, phrase: string, tags: string) => {
    said.push(phraseUrgency(phrase) ?? "urgent");
    return tags;
  });
  rest = rest.charAt(0).toLocaleUpperCase() + rest.slice(1);
  // "#urgent", "#dringend": a tag that is an urgency says the urgency, wherever it is.
  rest = rest.replace(URGENT_TAG, (all, word: string) => {
    const urgency = urgencyOf(word);
    if (!urgency) return all;
    said.push(urgency);
    return "";
  });
  rest = rest.replace(BRACKETED, (_all, phrase: string) => {
    said.push(phraseUrgency(phrase) ?? "urgent");
    return "";
  });
  return { text: rest.replace(/\s{2,}/g, " ").trim(), said };
}

/** Urgency said in running text: "we urgently need", "geen haast", "ar frys". Negations first. */
function runningUrgency(text: string): Urgency[] {
  let rest = text;
  const said: Urgency[] = [];
  for (const [phrase, urgency] of URGENCY_PHRASES) {
    const pattern = new RegExp(wordsOf(phrase), "giu");
    if (pattern.test(rest)) {
      said.push(urgency);
      rest = rest.replace(pattern, " ");
    }
  }
  return said;
}

// Needed by ---------------------------------------------------------------------------------------

const MARKERS = [
  "no later than",
  "needed by",
  "by",
  "before",
  "deadline",
  "erbyn",
  "cyn",
  "dyddiad cau",
  "uiterlijk",
  "ten laatste",
  "tegen",
  "vóór",
  "voor",
  "deadline",
];

/** Words that end the date's clause: "by Friday so we can plan" → "Friday". */
const CLAUSE_ENDS = new Set([
  ...["so", "and", "because", "as", "if", "please", "pls", "thanks", "for", "when", "or", "but", "with", "to"],
  ...["fel", "ac", "os", "oherwydd", "plîs", "plis", "diolch", "neu", "ond", "gyda"],
  ...[
    "zodat",
    "en",
    "omdat",
    "als",
    "graag",
    "alsjeblieft",
    "aub",
    "bedankt",
    "want",
    "maar",
    "met",
    "voor",
    "bij",
    "naar",
  ],
]);

/** Words that name a day, in any of the three languages ("ma", "zo" and the like are too short to be sure). */
const DAY_WORDS = [en, cy, nl]
  .flatMap((v) => [
    ...Object.keys(v.weekdays),
    ...Object.keys(v.weekdayParts),
    ...Object.keys(v.months),
    ...Object.keys(v.relative),
    ...Object.keys(v.namedDays),
  ])
  .filter((word) => word.length > 2)
  .sort((a, b) => b.length - a.length);
/** "next", "this", "volgende": a day only when one follows. */
const BEFORE_DAY = [en, cy, nl].flatMap((v) => [...v.nextBefore, ...v.thisBefore, ...v.nextWeek]);

const alternatives = (words: readonly string[]) =>
  words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")).join("|");
const MONTHS = alternatives(Object.keys({ ...en.months, ...cy.months, ...nl.months }));

/** How the words after a needed-by marker start when they name a day. */
const DAY_START = new RegExp(
  [
    `(?:the\\s+)?(?:end\\s+of|diwedd|eind|einde)(?![${L}])`,
    // Welsh names a day with "dydd" (or a part of it) first: "erbyn dydd Gwener", even misspelt.
    `(?:dydd|nos|bore|prynhawn)\\s+[${L}]`,
    `(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th|af|ain|fed|ed|ydd|eg|de|ste|e)?\\s+(?:of\\s+)?(?:${MONTHS})(?![${L}])`,
    `\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?(?![${L}])`,
    `the\\s+\\d{1,2}(?:st|nd|rd|th)(?![${L}])`,
    `(?:(?:${alternatives(BEFORE_DAY)})\\s+)?(?:${alternatives(DAY_WORDS)})(?![${L}])`,
  ]
    .map((alternative) => `^(?:${alternative})`)
    .join("|"),
  "iu",
);
const MARKER = new RegExp(`(?<![${L}])(?:${MARKERS.map(wordsOf).join("|")})\\s*:?\\s+`, "giu");

/** The words after the first needed-by marker that a day follows, to the end of their clause. */
function deadlineWords(text: string): string | undefined {
  for (const match of text.matchAll(MARKER)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    if (!DAY_START.test(after)) continue;
    const clause = after.split(/[,;!?()]|\s[–—-]\s/u)[0] ?? "";
    const words: string[] = [];
    for (const word of clause.trim().split(/\s+/)) {
      if (words.length > 0 && CLAUSE_ENDS.has(word.toLowerCase())) break;
      // A full stop ends the sentence, but not inside "a.s." or "z.s.m.".
      if (word.endsWith(".") && !/^(\p{L}\.){2,}$/u.test(word)) {
        words.push(word.replace(/\.+$/, ""));
        break;
      }
      words.push(word);
    }
    return words.join(" ");
  }
  return undefined;
}

/** Reads a paragraph into an ask; undefined when nothing but tags and links was written. */
export function readAskParagraph(paragraph: string, whatMax: number): AskReading | undefined {
  const marked = takeMarkers(paragraph);
  const reading = readParagraph(marked.text, whatMax);
  if (!reading) return undefined;
  const tagged = reading.tags.flatMap((tag) => urgencyOf(tag) ?? []);
  const said = new Set([...marked.said, ...tagged, ...runningUrgency(reading.text)]);
  if (said.size > 1) throw new UserError("asks.reading.urgency_conflict");
  return {
    what: reading.title,
    details: reading.body,
    tags: reading.tags.filter((tag) => urgencyOf(tag) === undefined),
    urgency: [...said][0],
    deadline: deadlineWords(reading.text),
  };
}
