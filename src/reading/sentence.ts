/**
 * One sentence read into the parts of a meeting or a shift: "Market stall Saturday 10-1 at the
 * Gillingham hub, 2 volunteers" → title "Market stall", the time (by the shared date reader),
 * place "the Gillingham hub", places 2. In English, Welsh and Dutch; nothing is guessed: a part
 * that cannot be found is named, with the member's own words around an example.
 */
import { locateWhen } from "./when/locate.js";
import { examplesOf } from "./when/read.js";
import type { ReadOptions, Refused, Understood } from "./when/types.js";

/** "2 volunteers", "2 wirfoddolwr", "3 vrijwilligers", "for 4 people", "need 2 helpers". */
const PLACES = new RegExp(
  String.raw`(?:^|[\s,;(])(?:(?:for|need|needs|needed|angen|nodig|voor)\s+)?(\d{1,2})\s+` +
    String.raw`(volunteers?|people|persons?|places?|spaces?|helpers?|gwirfoddolwyr|gwirfoddolwr|wirfoddolwyr|wirfoddolwr|o wirfoddolwyr|lleoedd|lle|le|pobl|person|vrijwilligers?|plaatsen|plekken|personen|mensen|helpers?)` +
    String.raw`(?![\p{L}\p{N}])\)?`,
  "iu",
);

/** Words that open a place after the time: "at the Beaney", "yn y Llyfrgell", "op de markt", "@ hub". */
const PLACE_AFTER = /^(?:at|@|in|yn|ym|yng|op|bij|te|ar)\s+/iu;
/** The same before the time, where only the unmistakable ones count ("Drop in session" keeps its "in"). */
const PLACE_BEFORE = /\s(?:at|@|yn|ym|yng|bij)\s+(?!.*\s(?:at|@|yn|ym|yng|bij)\s)/iu;
/** Small words left between a title and its time: "Market stall on Saturday", "Quiz on the 8th". */
const TRAILING = /(?:[\s,;:–—-]+|\s(?:on|at|the|from|of|ar|am|y|yr|o|op|om|de|het|van|vanaf|@))+$/iu;

const tidy = (text: string) =>
  text
    .replace(/^[\s,;:–—-]+/u, "")
    .replace(/[\s,;:.–—-]+$/u, "")
    .replace(/\s+/gu, " ");

/** The parts of a sentence read. `whenText` is the member's own words for the time. */
export interface SentenceParts {
  readonly ok: true;
  readonly title: string;
  readonly whenText: string;
  readonly reading: Understood;
  readonly place?: string;
  readonly places?: number;
}

/**
 * A part not found: `missing` names it; `example` is the member's sentence with an example put in
 * its place (the reader's own first example for the kind, or `sampleTitle`); `refused` is the
 * date reader's refusal when date words were there but did not read.
 */
export interface SentenceMissing {
  readonly ok: false;
  readonly missing: "when" | "title";
  readonly example: string;
  readonly refused?: Refused;
}

/**
 * Reads one sentence as `options.kind` ("meeting" or "shift"): the date and time by
 * {@link locateWhen}; the words before it are the title, and a place follows "at" / "yn" / "op" …
 * (or a comma) after it, or stands after "at" before it; for shifts, "2 volunteers" anywhere is
 * the number of places. Words after the time that open no place stay in the title.
 */
export function readSentence(
  text: string,
  options: ReadOptions & { readonly sampleTitle: string },
): SentenceParts | SentenceMissing {
  let rest = text.trim();
  let places: number | undefined;
  let placesText = "";
  if (options.kind === "shift") {
    const match = PLACES.exec(rest);
    if (match) {
      places = Number(match[1]);
      placesText = match[0].trim();
      rest = `${rest.slice(0, match.index)}${rest.slice(match.index + match[0].length)}`.trim();
    }
  }
  const located = locateWhen(rest, options);
  const example = examplesOf(options.locale)[options.kind === "shift" ? "shift" : "meeting"][0];
  if (!located?.ok) {
    const marker = PLACE_BEFORE.exec(` ${rest}`);
    const cut = located ? located.from : marker ? Math.max(0, marker.index - 1) : rest.length;
    const tail = located ? rest.slice(located.to) : rest.slice(cut);
    const head = tidy(rest.slice(0, cut).replace(TRAILING, ""));
    const written = [head, example, tidy(tail)].filter(Boolean).join(" ") + (placesText ? `, ${placesText}` : "");
    return { ok: false, missing: "when", example: written, ...(located ? { refused: located.refused } : {}) };
  }
  const before = rest.slice(0, located.from).replace(TRAILING, "");
  const after = rest.slice(located.to);
  let title = before;
  let place: string | undefined;
  const lead = after.replace(/^[\s,;]+/u, "");
  const marked = PLACE_AFTER.exec(lead);
  if (marked) place = lead.slice(marked[0].length);
  else if (/^\s*[,;]/u.test(after)) place = lead;
  else title = `${before} ${after}`;
  if (place === undefined) {
    const inTitle = PLACE_BEFORE.exec(` ${title}`);
    if (inTitle) {
      place = title.slice(inTitle.index + inTitle[0].length - 1);
      title = title.slice(0, Math.max(0, inTitle.index - 1));
    }
  }
  title = tidy(title);
  place = place === undefined ? undefined : tidy(place);
  if (title === "") return { ok: false, missing: "title", example: tidy(`${options.sampleTitle} ${text.trim()}`) };
  return {
    ok: true,
    title,
    whenText: rest.slice(located.from, located.to),
    reading: located.reading,
    ...(place ? { place } : {}),
    ...(places !== undefined ? { places } : {}),
  };
}
