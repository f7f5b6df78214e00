import { defineAction, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { formatList } from "../../core/i18n/index.js";
import type { Field, Inline } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import {
  findMember,
  findShift,
  findShiftById,
  ineligibility,
  requireFuture,
  storesOf,
  unlessRefused,
} from "./access.js";
import { shiftLine, timeOf } from "./card.js";
import { shiftCardsAfter } from "./cards.js";
import { withdrawCover } from "./cover.js";
import type { ShiftChange, StoredShift } from "./domain.js";
import type { ShiftReads } from "./store/reads.js";
import { editFromText, editOptions, numberFromText, numberOptions, removeFromText, removeOptions } from "./input.js";
import { proposeMove } from "./echo.js";
import { dmTo, translatorOf } from "./tell.js";
import { isoDay, parseWhen, spanText } from "./when.js";
import { DateTime } from "luxon";

const withdraw = defineSubcommand({
  name: "withdraw",
  descriptionKey: "shift.withdraw.description",
  usageKey: "shift.withdraw.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => withdrawCover(ctx, await findShift(ctx, input.number ?? 0)),
});

const coordinator = (ctx: Context): Inline => ({
  kind: "member",
  name: ctx.member.displayName,
  ref: ctx.memberRef,
});

/**
 * Cancels now: holders and waiting claimants are told by DM. The holders' DMs go out before the
 * answer, which says how many of them were reached; the claimants' follow it.
 */
async function cancelNow(ctx: Context, shift: StoredShift): Promise<{ text: string; claimantDms: Reply[] }> {
  const { shift: cancelled, claimants } = unlessRefused(
    await storesOf(ctx).changes.cancel(shift, ctx.member.id, ctx.clock.now()),
    shift.number,
  );
  let told = 0;
  for (const holder of cancelled.holders) {
    const t = await translatorOf(ctx, holder.memberId);
    const sent = await ctx.delivery.toMember(holder.memberId, {
      title: t("shift.cancel.to_holder_title", { number: shift.number, role: shift.role }),
      text: [
        coordinator(ctx),
        " ",
        t("shift.cancel.to_holder", { number: shift.number, role: shift.role }),
        " ",
        ...timeOf(shift),
        ...(shift.place ? [` · ${shift.place}`] : []),
      ],
      context: t("shift.cancel.to_holder_thanks"),
    });
    if (sent.via !== "none") told += 1;
  }
  const claimantDms = await Promise.all(
    claimants.map((id) => dmTo(ctx, id, (t) => ({ text: t("shift.cancel.to_claimant", { number: shift.number }) }))),
  );
  const text = ctx.t(cancelled.holders.length ? "shift.cancel.done_told" : "shift.cancel.done", {
    number: shift.number,
    role: shift.role,
    told,
    holders: cancelled.holders.length,
  });
  return { text, claimantDms };
}

const cancel = defineSubcommand({
  name: "cancel",
  descriptionKey: "shift.cancel.description",
  usageKey: "shift.cancel.usage",
  role: "coordinator",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => {
    const shift = await findShift(ctx, input.number ?? 0);
    requireFuture(ctx, shift);
    if (shift.holders.length === 0) {
      const { text, claimantDms } = await cancelNow(ctx, shift);
      return [reply.private(text), ...claimantDms, shiftCardsAfter(ctx, shift)];
    }
    return reply.private({
      text: [
        ctx.t("shift.cancel.confirm", { number: shift.number, role: shift.role, holders: shift.holders.length }),
        " ",
        ...timeOf(shift),
      ],
      context: formatList(
        ctx.locale,
        shift.holders.map((h) => h.name),
      ),
      actions: [
        { id: encodeCustomId("shift.cancel", shift.id), label: ctx.t("shift.button.cancel_yes"), style: "danger" },
        { id: encodeCustomId("shift.keep", shift.id), label: ctx.t("shift.button.cancel_keep") },
      ],
    });
  },
});

const confirmCancel = defineAction({
  name: "shift.cancel",
  role: "coordinator",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    requireFuture(ctx, shift);
    const { text, claimantDms } = await cancelNow(ctx, shift);
    return [reply.update({ text }), ...claimantDms, shiftCardsAfter(ctx, shift)];
  },
});

const keep = defineAction({
  name: "shift.keep",
  role: "coordinator",
  handle: async (ctx, id) => {
    const shift = await findShiftById(ctx, id);
    return reply.update({ text: ctx.t("shift.cancel.kept", { number: shift.number }) });
  },
});

/** The shift as the edit form's fields: "2026-04-04 10:00-13:00" in the network's zone. */
function formValues(shift: StoredShift, zone: string): Record<string, string> {
  const time = (at: Date) => DateTime.fromJSDate(at, { zone }).toFormat("HH:mm");
  return {
    when: `${isoDay(shift.startsAt, zone)} ${time(shift.startsAt)}-${time(shift.endsAt)}`,
    place: shift.place ?? "",
    capacity: String(shift.capacity),
  };
}

