import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { UserError } from "../../core/errors.js";
import { CoreLimits } from "../../core/limits.js";
import type { Action } from "../../core/message.js";
import { reply } from "../../core/reply.js";
import { findMember, findShift, requireEligible, requireFuture, storesOf, unlessRefused } from "./access.js";
import { freePlaces, icsOf, lines, signUpButton } from "./card.js";
import { check, checks } from "./checks.js";
import { askForCover } from "./cover.js";
import { checkKinds, readShiftsCsv, templateCsv } from "./csv.js";
import type { StoredShift } from "./domain.js";
import {
  ShiftLimits,
  addFromText,
  addOptions,
  coverForFromText,
  coverForOptions,
  coverFromText,
  coverOptions,
  importOptions,
  numberFromText,
  numberOptions,
} from "./input.js";
import { proposeAdd } from "./echo.js";
import { shiftSentence } from "./sentence.js";
import { manageSubcommands } from "./manage.js";
import { coverMarks, openCoverList } from "./open-cover.js";
import { atRisk, hours } from "./overview.js";
import { swap } from "./swaps.js";
import { parseWhen, spanText } from "./when.js";

const add = defineSubcommand({
  name: "add",
  descriptionKey: "shift.add.description",
  usageKey: "shift.add.usage",
  role: "coordinator",
  options: addOptions,
  form: { titleKey: "shift.add.form_title", submitKey: "shift.add.submit" },
  fromText: addFromText,
  handle: async (ctx, input) => {
    const now = ctx.clock.now();
    // No time given apart: the role field holds one sentence with all of it.
    const read =
      input.when === undefined
        ? shiftSentence(ctx, input.role)
        : { role: input.role, span: parseWhen(input.when, ctx), place: undefined, capacity: undefined };
    if (read.role.length > ShiftLimits.role)
      throw new UserError("error.option_too_long", { option: ctx.t("shift.opt.role"), max: ShiftLimits.role });
    if (read.capacity !== undefined && (read.capacity < 1 || read.capacity > ShiftLimits.capacity))
      throw new UserError("error.option_range", {
        option: ctx.t("shift.opt.capacity"),
        min: 1,
        max: ShiftLimits.capacity,
      });
    if (read.place !== undefined && read.place.length > ShiftLimits.place)
      throw new UserError("error.option_too_long", { option: ctx.t("shift.opt.place"), max: ShiftLimits.place });
    const span = read.span;
    if (span.startsAt <= now)
      throw new UserError("shift.when.past", { when: spanText(span, ctx.network.timeZone, ctx.locale) });
    const checks = checkKinds(input.checks);
    if (typeof checks === "string") throw new UserError("shift.checks.invalid", { kind: checks });
    return proposeAdd(ctx, {
      role: read.role,
      ...span,
      place: input.place ?? read.place,
      capacity: input.capacity ?? read.capacity ?? 1,
      requiredChecks: checks,
    });
  },
});

const importShifts = defineSubcommand({
  name: "import",
  descriptionKey: "shift.import.description",
  usageKey: "shift.import.usage",
  role: "coordinator",
  options: importOptions,
  form: { titleKey: "shift.import.form_title", submitKey: "shift.import.submit" },
  handle: async (ctx, input) => {
    const now = ctx.clock.now();
    const { shifts, errors } = readShiftsCsv(input.csv, ctx.network.timeZone, now, ctx.t, ctx.locale);
    if (errors.length) {
      return reply.private({
        title: ctx.t("shift.import.failed", { count: errors.length }),
        text:
          errors.slice(0, 20).join("\n") +
          (errors.length > 20 ? `\n${ctx.t("shift.import.more", { count: errors.length - 20 })}` : ""),
        context: ctx.t("shift.import.nothing_saved"),
      });
    }
    const created = await storesOf(ctx).rota.create(
      { networkId: ctx.network.id, createdById: ctx.member.id, spaceId: ctx.space.id, channelId: ctx.channelId },
      shifts,
      now,
    );
    const first = created[0]?.number ?? 0;
    const last = created[created.length - 1]?.number ?? 0;
    return reply.private({
      title: ctx.t("shift.import.done", { count: created.length, first, last }),
      text: lines(created.slice(0, ShiftLimits.pageSize), ctx.t),
      context: ctx.t("shift.import.zone", { zone: ctx.network.timeZone }),
    });
  },
});

const template = defineSubcommand({
  name: "template",
  descriptionKey: "shift.template.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) =>
    reply.private({
      text: ctx.t("shift.template.text", { command: ctx.commandText("shift"), zone: ctx.network.timeZone }),
      files: [{ name: "shifts-template.csv", contentType: "text/csv", content: templateCsv() }],
    }),
});

