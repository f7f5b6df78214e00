import { z } from "zod";
import { encodeCustomId } from "../../core/custom-id.js";
import { matchLocale } from "../../core/i18n/index.js";
import { defineJob, type JobContext } from "../../scheduler/index.js";
import { ineligibility } from "./access.js";
import { coverCard, timeOf } from "./card.js";
import { memberInline, tellCoordinators, translatorOf } from "./cover.js";
import { COORDINATORS_JOB, ESCALATE_JOB, EXPIRY_JOB, REMIND_JOB } from "./schedule.js";
import { ShiftStore, UNCOVERED } from "./store.js";
import { dayText } from "./when.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

const delayed = (ctx: JobContext, t: (key: "job.delayed") => string) => (ctx.late ? ` ${t("job.delayed")}` : "");

/** The day before: "still coming?" to whoever holds the place now, with Yes / Can't make it. */
export const remindJob = defineJob({
  kind: REMIND_JOB,
  payload: z.object({ assignmentId: z.string().min(1), memberId: z.string().min(1) }),
  // Late by more than half a day, the shift is nearly on: the question no longer helps.
  graceMs: 12 * HOUR,
  run: async (ctx, { assignmentId, memberId }) => {
    const place = await ctx.db.shiftAssignment.findUnique({ where: { id: assignmentId } });
    if (!place || place.memberId !== memberId) return; // handed over since: the new holder has their own
    const shift = await new ShiftStore(ctx.db).byId(place.shiftId);
    if (!shift || shift.status !== "open" || shift.startsAt <= ctx.clock.now()) return;
    const t = await translatorOf(ctx.db, memberId);
    await ctx.delivery.toMember(memberId, {
      title: t("shift.remind.title", { number: shift.number, role: shift.role }) + delayed(ctx, t),
      text: [t("shift.remind.text"), " ", ...timeOf(shift), ...(shift.place ? [` · ${shift.place}`] : [])],
      actions: [
        { id: encodeCustomId("shift.coming", shift.id), label: t("shift.button.yes"), style: "primary" },
        { id: encodeCustomId("shift.cant", shift.id), label: t("shift.button.cant") },
      ],
    });
  },
});

async function uncoveredCover(ctx: JobContext, coverId: string, statuses: readonly string[]) {
  const cover = await ctx.db.coverRequest.findUnique({ where: { id: coverId } });
  if (!cover || !statuses.includes(cover.status)) return undefined;
  const shift = await new ShiftStore(ctx.db).byId(cover.shiftId);
  if (!shift || shift.status !== "open" || shift.startsAt <= ctx.clock.now()) return undefined;
  return { cover, shift };
}

/**
 * Still uncovered 72, 24 or 4 hours before: the request goes by DM to every member who could
 * take it (checks valid on the day, no clash, not already on it), with its Claim button.
 */
export const escalateJob = defineJob({
  kind: ESCALATE_JOB,
  payload: z.object({ coverId: z.string().min(1), hours: z.number() }),
  graceMs: 2 * HOUR,
  run: async (ctx, { coverId, hours }) => {
    const found = await uncoveredCover(ctx, coverId, ["open"]);
    if (!found) return;
    const { cover, shift } = found;
    const network = await ctx.db.network.findUniqueOrThrow({ where: { id: shift.networkId } });
    const requester = await ctx.db.member.findUnique({ where: { id: cover.requesterId } });
    const members = await ctx.db.member.findMany({
      where: { networkId: shift.networkId, forgottenAt: null, id: { not: cover.requesterId } },
    });
    let sent = 0;
    for (const member of members) {
      const why = await ineligibility(ctx.db, member.id, shift, network.timeZone, network.locale);
      if (why) continue;
      const t = await translatorOf(ctx.db, member.id);
      const title = t("shift.escalate.title", { number: shift.number, role: shift.role, hours }) + delayed(ctx, t);
      await ctx.delivery.toMember(
        member.id,
        coverCard(shift, cover, memberInline(requester?.displayName ?? "?"), t, title),
      );
      sent += 1;
    }
    ctx.log.info({ cover: cover.id, hours, sent }, "cover request re-broadcast");
  },
});

/** Nobody claimed after the last re-broadcast: each coordinator is told directly. */
export const coordinatorsJob = defineJob({
  kind: COORDINATORS_JOB,
  payload: z.object({ coverId: z.string().min(1) }),
  graceMs: 2 * HOUR,
  run: async (ctx, { coverId }) => {
    const found = await uncoveredCover(ctx, coverId, UNCOVERED);
    if (!found) return;
    const { cover, shift } = found;
    const requester = await ctx.db.member.findUnique({ where: { id: cover.requesterId } });
    await tellCoordinators(ctx.db, ctx.delivery, shift.networkId, (t) => ({
      title: t("shift.uncovered.title", { number: shift.number, role: shift.role }) + delayed(ctx, t),
      text: [
        memberInline(requester?.displayName ?? "?"),
        " ",
        t("shift.uncovered.text", { number: shift.number }),
        " ",
        ...timeOf(shift),
      ],
    }));
  },
});

/** 60, 30 and 7 days before a check expires: the member and the coordinators are told. */
export const expiryJob = defineJob({
  kind: EXPIRY_JOB,
  payload: z.object({ checkId: z.string().min(1), days: z.number(), expiresAt: z.iso.datetime() }),
  graceMs: 3 * DAY,
  run: async (ctx, { checkId, days, expiresAt }) => {
    const check = await ctx.db.memberCheck.findUnique({ where: { id: checkId } });
    // Renewed (a new expiry) or revoked since: this warning is out of date.
    if (!check || check.status !== "valid" || check.expiresAt?.toISOString() !== expiresAt) return;
    const member = await ctx.db.member.findUniqueOrThrow({ where: { id: check.memberId }, include: { network: true } });
    if (member.forgottenAt) return;
    const zone = member.timeZone ?? member.network.timeZone;
    const t = await translatorOf(ctx.db, member.id);
    const locale = matchLocale(member.locale) ?? matchLocale(member.network.locale) ?? "en";
    await ctx.delivery.toMember(member.id, {
      text: t("shift.expiry.to_member", { kind: check.kind, date: dayText(check.expiresAt, zone, locale), days }),
    });
    await tellCoordinators(
      ctx.db,
      ctx.delivery,
      check.networkId,
      (tc) => ({
        text: [
          tc("shift.expiry.to_coordinators", {
            kind: check.kind,
            date: dayText(check.expiresAt as Date, member.network.timeZone, locale),
            days,
          }),
          " ",
          memberInline(member.displayName),
        ],
      }),
      member.id,
    );
  },
});

export const shiftJobs = [remindJob, escalateJob, coordinatorsJob, expiryJob];