/** A place of "-" (or "none") clears it. */
const CLEAR = new Set(["-", "none"]);

const edit = defineSubcommand({
  name: "edit",
  descriptionKey: "shift.edit.description",
  usageKey: "shift.edit.usage",
  role: "coordinator",
  options: editOptions,
  form: { titleKey: "shift.edit.form_title", submitKey: "shift.edit.submit", argOption: "number" },
  fromText: editFromText,
  handle: async (ctx, input): Promise<Reply | Reply[]> => {
    const shift = await findShift(ctx, input.number ?? 0);
    requireFuture(ctx, shift);
    const zone = ctx.network.timeZone;
    if (input.when === undefined && input.place === undefined && input.capacity === undefined) {
      if (ctx.canOpenForms)
        return reply.form(ctx.formFor("shift", "edit", { arg: String(shift.number), values: formValues(shift, zone) }));
      throw new UserError("error.usage", { usage: ctx.t("shift.edit.usage", { command: ctx.commandText("shift") }) });
    }
    const now = ctx.clock.now();
    const target: ShiftTarget = {};
    if (input.when !== undefined) {
      const span = parseWhen(input.when, ctx);
      if (span.startsAt <= now) throw new UserError("shift.when.past", { when: spanText(span, zone, ctx.locale) });
      Object.assign(target, span);
    }
    if (input.place !== undefined) target.place = CLEAR.has(input.place.toLowerCase()) ? null : input.place;
    if (input.capacity !== undefined) target.capacity = input.capacity;
    const change = changeOf(shift, target);
    if (Object.keys(change).length === 0) return reply.private(ctx.t("shift.edit.unchanged", { number: shift.number }));
    // A move is echoed first (Save / Edit / Cancel): nothing changes until Save.
    if (change.startsAt !== undefined) {
      await checkChange(ctx, shift, change);
      return proposeMove(ctx, shift, change);
    }
    return applyChange(ctx, shift, change, "private");
  },
});

/** What an edit asks for: a new time, place or number of places (absent: as it is). */
export type ShiftTarget = { -readonly [K in keyof ShiftChange]: ShiftChange[K] };

/** The part of `target` that differs from `shift`: a time counts as changed when either end moves. */
export function changeOf(shift: StoredShift, target: ShiftChange): ShiftChange {
  const change: ShiftTarget = {};
  if (
    target.startsAt !== undefined &&
    target.endsAt !== undefined &&
    (target.startsAt.getTime() !== shift.startsAt.getTime() || target.endsAt.getTime() !== shift.endsAt.getTime())
  ) {
    change.startsAt = target.startsAt;
    change.endsAt = target.endsAt;
  }
  if (target.place !== undefined && target.place !== (shift.place ?? null)) change.place = target.place;
  if (target.capacity !== undefined && target.capacity !== shift.capacity) change.capacity = target.capacity;
  return change;
}

/**
 * What a change must pass with the shift as changed: no fewer places than holders and, when it
 * moves, each holder still able to take it at its new time, as at sign-up (checks valid until the
 * new end, no clash with their other shifts). Throws the member's words for why not.
 */
function holdersCheck(
  ctx: Context,
  shift: StoredShift,
  change: ShiftChange,
): (reads: ShiftReads, fresh: StoredShift) => Promise<void> {
  const zone = ctx.network.timeZone;
  return async (reads, fresh) => {
    if (fresh.holders.length > fresh.capacity)
      throw new UserError("shift.edit.capacity_below", {
        number: shift.number,
        holders: fresh.holders.length,
        capacity: fresh.capacity,
      });
    if (change.startsAt === undefined) return;
    for (const holder of fresh.holders) {
      const why = await ineligibility(reads, holder.memberId, fresh, zone, ctx.locale, [holder.assignmentId]);
      if (why?.key === "shift.why.overlap")
        throw new UserError("shift.edit.overlap", {
          number: shift.number,
          name: holder.name,
          other: why.params["other"] ?? "?",
        });
      if (why)
        throw new UserError("shift.edit.holder_ineligible", {
          number: shift.number,
          name: holder.name,
          why: ctx.t(why.key, why.params),
          command: ctx.commandText("shift"),
        });
    }
  };
}

/** A change's refusals, before its echo: its checks run in a transaction rolled back at the end. */
export async function checkChange(ctx: Context, shift: StoredShift, change: ShiftChange): Promise<void> {
  const check = holdersCheck(ctx, shift, change);
  try {
    const result = await storesOf(ctx).changes.edit(shift, change, ctx.member.id, ctx.clock.now(), async (r, f) => {
      await check(r, f);
      throw new DryRun();
    });
    unlessRefused(result, shift.number);
  } catch (error) {
    if (!(error instanceof DryRun)) throw error;
  }
}

