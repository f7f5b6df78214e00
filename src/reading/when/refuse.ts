/**
 * How a feature uses the reader: a reading refused becomes the member's short private reply (the
 * reason, the part not understood, two examples in their language), so no feature guesses.
 */
import { UserError } from "../../core/errors.js";
import type { Locale, MessageKey, Translate } from "../../core/i18n/index.js";
import { readWhen } from "./read.js";
import type { ReadOptions, Reading, Refused, Understood, WhenKind } from "./types.js";
import "./strings.js";

/** The reading if understood; otherwise a user error saying why, naming the part, with two examples. */
export function understood(reading: Reading, t: Translate): Understood {
  if (reading.ok) return reading;
  throw new UserError("reading.when.refused", {
    problem: t(reading.messageKey as MessageKey, { part: reading.unread }),
    examples: t("reading.when.examples", { first: reading.examples[0], second: reading.examples[1] }),
  });
}

/** {@link readWhen}, refusing with a user error when the text is not understood. */
export function readOrRefuse(text: string, options: ReadOptions, t: Translate): Understood {
  return understood(readWhen(text, options), t);
}

/** The text of a refusal, for a place that lists problems rather than replying (a CSV line). */
export function refusalText(reading: Refused, t: Translate): string {
  return `${t(reading.messageKey as MessageKey, { part: reading.unread })} ${t("reading.when.examples", {
    first: reading.examples[0],
    second: reading.examples[1],
  })}`;
}

/** What a feature's handler knows that the reader needs: the zone, the clock, the member's language. */
export interface ReaderContext {
  readonly network: { readonly timeZone: string };
  readonly clock: { now(): Date };
  readonly locale: Locale;
  readonly t: Translate;
}

/** Reads `text` as `kind` for the member in `ctx`, refusing with a user error when not understood. */
export function readFor(ctx: ReaderContext, text: string, kind: WhenKind): Understood {
  return readOrRefuse(text, { now: ctx.clock.now(), zone: ctx.network.timeZone, locale: ctx.locale, kind }, ctx.t);
}

// The reader's first call compiles its patterns (about a tenth of a second): do it at start, not
// inside the first /shift add, which must answer within Discord's three seconds.
readWhen("Saturday 1 January 2028 10:00-13:00", {
  now: new Date(0),
  zone: "Europe/London",
  locale: "en",
  kind: "shift",
});
