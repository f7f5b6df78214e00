/**
 * Finding open cover: the marks `/shift list` puts on shifts someone needs covered, `/shift open`
 * (the requests a member can take, with Claim buttons; every open one for a coordinator), and
 * the offer a new request makes at once to every volunteer who could take it.
 */
import { z } from "zod";
import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import type { Translate } from "../../core/i18n/index.js";
import { CoreLimits } from "../../core/limits.js";
import type { Action, Inline } from "../../core/message.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { defineJob } from "../../scheduler/index.js";
import { ineligibility, storesOf } from "./access.js";
import { memberInline, timeOf } from "./card.js";
import type { StoredShift, UncoveredCover } from "./domain.js";
import { ShiftLimits } from "./input.js";
import { offerCover } from "./jobs.js";
import { OFFER_JOB } from "./schedule.js";

/** A Claim button for one request, named by its shift's number (a list holds several). */
const claimButton = (cover: { id: string }, number: number, t: Translate): Action => ({
  id: encodeCustomId("shift.claim", cover.id),
  label: t("shift.open.button", { number }),
  style: "primary",
});

/** What `/shift list` adds for shifts with open cover requests: a mark on the line, Claim buttons, a hint. */
export interface CoverMarks {
  /** " · cover needed: 1 place to claim" for a shift with open requests, else nothing. */
  readonly mark: (shift: StoredShift) => Inline[];
  /** One Claim button per listed shift the member could claim on (not their own request, not on it already). */
  readonly actions: Action[];
  /** A line for the list's footer when any shift is marked. */
  readonly hint?: string;
}

/**
 * The cover marks for the shifts of a list. A shift's holder who asked for cover keeps the place
 * until a claim wins, so such a shift counts as full; the mark says a place can still be had.
 * The button is for the earliest request of the shift: any claim frees one holder.
 */
export async function coverMarks(ctx: Context, shifts: readonly StoredShift[]): Promise<CoverMarks> {
  if (shifts.length === 0) return { mark: () => [], actions: [] };
  const open = await storesOf(ctx).covers.open(ctx.network.id, ctx.clock.now());
  const byShift = new Map<string, UncoveredCover[]>();
  for (const cover of open) byShift.set(cover.shiftId, [...(byShift.get(cover.shiftId) ?? []), cover]);
  const listed = shifts.filter((s) => byShift.has(s.id));
  if (listed.length === 0) return { mark: () => [], actions: [] };
  const actions = listed.flatMap((shift) => {
    if (shift.holders.some((h) => h.memberId === ctx.member.id)) return [];
    const first = (byShift.get(shift.id) ?? []).find((c) => c.requesterId !== ctx.member.id);
    return first ? [claimButton(first, shift.number, ctx.t)] : [];
  });
  return {
    mark: (shift) => {
      const count = byShift.get(shift.id)?.length ?? 0;
      return count ? [` · ${ctx.t("shift.list.cover_open", { count })}`] : [];
    },
    actions,
    hint: ctx.t("shift.list.cover_hint", { command: ctx.commandText("shift") }),
  };
}

/** "#3 Front desk · <time> · Town hall · cover for: Alice" */
function requestLine(shift: StoredShift, requester: string, t: Translate): Inline[] {
  return [
    `#${shift.number} ${shift.role} · `,
    ...timeOf(shift),
    ...(shift.place ? [` · ${shift.place}`] : []),
    ` · ${t("shift.open.for")} `,
    memberInline(requester),
  ];
}

/**
 * `/shift open`: the open cover requests the member could claim — not their own, every required
 * check valid on the day, no clash, not on the shift already: the claim's own rules — soonest
 * first, each with a Claim button. `/shift open all`, for coordinators: every open request, with
 * buttons only on those they could take themselves.
 */
export const openCoverList = defineSubcommand({
  name: "open",
  descriptionKey: "shift.open.description",
  usageKey: "shift.open.usage",
  options: {
    scope: opt.optionalString({
      label: "shift.opt.open_scope",
      description: "shift.opt.open_scope.description",
      max: 10,
    }),
  },
  handle: async (ctx, input) => {
    const all = input.scope !== undefined;
    if (all && input.scope?.toLowerCase() !== "all")
      throw new UserError("error.usage", { usage: ctx.t("shift.open.usage", { command: ctx.commandText("shift") }) });
    if (all && !hasRole(ctx.member.role, "coordinator"))
      throw new UserError("error.role_required", { role: ctx.t("role.coordinator") });
    const stores = storesOf(ctx);
    const rows: { shift: StoredShift; cover: UncoveredCover; claimable: boolean }[] = [];
    for (const cover of await stores.covers.open(ctx.network.id, ctx.clock.now())) {
      const shift = await stores.rota.byId(cover.shiftId);
      if (!shift) continue;
      const claimable =
        cover.requesterId !== ctx.member.id &&
        !(await ineligibility(stores.rota, ctx.member.id, shift, ctx.timeZone, ctx.locale));
      if (claimable || all) rows.push({ shift, cover, claimable });
    }
    const title = ctx.t(all ? "shift.open.all_title" : "shift.open.title");
    if (rows.length === 0)
      return reply.private({ title, text: ctx.t(all ? "shift.open.all_empty" : "shift.open.empty") });
    const shown = rows.slice(0, ShiftLimits.pageSize);
    const names = await stores.people.namesOf([...new Set(shown.map((r) => r.cover.requesterId))]);
    const text: Inline[] = shown.flatMap((r, i) => [
      ...(i ? ["\n"] : []),
      ...requestLine(r.shift, names.get(r.cover.requesterId) ?? "?", ctx.t),
    ]);
    if (rows.length > shown.length) text.push(`\n${ctx.t("shift.open.more", { count: rows.length - shown.length })}`);
    const actions = shown
      .filter((r) => r.claimable)
      .slice(0, CoreLimits.actions)
      .map((r) => claimButton(r.cover, r.shift.number, ctx.t));
    return reply.private({
      title,
      text,
      context: ctx.t(all ? "shift.open.all_footer" : "shift.open.footer"),
      ...(actions.length ? { actions } : {}),
    });
  },
});

/**
 * A new cover request, offered at once by DM to every member who could take it (the same people
 * the timed re-sends go to), with its Claim button. Planned in the request's own transaction and
 * sent through the jobs' exactly-once delivery, so a restart neither loses nor repeats it. Late
 * (the process was down), it says so; over two hours late it is skipped like a re-send (the
 * coordinators hear that it was), and the timed re-sends still follow.
 */
export const offerJob = defineJob({
  kind: OFFER_JOB,
  payload: z.object({ coverId: z.string().min(1) }),
  graceMs: 2 * 3600 * 1000,
  run: async (ctx, { coverId }) => {
    const sent = await offerCover(ctx, coverId, (t, shift) =>
      t("shift.offer.title", { number: shift.number, role: shift.role }),
    );
    if (sent !== undefined) ctx.log.info({ cover: coverId, sent }, "cover request offered");
  },
});