/** Ends a trial change: everything it did is rolled back. */
class DryRun extends Error {}

/**
 * Makes a change to a shift not yet started and tells its holders. `answer` is how the coordinator
 * hears of it: a private reply to `/shift edit`, or the echo updated when its Save is pressed.
 */
export async function applyChange(
  ctx: Context,
  shift: StoredShift,
  change: ShiftChange,
  answer: "private" | "update",
): Promise<Reply | Reply[]> {
  const zone = ctx.network.timeZone;
  const now = ctx.clock.now();
  const edited = await storesOf(ctx).changes.edit(shift, change, ctx.member.id, now, holdersCheck(ctx, shift, change));
  const changed = unlessRefused(edited, shift.number);

  // The holders' DMs go out before the answer, which says how many of them were reached.
  const moved = change.startsAt !== undefined;
  const placed = change.place !== undefined;
  let told = 0;
  if (moved || placed) {
    for (const holder of changed.holders) {
      const t = await translatorOf(ctx, holder.memberId);
      const fields: Field[] = [];
      if (moved) {
        fields.push({ label: t("shift.edit.now"), value: timeOf(changed) });
        fields.push({ label: t("shift.edit.was"), value: timeOf(shift) });
      }
      if (placed) fields.push({ label: t("shift.card.place"), value: changed.place ?? t("shift.edit.no_place") });
      const sent = await ctx.delivery.toMember(holder.memberId, {
        title: t("shift.edit.to_holder_title", { number: shift.number, role: shift.role }),
        text: [coordinator(ctx), " ", t(moved ? "shift.edit.to_holder_moved" : "shift.edit.to_holder_place")],
        fields,
        ...(moved ? { context: t("shift.edit.to_holder_confirm") } : {}),
      });
      if (sent.via !== "none") told += 1;
    }
  }
  // A move echoes the reading, with its year, as /shift add does.
  const done = moved
    ? ctx.t("shift.edit.done_moved", { number: shift.number, when: spanText(changed, zone, ctx.locale) })
    : ctx.t("shift.edit.done", { number: shift.number });
  const tell = moved || placed ? ` ${ctx.t("shift.edit.told", { told, holders: changed.holders.length })}` : "";
  const message = { text: [done + tell, "\n", ...shiftLine(changed, ctx.t)] };
  const said = answer === "update" ? reply.update(message) : reply.private(message);
  return moved || placed ? [said, shiftCardsAfter(ctx, changed)] : said;
}

/** A coordinator takes a volunteer off a shift (a lapsed check, a no-show, their own request by phone). */
const remove = defineSubcommand({
  name: "remove",
  descriptionKey: "shift.remove.description",
  usageKey: "shift.remove.usage",
  role: "coordinator",
  options: removeOptions,
  fromText: removeFromText,
  handle: async (ctx, input): Promise<Reply | Reply[]> => {
    const shift = await findShift(ctx, input.number ?? 0);
    requireFuture(ctx, shift);
    const member = await findMember(ctx, input.member);
    const holder = shift.holders.find((h) => h.memberId === member.id);
    if (!holder) throw new UserError("shift.cover_for.not_on", { name: member.displayName, number: shift.number });
    const removed = unlessRefused(
      await storesOf(ctx).places.remove(shift, holder, ctx.member.id, ctx.clock.now()),
      shift.number,
    );

    // Sent here, not as a reply.dm: the coordinator's answer says whether it reached them.
    const t = await translatorOf(ctx, holder.memberId);
    const sent = await ctx.delivery.toMember(holder.memberId, {
      title: t("shift.remove.to_holder_title", { number: shift.number, role: shift.role }),
      text: [
        coordinator(ctx),
        " ",
        t("shift.remove.to_holder", { number: shift.number, role: shift.role }),
        " ",
        ...timeOf(shift),
      ],
      context: t("shift.remove.to_holder_thanks"),
    });
    const claimantDms = await Promise.all(
      removed.claimants.map((id) =>
        dmTo(ctx, id, (tc) => ({ text: tc("shift.remove.to_claimant", { number: shift.number }) })),
      ),
    );
    const fresh = await findShift(ctx, shift.number);
    const done = ctx.t(sent.via === "none" ? "shift.remove.done_untold" : "shift.remove.done", {
      name: holder.name,
      number: shift.number,
    });
    return [
      reply.private({ text: [done, "\n", ...shiftLine(fresh, ctx.t)] }),
      ...claimantDms,
      shiftCardsAfter(ctx, fresh),
    ];
  },
});

/** What changes a shift once made: withdraw a request, cancel, edit, take someone off. */
export const manageSubcommands = [withdraw, cancel, edit, remove];
/** Cancel's Yes / Keep it buttons. */
export const manageActions = [confirmCancel, keep];
