import { defineCommand, defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import { encodeCustomId } from "../../core/custom-id.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import type { Action, Inline } from "../../core/message.js";
import { reply } from "../../core/reply.js";
import { findMember, findShift, ineligibility, requireEligible, requireFuture, shiftsOf } from "./access.js";
import { freePlaces, icsOf, lines, signUpButton } from "./card.js";
import { askForCover, memberInline, translatorOf } from "./cover.js";
import { checkKinds, readShiftsCsv, templateCsv } from "./csv.js";
import {
  CHECK_STATUSES,
  KIND,
  ShiftLimits,
  addFromText,
  addOptions,
  checkFromText,
  checkOptions,
  checksOptions,
  coverForFromText,
  coverForOptions,
  coverFromText,
  coverOptions,
  hoursOptions,
  importOptions,
  numberFromText,
  numberOptions,
  swapFromText,
  swapOptions,
} from "./input.js";
import { manageSubcommands } from "./manage.js";
import { planExpiryWarnings } from "./schedule.js";
import type { StoredShift } from "./store.js";
import { dayText, endOfDay, parseWhen, spanText } from "./when.js";

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
    const span = parseWhen(input.when, ctx.network.timeZone, now);
    if (span.startsAt <= now)
      throw new UserError("shift.when.past", { when: spanText(span, ctx.network.timeZone, ctx.locale) });
    const checks = checkKinds(input.checks);
    if (typeof checks === "string") throw new UserError("shift.checks.invalid", { kind: checks });
    const [shift] = (await shiftsOf(ctx).create(
      { networkId: ctx.network.id, createdById: ctx.member.id, spaceId: ctx.space.id, channelId: ctx.channelId },
      [{ role: input.role, ...span, place: input.place, capacity: input.capacity ?? 1, requiredChecks: checks }],
      now,
    )) as [StoredShift];
    return reply.private({
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

const importShifts = defineSubcommand({
  name: "import",
  descriptionKey: "shift.import.description",
  usageKey: "shift.import.usage",
  role: "coordinator",
  options: importOptions,
  form: { titleKey: "shift.import.form_title", submitKey: "shift.import.submit" },
  handle: async (ctx, input) => {
    const now = ctx.clock.now();
    const { shifts, errors } = readShiftsCsv(input.csv, ctx.network.timeZone, now, ctx.t);
    if (errors.length) {
      return reply.private({
        title: ctx.t("shift.import.failed", { count: errors.length }),
        text:
          errors.slice(0, 20).join("\n") +
          (errors.length > 20 ? `\n${ctx.t("shift.import.more", { count: errors.length - 20 })}` : ""),
        context: ctx.t("shift.import.nothing_saved"),
      });
    }
    const created = await shiftsOf(ctx).create(
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
    const shifts = await shiftsOf(ctx).upcoming(ctx.network.id, ctx.clock.now(), ShiftLimits.pageSize);
    if (shifts.length === 0)
      return reply.private({ title: ctx.t("shift.list.title"), text: ctx.t("shift.list.empty") });
    const actions: Action[] = shifts
      .filter((s) => freePlaces(s) > 0 && !s.holders.some((h) => h.memberId === ctx.member.id))
      .map((s) => signUpButton(s, ctx.t));
    return reply.private({
      title: ctx.t("shift.list.title"),
      text: lines(shifts, ctx.t, (s) =>
        s.holders.some((h) => h.memberId === ctx.member.id) ? [` · ${ctx.t("shift.list.yours")}`] : [],
      ),
      context: ctx.t("shift.list.footer", { command: ctx.commandText("shift") }),
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
  const taken = await shiftsOf(ctx).signUp(shift, ctx.member.id, ctx.clock.now());
  if (!taken) throw new UserError("shift.full", { number: shift.number });
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
    const shifts = await shiftsOf(ctx).mine(ctx.network.id, ctx.member.id, ctx.clock.now());
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

const swap = defineSubcommand({
  name: "swap",
  descriptionKey: "shift.swap.description",
  usageKey: "shift.swap.usage",
  options: swapOptions,
  fromText: swapFromText,
  handle: async (ctx, input) => {
    const store = shiftsOf(ctx);
    const mineShift = await findShift(ctx, input.mine ?? 0);
    const theirs = await findShift(ctx, input.theirs ?? 0);
    const from = mineShift.holders.find((h) => h.memberId === ctx.member.id);
    if (!from) throw new UserError("shift.not_yours", { number: mineShift.number });
    if (mineShift.id === theirs.id) throw new UserError("shift.swap.same");
    requireFuture(ctx, mineShift);
    requireFuture(ctx, theirs);
    const others = theirs.holders.filter((h) => h.memberId !== ctx.member.id);
    let to = others.length === 1 && !input.with ? others[0] : undefined;
    if (input.with) {
      const named = await findMember(ctx, input.with);
      to = others.find((h) => h.memberId === named.id);
      if (!to) throw new UserError("shift.swap.not_on", { name: named.displayName, number: theirs.number });
    }
    if (others.length === 0) throw new UserError("shift.swap.nobody", { number: theirs.number });
    if (!to)
      throw new UserError("shift.swap.which", {
        number: theirs.number,
        usage: ctx.t("shift.swap.usage", { command: ctx.commandText("shift") }),
      });
    for (const place of [from, to]) {
      if (await store.openCoverFor(place.assignmentId)) throw new UserError("shift.swap.covering");
    }
    const mineWhy = await ineligibility(ctx.db, ctx.member.id, theirs, ctx.timeZone, ctx.locale, [from.assignmentId]);
    if (mineWhy)
      throw new UserError("shift.not_eligible", { number: theirs.number, why: ctx.t(mineWhy.key, mineWhy.params) });
    const theirWhy = await ineligibility(ctx.db, to.memberId, mineShift, ctx.timeZone, ctx.locale, [to.assignmentId]);
    if (theirWhy)
      throw new UserError("shift.swap.they_cannot", {
        name: to.name,
        number: mineShift.number,
        why: ctx.t(theirWhy.key, theirWhy.params),
      });
    const proposed = await store.proposeSwap(ctx.network.id, from, to, ctx.clock.now());
    if (proposed.existed) throw new UserError("shift.swap.already", { name: to.name });
    const t = await translatorOf(ctx.db, to.memberId);
    const sent = await ctx.delivery.toMember(to.memberId, {
      title: t("shift.swap.title", { mine: theirs.number, theirs: mineShift.number }),
      text: [
        { kind: "member", name: ctx.member.displayName, ref: ctx.memberRef },
        " ",
        t("shift.swap.text", {
          give: theirs.number,
          giveRole: theirs.role,
          take: mineShift.number,
          takeRole: mineShift.role,
        }),
      ],
      fields: [
        {
          label: t("shift.swap.you_give", { number: theirs.number }),
          value: [{ kind: "time", at: theirs.startsAt, style: "datetime" }],
        },
        {
          label: t("shift.swap.you_take", { number: mineShift.number }),
          value: [{ kind: "time", at: mineShift.startsAt, style: "datetime" }],
        },
      ],
      actions: [
        { id: encodeCustomId("shift.swap-accept", proposed.id), label: t("shift.button.accept"), style: "primary" },
        { id: encodeCustomId("shift.swap-decline", proposed.id), label: t("shift.button.decline") },
      ],
    });
    return reply.private(
      ctx.t(sent.via === "none" ? "shift.swap.unreached" : "shift.swap.proposed", {
        name: to.name,
        mine: mineShift.number,
        theirs: theirs.number,
      }),
    );
  },
});

const check = defineSubcommand({
  name: "check",
  descriptionKey: "shift.check.description",
  usageKey: "shift.check.usage",
  role: "coordinator",
  options: checkOptions,
  form: { titleKey: "shift.check.form_title", submitKey: "shift.check.submit" },
  fromText: checkFromText,
  handle: async (ctx, input) => {
    const kind = input.kind.toLowerCase();
    if (!KIND.test(kind)) throw new UserError("shift.checks.invalid", { kind: kind.slice(0, 40) });
    const status = (input.status ?? "valid").toLowerCase();
    if (!(CHECK_STATUSES as readonly string[]).includes(status))
      throw new UserError("shift.check.bad_status", { status: status.slice(0, 10) });
    const expiryText = input.expiry?.toLowerCase();
    const expiresAt = !expiryText || expiryText === "none" ? null : endOfDay(expiryText, ctx.network.timeZone);
    if (expiresAt === undefined) throw new UserError("shift.check.bad_expiry", { expiry: expiryText ?? "" });
    const member = await findMember(ctx, input.member);
    const now = ctx.clock.now();
    await shiftsOf(ctx).recordCheck(ctx.network.id, member.id, kind, status, expiresAt, ctx.member.id, now, (tx, row) =>
      planExpiryWarnings(tx, row, now),
    );
    const until = expiresAt
      ? ctx.t("shift.check.until", { date: dayText(expiresAt, ctx.network.timeZone, ctx.locale) })
      : ctx.t("shift.check.no_expiry");
    const text = ctx.t("shift.check.done", {
      name: member.displayName,
      kind,
      status: ctx.t(`shift.status.${status as "valid"}`),
      until,
    });
    const warning = expiresAt && expiresAt <= now ? `\n${ctx.t("shift.check.already_expired")}` : "";
    return reply.private(text + warning);
  },
});

const checks = defineSubcommand({
  name: "checks",
  descriptionKey: "shift.checks.description",
  options: checksOptions,
  handle: async (ctx, input) => {
    let member: { id: string; displayName: string } = ctx.member;
    if (input.member) {
      if (!hasRole(ctx.member.role, "coordinator")) throw new UserError("shift.checks.own_only");
      member = await findMember(ctx, input.member);
    }
    const rows = await shiftsOf(ctx).checksOf(member.id);
    const title = ctx.t("shift.checks.title", { name: member.displayName });
    if (rows.length === 0) return reply.private({ title, text: ctx.t("shift.checks.none") });
    const now = ctx.clock.now();
    const text = rows
      .map((c) => {
        const expired = c.expiresAt !== null && c.expiresAt <= now;
        const status = expired ? ctx.t("shift.status.expired") : ctx.t(`shift.status.${c.status as "valid"}`);
        const until = c.expiresAt
          ? ctx.t("shift.check.until", { date: dayText(c.expiresAt, ctx.network.timeZone, ctx.locale) })
          : ctx.t("shift.check.no_expiry");
        return `• ${c.kind}: ${status}, ${until}`;
      })
      .join("\n");
    return reply.private({ title, text, context: ctx.t("shift.checks.footer") });
  },
});

const atRisk = defineSubcommand({
  name: "at-risk",
  descriptionKey: "shift.at_risk.description",
  role: "coordinator",
  options: {},
  handle: async (ctx) => {
    const now = ctx.clock.now();
    const store = shiftsOf(ctx);
    const covers = await store.uncovered(ctx.network.id, now);
    const week = new Date(now.getTime() + 7 * 24 * 3600 * 1000);
    const soon = (await store.upcoming(ctx.network.id, now, 100)).filter(
      (s) => s.startsAt <= week && freePlaces(s) > 0,
    );
    if (covers.length === 0 && soon.length === 0)
      return reply.private({ title: ctx.t("shift.at_risk.title"), text: ctx.t("shift.at_risk.none") });
    const text: Inline[] = [];
    for (const c of covers) {
      const shift = (await store.byId(c.shiftId)) as StoredShift;
      const holder = shift.holders.find((h) => h.assignmentId === c.assignmentId);
      if (text.length) text.push("\n");
      text.push(
        `${ctx.t(c.status === "open" ? "shift.at_risk.cover" : "shift.at_risk.pending", { number: shift.number, role: shift.role })} · `,
        { kind: "time", at: shift.startsAt, style: "datetime" },
        " · ",
        memberInline(holder?.name ?? "?"),
      );
    }
    for (const s of soon) {
      if (text.length) text.push("\n");
      text.push(`${ctx.t("shift.at_risk.unfilled", { number: s.number, role: s.role, free: freePlaces(s) })} · `, {
        kind: "time",
        at: s.startsAt,
        style: "datetime",
      });
    }
    return reply.private({ title: ctx.t("shift.at_risk.title"), text });
  },
});

const hoursOf = (rows: readonly { shift: { startsAt: Date; endsAt: Date } }[]) =>
  rows.reduce((sum, r) => sum + (r.shift.endsAt.getTime() - r.shift.startsAt.getTime()) / 3_600_000, 0);
const oneDecimal = (n: number) => (Math.round(n * 10) / 10).toString();

const hours = defineSubcommand({
  name: "hours",
  descriptionKey: "shift.hours.description",
  usageKey: "shift.hours.usage",
  options: hoursOptions,
  handle: async (ctx, input) => {
    const now = ctx.clock.now();
    const store = shiftsOf(ctx);
    if (!input.scope) {
      const rows = await store.completed(ctx.network.id, now, ctx.member.id);
      return reply.private(
        ctx.t(rows.length ? "shift.hours.mine" : "shift.hours.none", {
          hours: oneDecimal(hoursOf(rows)),
          count: rows.length,
        }),
      );
    }
    if (input.scope.toLowerCase() !== "all")
      throw new UserError("error.usage", { usage: ctx.t("shift.hours.usage", { command: ctx.commandText("shift") }) });
    if (!hasRole(ctx.member.role, "coordinator"))
      throw new UserError("error.role_required", { role: ctx.t("role.coordinator") });
    const rows = await store.completed(ctx.network.id, now);
    const byMember = new Map<string, typeof rows>();
    for (const row of rows) byMember.set(row.memberId, [...(byMember.get(row.memberId) ?? []), row]);
    const members = await ctx.db.member.findMany({
      where: { id: { in: [...byMember.keys()] } },
      select: { id: true, displayName: true },
    });
    const totals = members
      .map((m) => ({
        name: m.displayName,
        count: byMember.get(m.id)?.length ?? 0,
        hours: hoursOf(byMember.get(m.id) ?? []),
      }))
      .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name));
    if (totals.length === 0)
      return reply.private({ title: ctx.t("shift.hours.all_title"), text: ctx.t("shift.hours.all_none") });
    const total = totals.reduce((sum, m) => sum + m.hours, 0);
    const csv = [
      "volunteer,shifts,hours",
      ...totals.map(
        (m) =>
          `"${(/^[=+\-@]/.test(m.name) ? `'${m.name}` : m.name).replaceAll('"', '""')}",${m.count},${oneDecimal(m.hours)}`,
      ),
    ].join("\r\n");
    return reply.private({
      title: ctx.t("shift.hours.all_title"),
      text: totals
        .map((m) => `• ${m.name}: ${ctx.t("shift.hours.line", { hours: oneDecimal(m.hours), count: m.count })}`)
        .join("\n"),
      context: ctx.t("shift.hours.total", { hours: oneDecimal(total), count: rows.length, people: totals.length }),
      files: [
        {
          name: `volunteer-hours-${now.toISOString().slice(0, 10)}.csv`,
          contentType: "text/csv",
          content: `${csv}\r\n`,
        },
      ],
    });
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
