import ical from "ical-generator";
import { encodeCustomId } from "../../core/custom-id.js";
import type { Translate } from "../../core/i18n/index.js";
import type { Action, Attachment, Field, Inline, Message, RichText } from "../../core/message.js";
import type { StoredShift } from "./domain.js";

/** A member shown by name only (no mention): in DMs and lists. */
export const memberInline = (name: string): Inline => ({ kind: "member", name });

/** The shift's time as inlines: each reader sees it in their own zone. */
export function timeOf(shift: StoredShift): Inline[] {
  return [
    { kind: "time", at: shift.startsAt, style: "datetime" },
    " – ",
    { kind: "time", at: shift.endsAt, style: "time" },
  ];
}

export const freePlaces = (shift: StoredShift) => shift.capacity - shift.holders.length;

/** "#3 Front desk · <time> · Town hall · 1 of 2 places free" */
export function shiftLine(shift: StoredShift, t: Translate): Inline[] {
  const line: Inline[] = [`#${shift.number} ${shift.role} · `, ...timeOf(shift)];
  if (shift.place) line.push(` · ${shift.place}`);
  const free = freePlaces(shift);
  line.push(` · ${free > 0 ? t("shift.places.free", { free, capacity: shift.capacity }) : t("shift.places.full")}`);
  if (shift.requiredChecks.length) line.push(` · ${t("shift.needs", { checks: shift.requiredChecks.join(", ") })}`);
  return line;
}

/** A list of shifts as one message's text. */
export function lines(shifts: readonly StoredShift[], t: Translate, extra?: (s: StoredShift) => Inline[]): Inline[] {
  return shifts.flatMap((s, i) => [...(i ? ["\n"] : []), ...shiftLine(s, t), ...(extra ? extra(s) : [])]);
}

export function signUpButton(shift: StoredShift, t: Translate): Action {
  return {
    id: encodeCustomId("shift.signup", shift.id),
    label: t("shift.button.signup", { number: shift.number }),
    style: "primary",
  };
}

/** Where a cover request stands, as its card shows it: only an open one has a Claim button. */
export type CoverState =
  | { readonly kind: "open" }
  | { readonly kind: "pending" | "covered"; readonly claimant: Inline }
  | { readonly kind: "withdrawn" | "cancelled" };

/**
 * A cover request's card: what, when, where — never the reason — and, while it is open, the Claim
 * button; once claimed, withdrawn or its shift cancelled, a line saying so instead.
 */
export function coverCard(
  shift: StoredShift,
  cover: { id: string },
  requester: Inline,
  t: Translate,
  title = t("shift.cover.title", { number: shift.number, role: shift.role }),
  state: CoverState = { kind: "open" },
): Message {
  const fields: Field[] = [{ label: t("shift.card.when"), value: timeOf(shift) }];
  if (shift.place) fields.push({ label: t("shift.card.place"), value: shift.place });
  if (shift.requiredChecks.length)
    fields.push({ label: t("shift.card.checks"), value: shift.requiredChecks.join(", ") });
  const params = { number: shift.number, role: shift.role };
  const text: RichText =
    state.kind === "open"
      ? t("shift.cover.text")
      : state.kind === "pending"
        ? [state.claimant, " ", t("shift.cover.claimed_pending", params)]
        : state.kind === "covered"
          ? [state.claimant, " ", t("shift.cover.covered", params)]
          : t(state.kind === "withdrawn" ? "shift.cover.state_withdrawn" : "shift.cover.state_cancelled", params);
  return {
    title,
    text,
    fields,
    context: [t("shift.cover.by"), " ", requester],
    ...(state.kind === "open"
      ? {
          actions: [
            { id: encodeCustomId("shift.claim", cover.id), label: t("shift.button.claim"), style: "primary" as const },
          ],
        }
      : {}),
  };
}

/** The member's shifts as an .ics file for their calendar. */
export function icsOf(shifts: readonly StoredShift[], networkName: string, stamp: Date): Attachment {
  const calendar = ical({ name: networkName, prodId: { company: "gather", product: "shifts" } });
  for (const shift of shifts) {
    calendar.createEvent({
      id: `shift-${shift.id}@gather`,
      start: shift.startsAt,
      end: shift.endsAt,
      stamp,
      summary: `${shift.role} (#${shift.number})`,
      ...(shift.place ? { location: shift.place } : {}),
    });
  }
  return { name: "my-shifts.ics", contentType: "text/calendar", content: calendar.toString() };
}
