/**
 * A paragraph as a member types it after `/update` or `/ask`, read into a title, the rest of the
 * text, its links and its #tags. Pure: the features decide what else the words mean.
 *
 * The rules, in short:
 * - links (http, https, www.) and #tags anywhere are collected;
 * - a run of them at the very end, after a full sentence (or on a line of its own), and #tags at
 *   the very start are taken out of the text; one inside a sentence stays, a tag as its bare word
 *   ("a hall for our #choir" → "a hall for our choir");
 * - the title is the words before a colon that comes before the first sentence's end (at least two
 *   words), else the first sentence; the text is then what follows;
 * - a title longer than the limit is cut at a word boundary, with "…", and the text keeps every
 *   word.
 */
import { isWebLink } from "./links.js";

export interface ParagraphReading {
  readonly title: string;
  /** What follows the title, or the whole text when the title was shortened; undefined when nothing follows. */
  readonly body: string | undefined;
  /** As written, without trailing punctuation; "www." ones with https:// before them. */
  readonly links: readonly string[];
  /** Without "#", lower case, in the order written, once each. */
  readonly tags: readonly string[];
  /** The whole text with the taken-out links and tags gone. */
  readonly text: string;
}

/** Abbreviations whose full stop ends no sentence (compared in lower case, without the stop). */
const ABBREVIATIONS = new Set([
  // English
  "e.g",
  "i.e",
  "etc",
  "approx",
  "dr",
  "mr",
  "mrs",
  "ms",
  "st",
  "no",
  "vs",
  "inc",
  "ltd",
  "tel",
  "nr",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  // Welsh
  "e.e",
  "h.y",
  "y.b",
  "y.h",
  "y.p",
  // Dutch
  "bv",
  "bijv",
  "o.a",
  "d.w.z",
  "m.a.w",
  "ca",
  "mevr",
  "dhr",
  "incl",
  "excl",
  "evt",
  "a.s",
  "z.s.m",
]);

const TRAILING_PUNCTUATION = /[.,;:!?)\]>»"”’']+$/;
const LEADING_PUNCTUATION = /^[([<«"“‘']+/;
const TAG = /^#([\p{L}\p{N}][\p{L}\p{N}_-]*)$/u;

type Piece =
  | { readonly kind: "space"; readonly text: string }
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "link"; readonly text: string; readonly url: string }
  | { readonly kind: "tag"; readonly text: string; readonly tag: string; readonly inline: string };

/** A word as a link or a tag, when it is one: "(https://x.org)." → link https://x.org. */
function classify(word: string): Piece {
  const before = LEADING_PUNCTUATION.exec(word)?.[0] ?? "";
  const after = TRAILING_PUNCTUATION.exec(word.slice(before.length))?.[0] ?? "";
  const core = word.slice(before.length, word.length - after.length);
  const url = /^www\./i.test(core) ? `https://${core}` : core;
  if (/^(https?:\/\/|www\.)/i.test(core) && isWebLink(url)) return { kind: "link", text: word, url };
  const tag = TAG.exec(core);
  // "#12" names an entry, not a subject.
  if (tag?.[1] && !/^\d+$/.test(tag[1]))
    return { kind: "tag", text: word, tag: tag[1].toLowerCase(), inline: `${before}${tag[1]}${after}` };
  return { kind: "word", text: word };
}

const endsSentence = (text: string) => /[.!?…:;]["”’')\]]*$/.test(text);

/** Links, tags and the text with the ones that only label it taken out. */
function extract(text: string): { text: string; links: string[]; tags: string[] } {
  const pieces: Piece[] = text
    .split(/(\s+)/)
    .filter((part) => part !== "")
    .map((part) => (/^\s+$/.test(part) ? { kind: "space", text: part } : classify(part)));
  const words = pieces.flatMap((p, i) => (p.kind === "space" ? [] : [i]));
  const links = [...new Set(pieces.flatMap((p) => (p.kind === "link" ? [p.url] : [])))];
  const tags = [...new Set(pieces.flatMap((p) => (p.kind === "tag" ? [p.tag] : [])))];

  const dropped = new Set<number>();
  // The run of links and tags at the end: a label when a sentence (or a line) ends before it.
  let first = words.length;
  while (first > 0 && pieces[words[first - 1] as number]?.kind !== "word") first -= 1;
  if (first < words.length) {
    const previous = first > 0 ? pieces[words[first - 1] as number] : undefined;
    const gap = first > 0 ? pieces[(words[first] as number) - 1] : undefined;
    if (!previous || endsSentence(previous.text) || gap?.text.includes("\n"))
      for (const index of words.slice(first)) dropped.add(index);
  }
  // Tags at the start label the text too.
  for (const index of words) {
    if (pieces[index]?.kind !== "tag") break;
    dropped.add(index);
  }

  const kept = pieces.map((piece, index) => {
    if (dropped.has(index)) return "";
    return piece.kind === "tag" ? piece.inline : piece.text;
  });
  return {
    text: kept
      .join("")
      .replace(/[ \t]+\n/g, "\n")
      .replace(/\n[ \t]+/g, "\n")
      .replace(/[ \t]{2,}/g, " ")
      .trim(),
    links,
    tags,
  };
}

/** Where the first sentence ends (the index after its closing mark), or -1 when it runs to the end. */
function firstSentenceEnd(text: string): number {
  const mark = /[.!?…]+["”’')\]]*(?=\s+["“‘'(]?[\p{Lu}\p{N}])/gu;
  for (let match = mark.exec(text); match; match = mark.exec(text)) {
    const before = text.slice(0, match.index);
    const word = (/(\S+)$/.exec(before)?.[1] ?? "").replace(LEADING_PUNCTUATION, "").toLowerCase();
    // A full stop after an abbreviation, an initial ("J. Smith") or a multi-dot one ("d.w.z.") ends nothing.
    if (
      match[0].startsWith(".") &&
      (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word))
    )
      continue;
    return match.index + match[0].length;
  }
  return -1;
}

/** Cuts at the last word boundary that leaves room for "…" within `max`. */
function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const space = room.lastIndexOf(" ");
  const cut = space > max / 3 ? room.slice(0, space) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:–—-]+$/, "")}…`;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** The title and what follows it, from a text with its labels already taken out. */
function split(text: string, titleMax: number): { title: string; body: string | undefined } {
  const end = firstSentenceEnd(text);
  const sentence = end === -1 ? text : text.slice(0, end).trim();

  const colon = /:\s/.exec(sentence);
  if (colon) {
    const head = sentence.slice(0, colon.index).trim();
    const rest = text.slice(colon.index + 1).trim();
    if (head.split(/\s+/).length >= 2 && head.length <= titleMax && rest !== "")
      return { title: head, body: capitalised(rest) };
  }
  // A statement's full stop is not part of its title; a question's mark is.
  const title = sentence.replace(/\.+$/, "").trim();
  const rest = end === -1 ? "" : text.slice(end).trim();
  if (title.length <= titleMax) return { title, body: rest === "" ? undefined : rest };
  return { title: shorten(title, titleMax), body: text };
}

/**
 * Reads a paragraph; undefined when nothing but links and tags, or a single word, was written. `titleMax` is the
 * longest title the feature stores.
 */
export function readParagraph(paragraph: string, titleMax: number): ParagraphReading | undefined {
  const { text, links, tags } = extract(paragraph.trim());
  // One word is no update or ask ("/update nonsense-without-a-summary" is a slip, not a post).
  if (text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length < 2) return undefined;
  return { ...split(text, titleMax), links, tags, text };
}
