import type { Inline, MemberRef, RichText, TimeStyle } from "../../src/core/message.js";

/**
 * Rich text → Slack mrkdwn. Output is built from *atoms*: pieces that must
 * never be split (an escaped `&amp;`, a `<url|label>` link, a `<!date^…>`
 * token, a `<@U…>` mention, one code point of text). Truncating by atoms is
 * what keeps a long summary from ending in half an entity or half a link,
 * which Slack would show raw or reject.
 */
export type Atoms = readonly string[];

/** Where a message is going: decides whether a member can be @-mentioned. */
export interface MrkdwnTarget {
  /** The Slack team (workspace) the message is posted in. */
  readonly teamId: string;
}

const ELLIPSIS = "…";

/**
 * Slack treats `&`, `<` and `>` as control characters in mrkdwn, so text a
 * member typed must have them escaped, or "<!channel>" in a summary would
 * ping a whole channel. Nothing else is escaped: Slack decodes only these three.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** One atom per code point (so emoji are never cut in half), each escaped. */
export function textAtoms(text: string): Atoms {
  return Array.from(text, escapeMrkdwn);
}

/** The core's mention of a Slack account (src/core/mentions.ts), as typed text keeps it. */
const SLACK_MENTION = /(<@[UW][A-Z0-9]+>)/;

/**
 * Member text, escaped, but with Slack user mentions kept as mentions: a member who wrote
 * "thanks to @Ann" in Slack sent `<@U…>`, which the text keeps, and Slack shows each reader
 * Ann's current name. Nothing else gets through: `<!channel>` and links stay escaped.
 */
export function memberTextAtoms(text: string): Atoms {
  return text.split(SLACK_MENTION).flatMap((part, i) => (i % 2 === 1 ? [part] : textAtoms(part)));
}

/** Rich text as atoms; plain strings are escaped, times/links/members become Slack tokens. */
export function richTextAtoms(text: RichText | undefined, target: MrkdwnTarget): Atoms {
  if (text === undefined) return [];
  if (typeof text === "string") return memberTextAtoms(text);
  return text.flatMap((part) => inlineAtoms(part, target));
}

function inlineAtoms(part: Inline, target: MrkdwnTarget): Atoms {
  if (typeof part === "string") return memberTextAtoms(part);
  switch (part.kind) {
    case "time":
      return [dateToken(part.at, part.style)];
    case "link":
      return [linkToken(part.url, part.label)];
    case "member":
      return canMention(part.ref, target) ? [`<@${part.ref.externalId}>`] : textAtoms(part.name);
  }
}

/**
 * A member is mentioned only when their account is a Slack account in the
 * very workspace the message goes to: a user id from another workspace (or a
 * Discord id) would render as a broken mention, so they get their name instead.
 */
function canMention(ref: MemberRef | undefined, target: MrkdwnTarget): ref is MemberRef {
  return (
    ref !== undefined &&
    ref.platform === "slack" &&
    ref.spaceExternalId === target.teamId &&
    /^[UW][A-Z0-9]+$/.test(ref.externalId)
  );
}

/** Slack's date formatting tokens per style; each reader sees their own zone and format. */
const DATE_FORMATS: Readonly<Record<TimeStyle, string>> = {
  date: "{date_short_pretty}",
  time: "{time}",
  datetime: "{date_short_pretty} {time}",
  relative: "{ago}",
};

/**
 * `<!date^UNIX^format|fallback>`: rendered in the reader's own time zone. The
 * fallback (shown by clients that cannot render the token, and in
 * notifications) is UTC, labelled as such, so it is never silently wrong.
 */
export function dateToken(at: Date, style: TimeStyle): string {
  const unix = Math.floor(at.getTime() / 1000);
  return `<!date^${unix}^${DATE_FORMATS[style]}|${escapeMrkdwn(utcFallback(at, style))}>`;
}

function utcFallback(at: Date, style: TimeStyle): string {
  const iso = at.toISOString();
  const date = iso.slice(0, 10);
  const time = `${iso.slice(11, 16)} UTC`;
  if (style === "date") return date;
  if (style === "time") return time;
  return `${date} ${time}`;
}

/**
 * `<url|label>`. The url is escaped like text (Slack itself sends `&amp;` in
 * links) and a `|` in it is percent-encoded, because the first `|` ends the
 * url. Without a label the url itself is shown (scheme dropped for reading):
 * Slack shows only the label, so a member-chosen label could hide where a
 * link goes.
 */
export function linkToken(url: string, label?: string): string {
  const target = escapeMrkdwn(url.replace(/\|/g, "%7C"));
  return `<${target}|${escapeMrkdwn(label ?? readableUrl(url))}>`;
}

/** "https://example.org/a/" → "example.org/a". */
export function readableUrl(url: string): string {
  return url.replace(/^https?:\/\//i, "").replace(/\/$/, "");
}

/** Joins atoms, cutting whole atoms and adding "…" when the result would exceed `limit` characters. */
export function fitAtoms(atoms: Atoms, limit: number): string {
  const whole = atoms.join("");
  if (whole.length <= limit) return whole;
  let out = "";
  for (const atom of atoms) {
    if (out.length + atom.length + ELLIPSIS.length > limit) break;
    out += atom;
  }
  return out + ELLIPSIS;
}

/** Cuts plain text (no escaping: for plain_text objects) to `limit` characters on a code point boundary. */
export function fitPlain(text: string, limit: number): string {
  return fitAtoms(Array.from(text), limit);
}
