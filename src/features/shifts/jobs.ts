import { z } from "zod";
import { encodeCustomId } from "../../core/custom-id.js";
import { translator, type Translate } from "../../core/i18n/index.js";
import { localeOf, tellCoordinators, translatorFor } from "../../core/people.js";
import { defineJob, type JobContext } from "../../scheduler/index.js";
import { eligibleForCover, storesOf } from "./access.js";
import { draftExpiryJob } from "./echo.js";
import { coverCard, memberInline, timeOf } from "./card.js";
import { UNCOVERED, type StoredShift } from "./domain.js";
import { COORDINATORS_JOB, ESCALATE_JOB, EXPIRY_JOB, REMIND_JOB } from "./schedule.js";
import { dayText } from "./when.js";

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** A job's reader's translator (English if they are gone meanwhile). */
const translatorOf = async (ctx: JobContext, memberId: string) =>
  (await translatorFor(ctx.db, memberId)) ?? translator("en");

/** " (delayed)" after a title, when the run started well after its time. */
export const delayed = (ctx: JobContext, t: (key: "job.delayed") => string) => (ctx.late ? ` ${t("job.delayed")}` : "");

/** The day before: "still coming?" to whoever holds the place now, with Yes / Can't make it. */
export const remindJob = defineJob({
  kind: REMIND_JOB,
  payload: z.object({ assignmentId: z.string().min(1), memberId: z.string().min(1) }),
  // Late by more than half a day, the shift is nearly on: the question no longer helps.
  graceMs: 12 * HOUR,
  run: async (ctx, { assignmentId, memberId }) => {
    const { rota } = storesOf(ctx);
    const place = await rota.place(assignmentId);
    if (!place || place.memberId !== memberId) return; // handed over since: the new holder has their own
    const shift = await rota.byId(place.shiftId);
    if (!shift || shift.status !== "open" || shift.startsAt <= ctx.clock.now()) return;
    const t = await translatorOf(ctx, memberId);
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

/** The request and its shift while the request is in one of `statuses` and the shift still ahead. */
export async function uncoveredCover(ctx: JobContext, coverId: string, statuses: readonly string[]) {
  const stores = storesOf(ctx);
  const cover = await stores.covers.byId(coverId);
  if (!cover || !statuses.includes(cover.status)) return undefined;
  const shift = await stores.rota.byId(cover.shiftId);
  if (!shift || shift.status !== "open" || shift.startsAt <= ctx.clock.now()) return undefined;
  return { cover, shift };
}

/**
 * Sends a still-open cover request by DM, with its Claim button, to every member who could take it
 * (checks valid on the day, no clash, not already on it), each in their language, titled by
 * `title`. Returns how many were sent, or undefined when the request is no longer open.
 */
export async function offerCover(
  ctx: JobContext,
  coverId: string,
  title: (t: Translate, shift: StoredShift) => string,
): Promise<number | undefined> {
  const found = await uncoveredCover(ctx, coverId, ["open"]);
  if (!found) return undefined;
  const { cover, shift } = found;
  const stores = storesOf(ctx);
  const network = await stores.people.networkOf(shift.networkId);
  if (!network) return undefined;
  const requester = await stores.people.nameOf(cover.requesterId);
  const eligible = await eligibleForCover(stores, shift, cover.requesterId, network);
  for (const memberId of eligible) {
    const t = await translatorOf(ctx, memberId);
    await ctx.delivery.toMember(
      memberId,
      coverCard(shift, cover, memberInline(requester), t, title(t, shift) + delayed(ctx, t)),
    );
  }
  return eligible.length;
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
    const sent = await offerCover(ctx, coverId, (t, shift) =>
      t("shift.escalate.title", { number: shift.number, role: shift.role, hours }),
    );
    if (sent !== undefined) ctx.log.info({ cover: coverId, hours, sent }, "cover request re-broadcast");
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
    const requester = await storesOf(ctx).people.nameOf(cover.requesterId);
    await tellCoordinators(ctx.db, ctx.delivery, shift.networkId, (t) => ({
      title: t("shift.uncovered.title", { number: shift.number, role: shift.role }) + delayed(ctx, t),
      text: [memberInline(requester), " ", t("shift.uncovered.text", { number: shift.number }), " ", ...timeOf(shift)],
    }));
  },
});

/** 60, 30 and 7 days before a check expires: the member and the coordinators are told. */
export const expiryJob = defineJob({
  kind: EXPIRY_JOB,
  payload: z.object({ checkId: z.string().min(1), days: z.number(), expiresAt: z.iso.datetime() }),
  graceMs: 3 * DAY,
  run: async (ctx, { checkId, days, expiresAt }) => {
    const stores = storesOf(ctx);
    const check = await stores.checks.byId(checkId);
    // Renewed (a new expiry) or revoked since: this warning is out of date.
    if (!check || check.status !== "valid" || check.expiresAt?.toISOString() !== expiresAt) return;
    const member = await stores.people.recipient(check.memberId);
    if (member.forgotten) return;
    const zone = member.timeZone ?? member.network.timeZone;
    const locale = localeOf(member, member.network);
    const t = translator(locale);
    await ctx.delivery.toMember(member.id, {
      text: t("shift.expiry.to_member", { kind: check.kind, date: dayText(check.expiresAt, zone, locale), days }),
    });
    await tellCoordinators(
      ctx.db,
      ctx.delivery,
      check.networkId,
      (tc, coordinatorLocale) => ({
        text: [
          tc("shift.expiry.to_coordinators", {
            kind: check.kind,
            date: dayText(check.expiresAt as Date, member.network.timeZone, coordinatorLocale),
            days,
          }),
          " ",
          memberInline(member.displayName),
        ],
      }),
      { except: member.id },
    );
  },
});

/** Every scheduled job of the rota. */
export const shiftJobs = [remindJob, escalateJob, coordinatorsJob, expiryJob, draftExpiryJob];
