import { mentionOf } from "../../src/core/mentions.js";

/**
 * Slash command text arrives in Slack's wire format, not as typed: `&`, `<`
 * and `>` come as `&amp;`, `&lt;`, `&gt;`, and links (and, when escaping is
 * on, mentions) come wrapped in angle brackets. The core must see what the
 * member meant, so this turns it back into plain text:
 *
 * - `<https://x|label>`, `<https://x>` → `https://x` (the target, not the label:
 *   Slack auto-links "example.org" as `<http://example.org|example.org>`, and
 *   a link list must keep the url)
 * - `<mailto:a@b.org|a@b.org>` → `a@b.org` (what the member typed)
 * - `<@U123|alice>`, `<@U123>` → `<@U123>`: the core's mention of an account (src/core/mentions.ts), so
 *   the member is found by their user id, never by the label. The label is the legacy handle Slack
 *   adds when commands escape (the manifest's `should_escape: true`), which need not be anyone's name.
 * - `<#C123|general>` → `#general`, `<!here>` → `@here`, `<!subteam^S1|@team>` → `@team`
 * - `&lt;` `&gt;` `&amp;` → `<` `>` `&` (last, so `&amp;lt;` stays `&lt;`)
 */
export function normaliseCommandText(text: string): string {
  return decodeEntities(text.replace(/<([^<>]*)>/g, (_whole, inner: string) => bracketed(inner)));
}

function bracketed(inner: string): string {
  const bar = inner.indexOf("|");
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? undefined : inner.slice(bar + 1);
  switch (target[0]) {
    case "@":
      return mentionOf(target.slice(1));
    case "#":
      return `#${label ?? target.slice(1)}`;
    case "!": {
      // Special mentions: <!here>, <!channel>, <!subteam^S123|@team>, <!date^…|fallback>.
      if (label) return label;
      const name = target.slice(1).split("^")[0] ?? "";
      return `@${name}`;
    }
    default:
      if (/^mailto:/i.test(target)) return label ?? target.slice("mailto:".length);
      return target;
  }
}

function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
