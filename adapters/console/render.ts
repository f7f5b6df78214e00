import { plainText, type Message, type RichText, type TimeStyle } from "../../src/core/message.js";

export interface TextStyle {
  /** BCP 47 tag for dates, e.g. "en-GB". */
  readonly locale: string;
  /** IANA zone the reader sees times in. */
  readonly timeZone: string;
  /** "now" for relative times; injected so output is testable. */
  readonly now: () => Date;
  /** How to press button n, in the reader's language. */
  readonly pressHint: (n: number) => string;
}

/** Renders a Message as terminal text: no colours, so it reads the same in a log. */
export function renderText(message: Message, style: TextStyle): string {
  const text = (value: RichText | undefined) => plainText(value, (at, kind) => formatTime(at, kind, style));
  const lines: string[] = [];
  if (message.title) lines.push(`▌ ${message.title}`);
  if (message.text !== undefined)
    lines.push(
      ...text(message.text)
        .split("\n")
        .map((l) => (message.title ? `▌ ${l}` : l)),
    );
  for (const field of message.fields ?? []) lines.push(`  ${field.label}: ${text(field.value)}`);
  for (const link of message.links ?? []) lines.push(`  → ${link.label ? `${link.label}: ` : ""}${link.url}`);
  if (message.context !== undefined) lines.push(`  ${text(message.context)}`);
  (message.actions ?? []).forEach((action, i) =>
    lines.push(`  [${i + 1}] ${action.label}   (${style.pressHint(i + 1)})`),
  );
  return lines.join("\n");
}

export function formatTime(at: Date, style: TimeStyle, { locale, timeZone, now }: TextStyle): string {
  if (style === "relative") {
    const minutes = Math.round((at.getTime() - now().getTime()) / 60_000);
    const rtf = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
    if (Math.abs(minutes) < 60) return rtf.format(minutes, "minute");
    if (Math.abs(minutes) < 60 * 24) return rtf.format(Math.round(minutes / 60), "hour");
    return rtf.format(Math.round(minutes / 1440), "day");
  }
  const options: Intl.DateTimeFormatOptions =
    style === "date"
      ? { dateStyle: "medium" }
      : style === "time"
        ? { timeStyle: "short" }
        : { dateStyle: "medium", timeStyle: "short" };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone }).format(at);
}