const list = defineSubcommand({
  name: "list",
  descriptionKey: "shift.list.description",
  options: {},
  handle: async (ctx) => {
    const shifts = await storesOf(ctx).rota.upcoming(ctx.network.id, ctx.clock.now(), ShiftLimits.pageSize);
    if (shifts.length === 0)
      return reply.private({ title: ctx.t("shift.list.title"), text: ctx.t("shift.list.empty") });
    const marks = await coverMarks(ctx, shifts);
    const actions: Action[] = [
      ...shifts
        .filter((s) => freePlaces(s) > 0 && !s.holders.some((h) => h.memberId === ctx.member.id))
        .map((s) => signUpButton(s, ctx.t)),
      ...marks.actions,
    ].slice(0, CoreLimits.actions);
    return reply.private({
      title: ctx.t("shift.list.title"),
      text: lines(shifts, ctx.t, (s) => [
        ...(s.holders.some((h) => h.memberId === ctx.member.id) ? [` · ${ctx.t("shift.list.yours")}`] : []),
        ...marks.mark(s),
      ]),
      context: [
        ctx.t("shift.list.footer", { command: ctx.commandText("shift") }),
        ...(marks.hint ? [marks.hint] : []),
      ].join(" "),
      ...(actions.length ? { actions } : {}),
    });
  },
});

/** Takes a free place: by number here, by the Sign up button in actions.ts. */
export async function signUp(ctx: Context, shift: StoredShift) {
  requireFuture(ctx, shift);
  if (shift.holders.some((h) => h.memberId === ctx.member.id))
    throw new UserError("shift.already_on", { number: shift.number });
  if (freePlaces(shift) <= 0) throw new UserError("shift.full", { number: shift.number });
  await requireEligible(ctx, shift);
  unlessRefused(await storesOf(ctx).places.signUp(shift, ctx.member.id, ctx.clock.now()), shift.number);
  return reply.private({
    text: [
      ctx.t("shift.signup.done", { number: shift.number, role: shift.role }),
      " ",
      { kind: "time", at: shift.startsAt, style: "datetime" },
    ],
  });
}

const signup = defineSubcommand({
  name: "signup",
  descriptionKey: "shift.signup.description",
  usageKey: "shift.signup.usage",
  options: numberOptions,
  fromText: numberFromText,
  handle: async (ctx, input) => signUp(ctx, await findShift(ctx, input.number ?? 0)),
});

const mine = defineSubcommand({
  name: "mine",
  descriptionKey: "shift.mine.description",
  options: {},
  handle: async (ctx) => {
    const shifts = await storesOf(ctx).rota.mine(ctx.network.id, ctx.member.id, ctx.clock.now());
    if (shifts.length === 0)
      return reply.private({
        title: ctx.t("shift.mine.title"),
        text: ctx.t("shift.mine.empty", { command: ctx.commandText("shift") }),
      });
    const actions = shifts
      .filter((s) => s.startsAt > ctx.clock.now())
      .slice(0, ShiftLimits.pageSize)
      .map((s) => ({
        id: encodeCustomId("shift.cover", s.id),
        label: ctx.t("shift.button.cover", { number: s.number }),
      }));
    return reply.private({
      title: ctx.t("shift.mine.title"),
      text: lines(shifts, ctx.t),
      context: ctx.t("shift.mine.footer"),
      ...(actions.length ? { actions } : {}),
      files: [icsOf(shifts, ctx.network.name, ctx.clock.now())],
    });
  },
});

const cover = defineSubcommand({
  name: "cover",
  descriptionKey: "shift.cover.description",
  usageKey: "shift.cover.usage",
  options: coverOptions,
  form: { titleKey: "shift.cover.form_title", submitKey: "shift.cover.submit", argOption: "number" },
  fromText: coverFromText,
  handle: async (ctx, input) => askForCover(ctx, await findShift(ctx, input.number ?? 0), input.reason),
});

/** A coordinator asks for cover for a volunteer who rang in ill: the same request, card and escalation. */
const coverFor = defineSubcommand({
  name: "cover-for",
  descriptionKey: "shift.cover_for.description",
  usageKey: "shift.cover_for.usage",
  role: "coordinator",
  options: coverForOptions,
  fromText: coverForFromText,
  handle: async (ctx, input) => {
    const shift = await findShift(ctx, input.number ?? 0);
    const holder = await findMember(ctx, input.member);
    if (holder.id === ctx.member.id) return askForCover(ctx, shift, input.reason);
    return askForCover(ctx, shift, input.reason, { onBehalfOf: holder });
  },
});

/** `/shift`: the volunteer rota — sign up, ask for cover (and withdraw it), claim, swap, checks and hours; coordinators add, edit, cancel and ask for cover for a volunteer. */
export const shiftCommand = defineCommand({
  name: "shift",
  descriptionKey: "shift.description",
  defaultSubcommand: "list",
  subcommands: [
    list,
    signup,
    mine,
    openCoverList,
    cover,
    coverFor,
    swap,
    checks,
    hours,
    add,
    importShifts,
    template,
    check,
    atRisk,
    ...manageSubcommands,
  ],
});
