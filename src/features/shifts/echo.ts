/**
 * The echo before a shift is made or moved, as meetings have it: exactly what was read (the day,
 * with its year, the times, the place and places) with Save, Edit and Cancel. Nothing is stored
 * in the rota until Save.
 *
 * What waits for Save is kept as the payload of a pending job whose run, a day later, forgets it:
 * the rota's tables never hold a half-made shift (lists, hours, figures and exports need not skip
 * drafts), and a draft survives a restart like every button. Save and Cancel take the job (one
 * conditional update), so pressing Save twice makes one shift.
 */
import { randomUUID } from "node:crypto";
import { DateTime } from "luxon";
import { z } from "zod";
import { defineAction } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import type { Action, Field, Message } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { defineJob, enqueue } from "../../scheduler/index.js";
import { findShiftById, requireFuture, storesOf } from "./access.js";
import { signUpButton, timeOf } from "./card.js";
import type { NewShift, ShiftChange, StoredShift } from "./domain.js";
import { applyChange, changeOf } from "./manage.js";
import { spanText, type Span } from "./when.js";

/** The job that holds a draft until Save, and forgets it when it runs. */
export const DRAFT_JOB = "shift.draft";
/** An unsaved draft is forgotten after this. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

const instant = z.string().datetime();
const addDraft = z.object({
  kind: z.literal("add"),
  createdById: z.string().min(1),
  spaceId: z.string().min(1),
  channelId: z.string().min(1),
  role: z.string().min(1),
  startsAt: instant,
  endsAt: instant,
  place: z.string().nullable(),
  capacity: z.number().int().min(1),
  requiredChecks: z.array(z.string()),
});
const moveDraft = z.object({
  kind: z.literal("move"),
  createdById: z.string().min(1),
  shiftId: z.string().min(1),
  startsAt: instant,
  endsAt: instant,
  place: z.string().nullable().optional(),
  capacity: z.number().int().min(1).optional(),
});
const draftSchema = z.discriminatedUnion("kind", [addDraft, moveDraft]);
type Draft = z.infer<typeof draftSchema>;

const keyOf = (id: string) => `${DRAFT_JOB}:${id}`;

/** Keeps `draft` until Save (or a day); the id its buttons carry. */
async function keep(ctx: Context, draft: Draft): Promise<string> {
  const id = randomUUID();
  await enqueue(ctx.db, {
    kind: DRAFT_JOB,
    dueAt: new Date(ctx.clock.now().getTime() + DRAFT_TTL_MS),
    payload: draft,
    dedupeKey: keyOf(id),
    networkId: ctx.network.id,
  });
  return id;
}

/**
 * The draft a button names, if still waiting; undefined when it was saved, cancelled or forgotten.
 * Another member's (or another network's) draft is an unknown button.
 */
