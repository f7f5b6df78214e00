/**
 * `/shift add` written as one sentence ("Market stall Saturday 10-1 at the Gillingham hub, 2
 * volunteers"): read by the shared reader into the role, the time, the place and the places.
 */
import type { Context } from "../../core/context.js";
import { UserError } from "../../core/errors.js";
import type { MessageKey } from "../../core/i18n/index.js";
import { readSentence } from "../../reading/sentence.js";
import type { Span } from "./when.js";

/** What a sentence gives a shift; the place and places only when written. */
export interface ShiftSentence {
  readonly role: string;
  readonly span: Span;
  readonly place?: string;
  readonly capacity?: number;
}

/** Reads `text` as one shift, or refuses naming the part not found, with the member's words around an example. */
export function shiftSentence(ctx: Context, text: string): ShiftSentence {
  const read = readSentence(text, {
    now: ctx.clock.now(),
    zone: ctx.network.timeZone,
    locale: ctx.locale,
    kind: "shift",
    sampleTitle: ctx.t("shift.sentence.sample_role"),
  });
  if (!read.ok) {
    const example = `${ctx.commandText("shift")} add ${read.example}`;
    if (read.missing === "title") throw new UserError("shift.sentence.no_role", { example });
    if (!read.refused) throw new UserError("shift.sentence.no_when", { example });
    const problem = ctx.t(read.refused.messageKey as MessageKey, { part: read.refused.unread });
    throw new UserError("shift.sentence.when_refused", { problem, example });
  }
  const end = read.reading.end ?? read.reading.start;
  return {
    role: read.title,
    span: { startsAt: read.reading.start.toJSDate(), endsAt: end.toJSDate() },
    ...(read.place ? { place: read.place } : {}),
    ...(read.places !== undefined ? { capacity: read.places } : {}),
  };
}
