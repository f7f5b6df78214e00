/**
 * Words members type instead of a value, in English, Welsh and Dutch (Flemish usage too): an ask's
 * urgency, and "the place is not set yet" for a meeting or a shift. One lexicon, so every feature
 * understands the same words, and a word added here is understood everywhere.
 *
 * Platform-free and pure: no clock, no storage.
 */

/** How soon an ask needs an answer. */
export type Urgency = "low" | "normal" | "urgent";

/** The urgencies, in the order they are offered. */
export const URGENCIES = ["low", "normal", "urgent"] as const satisfies readonly Urgency[];

/**
 * An urgency written as one word, in any of the three languages. Welsh "frys" is "brys" after a
 * soft mutation ("ar frys", "yn frys"); Dutch "spoed" is how an urgent request is marked in Flanders.
 */
const URGENCY_WORDS: Readonly<Record<string, Urgency>> = {
  // English
  low: "low",
  normal: "normal",
  urgent: "urgent",
  // Welsh
  isel: "low",
  arferol: "normal",
  brys: "urgent",
  frys: "urgent",
  // Dutch
  laag: "low",
  normaal: "normal",
  dringend: "urgent",
  spoed: "urgent",
};

/** After a label ("priority: high"), these say an urgency too. */
const LABELLED_ONLY: Readonly<Record<string, Urgency>> = {
  high: "urgent",
  medium: "normal",
  uchel: "urgent",
  canolig: "normal",
  hoog: "urgent",
  gemiddeld: "normal",
};

/** Labels an urgency may follow, with a colon: "urgency: low", "brys: isel", "prioriteit: laag". */
export const URGENCY_LABELS = ["urgency", "priority", "brys", "blaenoriaeth", "urgentie", "prioriteit"] as const;

/** Folds case, curly apostrophes and a leading "#" so "#Dringend", "URGENT" and "urgent" are one word. */
function fold(text: string): string {
  return text.trim().toLowerCase().replace(/[’‘]/g, "'").replace(/^#/, "");
}

/** The urgency a single word names ("urgent", "brys", "dringend", "laag"), or undefined. */
export function urgencyOf(word: string): Urgency | undefined {
  return URGENCY_WORDS[fold(word).replace(/[.!:;,]+$/, "")];
}

/** The urgency after a label ("priority: high" → urgent); a little wider than {@link urgencyOf}. */
export function labelledUrgencyOf(word: string): Urgency | undefined {
  const folded = fold(word).replace(/[.!:;,]+$/, "");
  return URGENCY_WORDS[folded] ?? LABELLED_ONLY[folded];
}

/** Every word {@link urgencyOf} knows, for a hint. */
export const urgencyWords = (urgency: Urgency): string[] =>
  Object.entries(URGENCY_WORDS)
    .filter(([, value]) => value === urgency)
    .map(([word]) => word);

/**
 * Phrases in running text that mark an ask as urgent, or as not urgent at all. Matched as whole
 * words; the negated ones are tried first, so "not urgent" is never read as "urgent".
 */
export const URGENCY_PHRASES: readonly (readonly [string, Urgency])[] = [
  // not urgent: en, cy, nl
  ["not urgent", "low"],
  ["no rush", "low"],
  ["no hurry", "low"],
  ["dim brys", "low"],
  ["does dim brys", "low"],
  ["ddim yn frys", "low"],
  ["niet dringend", "low"],
  ["geen haast", "low"],
  ["geen spoed", "low"],
  ["niet urgent", "low"],
  // urgent
  ["urgent", "urgent"],
  ["urgently", "urgent"],
  ["asap", "urgent"],
  ["as soon as possible", "urgent"],
  ["brys", "urgent"],
  ["ar frys", "urgent"],
  ["cyn gynted â phosibl", "urgent"],
  ["cyn gynted ag y bo modd", "urgent"],
  ["dringend", "urgent"],
  ["spoed", "urgent"],
  ["met spoed", "urgent"],
  ["zo snel mogelijk", "urgent"],
  ["zsm", "urgent"],
  ["z.s.m.", "urgent"],
];

/**
 * Saying the place is not set yet, in each language. Compared after {@link foldPlace}: lower
 * case, straight apostrophes, no brackets or closing full stop, and without a leading
 * "location"/"lleoliad"/"locatie" label or a trailing "soon"/"yn fuan"/"binnenkort".
 */
const NOT_SET: readonly string[] = [
  // English
  "tbc",
  "tba",
  "tbd",
  "tbc soon",
  "to be confirmed",
  "to be announced",
  "to be decided",
  "to be arranged",
  "to be agreed",
  "not known yet",
  "not yet known",
  "not decided yet",
  "not yet decided",
  "not set",
  "not set yet",
  "unknown",
  "?",
  "-",
  "–",
  "—",
  // Welsh
  "i'w gadarnhau",
  "i'w gyhoeddi",
  "i'w drefnu",
  "i'w benderfynu",
  "heb ei gadarnhau",
  "heb ei benderfynu",
  "igc",
  "anhysbys",
  "dim eto",
  // Dutch and Flemish
  "nnb",
  "n.n.b",
  "ntb",
  "n.t.b",
  "nog te bepalen",
  "nader te bepalen",
  "nog niet bekend",
  "nader bekend te maken",
  "wordt nog bekendgemaakt",
  "volgt",
  "volgt nog",
  "onbekend",
  "nog onbekend",
  "nader te bevestigen",
  "nog te bevestigen",
];

/** Words naming the place, written before the not-set phrase: "location tbc", "lleoliad: i'w gadarnhau". */
const PLACE_LABELS = [
  "location",
  "venue",
  "place",
  "where",
  "address",
  "lleoliad",
  "lle",
  "man cyfarfod",
  "cyfeiriad",
  "locatie",
  "plaats",
  "waar",
  "adres",
  "zaal",
];

/** "Soon" after the phrase: "i'w gadarnhau'n fuan", "tbc soon", "volgt binnenkort". */
const SOON = /(?:\s+soon|\s*'n fuan|\s+yn fuan|\s+binnenkort|\s+shortly)$/;

const LABEL = new RegExp(`^(?:${PLACE_LABELS.join("|")})(?:\\s*[:=-]\\s*|\\s+(?:is\\s+|still\\s+)?)`);

/** A place as compared with {@link NOT_SET}. */
function foldPlace(text: string): string {
  let folded = text
    .trim()
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^[([{]\s*|\s*[)\]}]$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (folded.length > 1) folded = folded.replace(/\.$/, "");
  const unlabelled = folded.replace(LABEL, "");
  if (unlabelled !== "" && unlabelled !== folded) folded = unlabelled;
  return folded.replace(SOON, "").trim();
}

const NOT_SET_FOLDED = new Set(NOT_SET.map((phrase) => phrase.replace(/\.$/, "")));

/**
 * Whether the text says the place is not set yet ("tbc", "location tbc", "i'w gadarnhau'n fuan",
 * "nog te bepalen", "n.t.b."), in any of the three languages. Anything else is a place.
 */
export function isPlaceNotSet(text: string | undefined): boolean {
  if (text === undefined) return false;
  const folded = foldPlace(text);
  if (folded === "") return false;
  // "n.t.b." and "ntb" are one word; so are "i'w gadarnhau" and "i’w gadarnhau".
  return NOT_SET_FOLDED.has(folded) || NOT_SET_FOLDED.has(folded.replaceAll(".", ""));
}