async function find(ctx: Context, id: string): Promise<Draft | undefined> {
  const row = await ctx.db.job.findUnique({ where: { dedupeKey: keyOf(id) } });
  if (!row || row.kind !== DRAFT_JOB || row.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  if (row.status !== "pending") return undefined;
  const parsed = draftSchema.safeParse(JSON.parse(row.payload));
  if (!parsed.success) return undefined;
  if (parsed.data.createdById !== ctx.member.id) throw new UserError("error.unknown_action");
  return parsed.data;
}

/** Takes the draft for Save or Cancel: true for the one press that got it. Its payload is dropped. */
async function take(ctx: Context, id: string): Promise<boolean> {
  const { count } = await ctx.db.job.updateMany({
    where: { dedupeKey: keyOf(id), status: "pending" },
    data: { status: "cancelled", payload: "{}", leaseExpiresAt: null, finishedAt: ctx.clock.now() },
  });
  return count === 1;
}

/** Undoes {@link take} after a refused Save, so the member can fix things and press Save again. */
async function giveBack(ctx: Context, id: string, draft: Draft): Promise<void> {
  await ctx.db.job.updateMany({
    where: { dedupeKey: keyOf(id), status: "cancelled" },
    data: { status: "pending", payload: JSON.stringify(draft), finishedAt: null },
  });
}

/** A day later, an unsaved draft is forgotten: its payload dropped, so no copy of it stays. */
export const draftExpiryJob = defineJob({
  kind: DRAFT_JOB,
  payload: draftSchema,
  maxAttempts: 3,
  run: async (ctx) => {
    await ctx.db.job.updateMany({ where: { id: ctx.job.id }, data: { payload: "{}" } });
  },
});

const spanOf = (draft: Draft): Span => ({ startsAt: new Date(draft.startsAt), endsAt: new Date(draft.endsAt) });
const when = (ctx: Context, span: Span) =>
  ctx.t("shift.echo.when", {
    when: spanText(span, ctx.network.timeZone, ctx.locale),
    zone: ctx.network.timeZone,
  });

function buttons(ctx: Context, id: string): Action[] {
  return [
    { id: encodeCustomId("shift.draft-save", id), label: ctx.t("shift.button.save"), style: "primary" },
    { id: encodeCustomId("shift.draft-edit", id), label: ctx.t("shift.button.edit_draft") },
    { id: encodeCustomId("shift.draft-cancel", id), label: ctx.t("shift.button.discard") },
  ];
}

/** `/shift add`, read: the echo with Save / Edit / Cancel; nothing in the rota yet. */
export async function proposeAdd(ctx: Context, shift: NewShift): Promise<Reply> {
  const id = await keep(ctx, {
    kind: "add",
    createdById: ctx.member.id,
    spaceId: ctx.space.id,
    channelId: ctx.channelId,
    role: shift.role,
    startsAt: shift.startsAt.toISOString(),
    endsAt: shift.endsAt.toISOString(),
    place: shift.place ?? null,
    capacity: shift.capacity,
    requiredChecks: [...shift.requiredChecks],
  });
  const fields: Field[] = [];
  if (shift.place) fields.push({ label: ctx.t("shift.card.place"), value: shift.place });
  fields.push({ label: ctx.t("shift.opt.capacity"), value: String(shift.capacity) });
  if (shift.requiredChecks.length)
    fields.push({ label: ctx.t("shift.card.checks"), value: shift.requiredChecks.join(", ") });
  const message: Message = {
    title: ctx.t("shift.echo.title", { role: shift.role }),
    text: when(ctx, shift),
    fields,
    context: ctx.t("shift.echo.hint"),
    actions: buttons(ctx, id),
  };
  return reply.private(message);
}

/** `/shift edit` with a new time: the echo of the move; the shift and its holders are untouched until Save. */
export async function proposeMove(ctx: Context, shift: StoredShift, change: ShiftChange): Promise<Reply> {
  const startsAt = change.startsAt ?? shift.startsAt;
  const endsAt = change.endsAt ?? shift.endsAt;
  const id = await keep(ctx, {
    kind: "move",
    createdById: ctx.member.id,
    shiftId: shift.id,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    ...(change.place !== undefined ? { place: change.place } : {}),
    ...(change.capacity !== undefined ? { capacity: change.capacity } : {}),
  });
  const fields: Field[] = [{ label: ctx.t("shift.edit.was"), value: timeOf(shift) }];
  if (change.place !== undefined)
    fields.push({ label: ctx.t("shift.card.place"), value: change.place ?? ctx.t("shift.edit.no_place") });
  if (change.capacity !== undefined)
    fields.push({ label: ctx.t("shift.opt.capacity"), value: String(change.capacity) });
  return reply.private({
    title: ctx.t("shift.echo.move_title", { number: shift.number, role: shift.role }),
    text: when(ctx, { startsAt, endsAt }),
    fields,
    context: ctx.t(shift.holders.length ? "shift.echo.move_hint_holders" : "shift.echo.hint"),
    actions: buttons(ctx, id),
  });
}

const gone = (ctx: Context) => reply.update({ text: ctx.t("shift.echo.gone") });

/** Save: the draft becomes shift #n (or the move is made, and the holders told). */
const save = defineAction({
  name: "shift.draft-save",
  role: "coordinator",
  handle: async (ctx, id) => {
    const draft = await find(ctx, id);
    if (!draft) return gone(ctx);
    const span = spanOf(draft);
    if (span.startsAt <= ctx.clock.now()) {
      await take(ctx, id);
      throw new UserError("shift.echo.too_late");
    }
    if (draft.kind === "move") {
      const shift = await findShiftById(ctx, draft.shiftId);
      requireFuture(ctx, shift);
      const change = changeOf(shift, {
        ...span,
        ...(draft.place !== undefined ? { place: draft.place } : {}),
        ...(draft.capacity !== undefined ? { capacity: draft.capacity } : {}),
      });
      if (!(await take(ctx, id))) return gone(ctx);
      if (Object.keys(change).length === 0)
        return reply.update({ text: ctx.t("shift.edit.unchanged", { number: shift.number }) });
      try {
        return await applyChange(ctx, shift, change, "update");
      } catch (error) {
        // Refused now (a holder took another shift at that time meanwhile…): the echo still works.
        if (error instanceof UserError) await giveBack(ctx, id, draft);
        throw error;
      }
    }
    if (!(await take(ctx, id))) return gone(ctx);
    const [shift] = (await storesOf(ctx).rota.create(
      { networkId: ctx.network.id, createdById: ctx.member.id, spaceId: draft.spaceId, channelId: draft.channelId },
      [
        {
          ...span,
          role: draft.role,
          place: draft.place ?? undefined,
          capacity: draft.capacity,
          requiredChecks: draft.requiredChecks,
        },
      ],
      ctx.clock.now(),
    )) as [StoredShift];
    return reply.update({
      text: ctx.t("shift.add.done", {
        number: shift.number,
        role: shift.role,
        when: spanText(span, ctx.network.timeZone, ctx.locale),
        zone: ctx.network.timeZone,
      }),
      actions: [signUpButton(shift, ctx.t)],
    });
  },
});

/** "2026-04-04 10:00-13:00" in the network's zone: what the date reader reads back exactly. */
function whenValue(span: Span, zone: string): string {
  const start = DateTime.fromJSDate(span.startsAt, { zone });
  const end = DateTime.fromJSDate(span.endsAt, { zone });
  return `${start.toISODate() ?? ""} ${start.toFormat("HH:mm")}-${end.toFormat("HH:mm")}`;
}

/**
 * Edit: the form again, filled with what was read, where forms open; elsewhere the command to
 * send again, written out. The draft stays until Save, Cancel or the day is over.
 */
const editDraft = defineAction({
  name: "shift.draft-edit",
  role: "coordinator",
  handle: async (ctx, id) => {
    const draft = await find(ctx, id);
    if (!draft) return gone(ctx);
    const time = whenValue(spanOf(draft), ctx.network.timeZone);
    const command = ctx.commandText("shift");
    if (draft.kind === "add") {
      const values = {
        role: draft.role,
        when: time,
        place: draft.place ?? "",
        capacity: String(draft.capacity),
        checks: draft.requiredChecks.join(" "),
      };
      if (ctx.canOpenForms) return reply.form(ctx.formFor("shift", "add", { values }));
      const parts = [values.role, values.when, values.place, values.capacity, values.checks];
      while (parts[parts.length - 1] === "") parts.pop();
      return reply.private(ctx.t("shift.echo.retype", { command: `${command} add ${parts.join(" | ")}` }));
    }
    const shift = await findShiftById(ctx, draft.shiftId);
    const values: Record<string, string> = { when: time };
    if (draft.place !== undefined) values.place = draft.place ?? "-";
    if (draft.capacity !== undefined) values.capacity = String(draft.capacity);
    if (ctx.canOpenForms) return reply.form(ctx.formFor("shift", "edit", { arg: String(shift.number), values }));
    const named = Object.entries(values).map(([key, value]) => `${key}: ${value}`);
    return reply.private(
      ctx.t("shift.echo.retype", { command: `${command} edit ${shift.number} | ${named.join(" | ")}` }),
    );
  },
});

/** Cancel: nothing is kept. */
const cancelDraft = defineAction({
  name: "shift.draft-cancel",
  role: "coordinator",
  handle: async (ctx, id) => {
    await find(ctx, id);
    await take(ctx, id);
    return reply.update({ text: ctx.t("shift.echo.discarded") });
  },
});

export const echoActions = [save, editDraft, cancelDraft];
