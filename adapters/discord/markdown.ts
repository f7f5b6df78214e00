import type { Inline, MemberRef, RichText, TimeStyle } from "../../src/core/message.js";

/**
 * Discord's markdown, written by hand: members type text that must show as
 * they typed it, and only the adapter may add mentions, timestamps and links.
 */

/** Where a message goes, for deciding what can be mentioned there. */
export interface RenderTarget {
  /** The guild the message is read in; undefined when it is unknown. */
  readonly guildId: string | undefined;
}

const WEB_LINK = /(https?:\/\/[^\s<>]+)/;
/** Characters that start markdown anywhere in a line. `<` starts mentions, timestamps and emoji. */
const INLINE_MARKDOWN = /[\\*_~`|[\]<]/g;

/**
 * Escapes markdown so member text shows literally. Web links are left alone:
 * Discord links them before it reads markdown, and a backslash inside would
 * break the link. A backslash before any punctuation is removed by Discord,
 * so over-escaping is harmless; under-escaping lets `<@&role>`, `# heading`
 * or `[phishing](link)` through.
 */
export function escapeMarkdown(text: string): string {
  return text.split("\n").map(escapeLine).join("\n");
}

function escapeLine(line: string): string {
  const escaped = line
    .split(WEB_LINK)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(INLINE_MARKDOWN, "\\$&")))
    .join("");
  // Headings (#, and -# subtext), quotes and lists only start at the beginning of a line.
  return escaped.replace(/^(\s*)([#>-])/, "$1\\$2").replace(/^(\s*)(\d+)\./, "$1$2\\.");
}

const TIME_FORMAT: Readonly<Record<TimeStyle, string>> = {
  date: "D",
  time: "t",
  datetime: "f",
  relative: "R",
};

/** A timestamp each reader sees in their own zone and language: `<t:1774744200:f>`. */
export function timestamp(at: Date, style: TimeStyle): string {
  return `<t:${Math.floor(at.getTime() / 1000)}:${TIME_FORMAT[style]}>`;
}

/**
 * A masked link `[label](url)`. Without a label the link shows as its host
 * and path, which is shorter than the URL and still honest about where it goes.
 * Anything but http(s) is shown as text: Discord would not link it anyway.
 */
export function link(url: string, label?: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return escapeMarkdown(url);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return escapeMarkdown(url);
  const shown = label ?? `${parsed.host}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  // escapeMarkdown escapes a `]` that would end the label early; a `)` would end the target early.
  const target = parsed.href.replace(/[()]/g, (c) => (c === "(" ? "%28" : "%29"));
  return `[${escapeMarkdown(shown)}](${target})`;
}

/** A Discord user id: mentions of anything else would render as raw text. */
const SNOWFLAKE = /^\d{17,20}$/;

/**
 * `<@id>` when the member has a Discord account in the guild the message is
 * read in; their name otherwise (a Slack member seen from Discord).
 * Embeds never ping, so a mention here only shows who it is.
 */
export function member(name: string, ref: MemberRef | undefined, target: RenderTarget): string {
  if (ref && ref.platform === "discord" && ref.spaceExternalId === target.guildId && SNOWFLAKE.test(ref.externalId)) {
    return `<@${ref.externalId}>`;
  }
  return escapeMarkdown(name);
}

/** Rich text as Discord markdown: member text escaped, times, links and mentions made real. */
export function renderRichText(text: RichText, target: RenderTarget): string {
  if (typeof text === "string") return escapeMarkdown(text);
  return text.map((part) => renderInline(part, target)).join("");
}

function renderInline(part: Inline, target: RenderTarget): string {
  if (typeof part === "string") return escapeMarkdown(part);
  switch (part.kind) {
    case "time":
      return timestamp(part.at, part.style);
    case "link":
      return link(part.url, part.label);
    case "member":
      return member(part.name, part.ref, target);
  }
}

/**
 * Cuts text to `max` characters with an ellipsis, without leaving a lone
 * backslash at the end (it would escape the ellipsis).
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut}…`;
}
