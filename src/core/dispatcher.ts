import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Db, Provider } from "../db/index.js";
import type { Clock } from "./clock.js";
import { formFor, parseFormId, type AnySubcommand, type CommandDefinition } from "./command.js";
import { formReaderOf, formTarget } from "./form-check.js";
import type { Context } from "./context.js";
import { hasRole, type Role } from "./domain.js";
import { UserError } from "./errors.js";
import { matchLocale, translator, type Locale, type MessageKey, type MessageParams } from "./i18n/index.js";
import { subcommandHelp } from "./help.js";
import { isHelpWord } from "../reading/words.js";
import { closestSubcommands, looksLikeUnknownSubcommand, mayUse, takesNoText } from "./words.js";
import { DefaultRateLimits, type RateLimits } from "./limits.js";
import { ActivitySeen, allowCommand, recordActivity, useLimits } from "./rate-limits.js";
import type { CommandInvocation, FormInvocation, Invocation } from "./invocation.js";
import { COMMAND_DEADLINE_MS, databaseHung, GuardedResponder } from "./deadline.js";
import type { Logger } from "./logger.js";
import { resolveActor, type NetworkDefaults } from "./members.js";
import type { Delivery } from "./delivery.js";
import type { Registry } from "./registry.js";
import { deliver, type Reply, type Replies } from "./reply.js";
import { fieldErrorsFrom, userErrorFrom, type FieldErrors } from "./validation.js";
import { decodeCustomId } from "./custom-id.js";
import { noMetrics, type CommandOutcome, type Metrics } from "./metrics.js";
import { isDatabaseUnavailable } from "../db/unavailable.js";

export interface DispatcherDeps {
  readonly db: Db;
  readonly provider: Provider;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly registry: Registry;
  readonly defaults: NetworkDefaults;
  /** Proactive sends (DMs to other members); without it, nothing can be sent beyond replies. */
  readonly delivery?: Delivery;
  /** The HTTP listener's public base URL; "http://localhost:8080" when not configured. */
  readonly publicUrl?: string;
  /** How commands are typed, per platform; "/" everywhere today. */
  readonly commandPrefix?: string;
  /** Counts each invocation by name and outcome, with its real-time latency. */
  readonly metrics?: Metrics;
  /** Per-member abuse limits; {@link DefaultRateLimits} when absent. */
  readonly limits?: RateLimits;
  /** How long a request may go unanswered before the database is checked (COMMAND_DEADLINE_MS, deadline.ts). */
  readonly deadlineMs?: number;
}

/**
 * The core's one entry point: every adapter hands it Invocations. It resolves
 * who is acting, routes to the command, button or form, checks the role,
 * validates input with zod, runs the handler and delivers its replies.
 * It never throws: failures become a private reply and a log line.
 */
export class Dispatcher {
  readonly #deps: DispatcherDeps;
  readonly #activitySeen = new ActivitySeen();

  constructor(deps: DispatcherDeps) {
    this.#deps = deps;
  }

  get registry(): Registry {
    return this.#deps.registry;
  }

  /**
   * For an adapter turning a command away because its instance is overloaded
   * (its queue of acked requests is full): counts it, and gives the short
   * "busy, try again" to answer with at once. Nothing was read or stored, so
   * the network's default language is the best guess.
   */
  busy(command: string): string {
    (this.#deps.metrics ?? noMetrics).commandHandled(this.registry.command(command) ? command : "unknown", "busy", 0);
    return translator(matchLocale(this.#deps.defaults.locale) ?? "en")("error.busy");
  }

  /**
   * For an adapter whose platform can keep a form open with a message under
   * each field (Slack's view_submission ack): checks the submitted values
   * against the subcommand's schema before anything is acknowledged. Returns
   * field id → a short message in the member's language for each failing
   * field, or undefined when the values pass — or when the answer belongs to
   * {@link handle} (an unknown form, a role the member lacks, a problem with
   * something not in the form, anything unexpected). Creates and stores
   * nothing and counts against no limit; at most one read, and only when the
   * values fail. Rules that need the database stay in the handlers. Never throws.
   */
  async checkForm(invocation: FormInvocation): Promise<FieldErrors | undefined> {
    try {
      const target = formTarget(this.registry, invocation);
      if (!target) return undefined;
      const parsed = target.sub.schema.safeParse(target.values);
      if (parsed.success) return undefined;
      const reader = await formReaderOf(this.#deps.db, invocation.actor, this.#deps.defaults);
      if (!reader || (target.sub.role && !hasRole(reader.role, target.sub.role))) return undefined;
      return fieldErrorsFrom(parsed.error, target.sub.options, target.values, translator(reader.locale), target.fields);
    } catch (error) {
      this.#deps.logger.warn(
        { err: error, platform: invocation.actor.platform, what: describe(invocation) },
        "could not check a form before acknowledging it",
      );
      return undefined;
    }
  }

  async handle(invocation: Invocation): Promise<void> {
    // Real time (not the injected clock): this is a latency measurement, not logic.
    const startedAt = performance.now();
    const outcome = await this.#withDeadline(invocation);
    (this.#deps.metrics ?? noMetrics).commandHandled(
      metricName(this.registry, invocation),
      outcome,
      (performance.now() - startedAt) / 1000,
    );
  }

  /**
   * Runs the request, but answers it with "can't reach my records" if it is still unanswered at the
   * deadline; whatever the handler says after that is dropped (the member has their answer).
   */
  async #withDeadline(invocation: Invocation): Promise<CommandOutcome> {
    const guard = new GuardedResponder(invocation.responder);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), this.#deps.deadlineMs ?? COMMAND_DEADLINE_MS);
    });
    const work = this.#handle({ ...invocation, responder: guard });
    try {
      const first = await Promise.race([work, late]);
      if (first !== "late") return first;
    } finally {
      clearTimeout(timer);
    }
    const hung = await Promise.race([databaseHung(this.#deps.db), work.then(() => false)]);
    if (guard.answered || !hung) return work;
    guard.close();
    const log = this.#deps.logger.child({ platform: invocation.actor.platform, what: describe(invocation) });
    log.warn({ ms: this.#deps.deadlineMs ?? COMMAND_DEADLINE_MS }, "no answer by the deadline; told to try again");
    const t = translator(matchLocale(invocation.actor.locale) ?? matchLocale(this.#deps.defaults.locale) ?? "en");
    await this.#safely(log, () => invocation.responder.replyPrivately({ text: t("error.database_unavailable") }));
    return "unavailable";
  }

  async #handle(invocation: Invocation): Promise<CommandOutcome> {
    const started = this.#deps.clock.now();
    const log = this.#deps.logger.child({
      platform: invocation.actor.platform,
      space: invocation.actor.spaceExternalId,
      kind: invocation.kind,
      what: describe(invocation),
    });
    // Until we know the member, speak the platform's language.
    let t = translator(matchLocale(invocation.actor.locale) ?? "en");
    try {
      const ctx = await this.#context(invocation, log);
      t = ctx.t;
      await this.#countUse(ctx);
      const replies = await this.#route(ctx, invocation);
      await deliver(ctx, invocation.responder, replies);
      await this.#noteActivity(ctx);
      log.debug({ ms: this.#deps.clock.now().getTime() - started.getTime() }, "handled");
      return "ok";
    } catch (error) {
      if (error instanceof UserError) {
        log.info({ userError: error.key }, "refused");
        const text = [t(error.key, error.params), ...error.more.map(([key, params]) => t(key, params))].join("\n");
        await this.#safely(log, () => invocation.responder.replyPrivately({ text }));
        return "refused";
      }
      if (isDatabaseUnavailable(error)) {
        // Not a bug: the database is down or restarting. Say "try again"; the next command reconnects.
        log.warn({ error: error instanceof Error ? error.message : String(error) }, "database unavailable");
        await this.#safely(log, () => invocation.responder.replyPrivately({ text: t("error.database_unavailable") }));
        return "unavailable";
      }
      const ref = randomUUID().slice(0, 8);
      log.error({ err: error, ref }, "failed");
      await this.#safely(log, () => invocation.responder.replyPrivately({ text: t("error.internal", { ref }) }));
      return "error";
    }
  }

  async #context(invocation: Invocation, log: Logger): Promise<Context> {
    const { db, provider, clock, defaults } = this.#deps;
    const { actor } = invocation;
    const resolved = await resolveActor(db, actor, defaults);
    const locale: Locale =
      matchLocale(resolved.member.locale) ?? matchLocale(actor.locale) ?? matchLocale(resolved.network.locale) ?? "en";
    const prefix = this.#deps.commandPrefix ?? "/";
    const t = translator(locale);
    return {
      db,
      provider,
      clock,
      log: log.child({ network: resolved.network.id, member: resolved.member.id }),
      ...resolved,
      // From the stored space, not the actor: a button pressed in a DM names no space, but the member's does.
      memberRef: {
        platform: actor.platform,
        spaceExternalId: resolved.space.externalId,
        externalId: actor.userExternalId,
      },
      platform: actor.platform,
      channelId: invocation.channelId,
      pressed:
        invocation.kind === "action" && invocation.messageId
          ? { channelId: invocation.channelId, messageId: invocation.messageId }
          : undefined,
      locale,
      timeZone: resolved.member.timeZone ?? resolved.network.timeZone,
      t,
      delivery: this.#deps.delivery ?? noDelivery,
      commands: this.registry.commands,
      commandText: (command) => `${prefix}${command}`,
      publicUrl: (this.#deps.publicUrl ?? "http://localhost:8080").replace(/\/+$/, ""),
      canOpenForms: invocation.responder.canOpenForms,
      formFor: (commandName, subName, options) => {
        const command = this.registry.command(commandName);
        const sub = command?.subcommands.find((s) => s.name === subName);
        if (!command || !sub) throw new Error(`no form for ${commandName} ${subName}`);
        return formFor(t, prefix, command, sub, options);
      },
    };
  }

  /** Counts the use against the member's per-minute limit (before anything runs: one upsert). */
  async #countUse(ctx: Context): Promise<void> {
    const limits = this.#deps.limits ?? DefaultRateLimits;
    useLimits(ctx, limits);
    const allowed = await allowCommand(ctx.db, ctx.member.id, ctx.clock.now(), limits);
    if (!allowed) throw new UserError("limits.commands", { max: limits.commandsPerMinute });
  }

  /** Notes that the member used Gather today, after answering (a modal must open first); never fails the request. */
  async #noteActivity(ctx: Context): Promise<void> {
    try {
      await recordActivity(
        ctx.db,
        { networkId: ctx.network.id, memberId: ctx.member.id, timeZone: ctx.network.timeZone, at: ctx.clock.now() },
        this.#activitySeen,
      );
    } catch (error) {
      ctx.log.warn({ err: error }, "could not record today's activity");
    }
  }

  async #route(ctx: Context, invocation: Invocation): Promise<Replies> {
    switch (invocation.kind) {
      case "command":
        return this.#command(ctx, invocation);
      case "form": {
        const target = formTarget(this.registry, invocation);
        if (!target) throw new UserError("error.unknown_action");
        return this.#run(ctx, target.sub, target.values);
      }
      case "action": {
        const id = decodeCustomId(invocation.customId);
        const action = id && this.registry.action(id.name);
        if (!id || !action) throw new UserError("error.unknown_action");
        requireRole(ctx, action.role);
        return action.handle(ctx, id.arg);
      }
    }
  }

  async #command(ctx: Context, invocation: CommandInvocation): Promise<Replies> {
    const command = this.registry.command(invocation.command);
    if (!command) {
      throw new UserError("error.unknown_command", {
        command: ctx.commandText(invocation.command),
        help: ctx.commandText("gather help"),
      });
    }
    const { input } = invocation;
    if (input.kind === "options") {
      const sub = findSubcommand(ctx, command, input.subcommand ?? command.defaultSubcommand ?? "");
      const given = Object.values(input.values).some((v) => v !== undefined && v !== "");
      // As with typed text: a form opens only when something is required (all-optional settings show themselves).
      const needsSome = Object.values(sub.options).some((o) => o.meta.required);
      if (!given && needsSome && sub.form && !sub.form.argOption && ctx.canOpenForms)
        return askWithForm(ctx, command, sub);
      return this.#run(ctx, sub, input.values);
    }

    const split = splitText(ctx, this.registry, command, input.text);
    if (split.kind === "help") return subcommandHelp(ctx, command, split.sub);
    const { sub, rest } = split;
    if (rest === "" && Object.values(sub.options).some((o) => o.meta.required)) {
      if (sub.form && !sub.form.argOption && ctx.canOpenForms) return askWithForm(ctx, command, sub);
      throw usageError(ctx, command, sub, sub.form && !sub.form.argOption ? "error.form_unavailable" : "error.usage");
    }
    return this.#run(ctx, sub, valuesFromText(ctx, command, sub, rest));
  }

  /** Checks the role, validates the raw values with the subcommand's zod schema, runs it. */
  async #run(ctx: Context, sub: AnySubcommand, raw: Readonly<Record<string, unknown>>): Promise<Replies> {
    requireRole(ctx, sub.role);
    const parsed = sub.schema.safeParse(raw);
    if (!parsed.success) throw userErrorFrom(parsed.error, sub.options, raw, ctx.t);
    return sub.handle(ctx, parsed.data);
  }

  async #safely(log: Logger, send: () => Promise<unknown>): Promise<void> {
    try {
      await send();
    } catch (error) {
      log.error({ err: error }, "could not send the error reply");
    }
  }
}

/** Used when no adapter can send proactively (some unit tests): says so instead of pretending. */
const noDelivery: Delivery = {
  toMember: async () => ({ via: "none", reason: "no messengers" }),
  toChannel: async () => {
    throw new Error("no messengers are registered");
  },
  edit: async () => {
    throw new Error("no messengers are registered");
  },
};

function describe(invocation: Invocation): string {
  switch (invocation.kind) {
    case "command":
      return invocation.command;
    case "action":
      return decodeCustomId(invocation.customId)?.name ?? "unknown";
    case "form":
      return invocation.formId;
  }
}

/** A bounded label for metrics: registered command, button or form names only, never user text or ids. */
function metricName(registry: Registry, invocation: Invocation): string {
  switch (invocation.kind) {
    case "command":
      return registry.command(invocation.command) ? invocation.command : "unknown";
    case "action": {
      const name = decodeCustomId(invocation.customId)?.name;
      return name && registry.action(name) ? `button:${name}` : "button:unknown";
    }
    case "form": {
      try {
        const id = parseFormId(invocation.formId);
        const known = registry.command(id.command)?.subcommands.some((s) => s.name === id.subcommand);
        return known ? `form:${id.command}.${id.subcommand}` : "form:unknown";
      } catch {
        return "form:unknown";
      }
    }
  }
}

function requireRole(ctx: Context, role: Role | undefined): void {
  if (role && !hasRole(ctx.member.role, role))
    throw new UserError("error.role_required", { role: ctx.t(`role.${role}`) });
}

function findSubcommand(ctx: Context, command: CommandDefinition, name: string): AnySubcommand {
  const sub = command.subcommands.find((s) => s.name === name.toLowerCase());
  if (sub) return sub;
  throw unknownSubcommand(ctx, command, name, name);
}

/**
 * "I don't know /ask choose.", then the member's closest subcommands (or all of them), how to write
 * the closest, how to post the text as written when the command posts text, and where help is.
 */
function unknownSubcommand(ctx: Context, command: CommandDefinition, word: string, text: string): UserError {
  const name = ctx.commandText(command.name);
  const close = closestSubcommands(word, command, ctx.member.role).map((sub) => ({ command, sub }));
  // The same word in another command ("/ask cover 3" → /shift cover).
  for (const other of ctx.commands)
    for (const sub of other.subcommands)
      if (other !== command && sub.name === word.toLowerCase() && mayUse(ctx.member.role, sub))
        close.push({ command: other, sub });
  const more: [MessageKey, MessageParams?][] = [];
  if (close.length) {
    const names = close.map((c) => `${ctx.commandText(c.command.name)} ${c.sub.name}`);
    const choices =
      names.length === 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${ctx.t("words.or")} ${names.at(-1)}`;
    more.push(["words.did_you_mean", { choices }]);
  } else {
    const names = command.subcommands.filter((sub) => mayUse(ctx.member.role, sub)).map((sub) => sub.name);
    more.push(["words.choices", { choices: names.join(", ") }]);
  }
  const fallback = command.defaultSubcommand
    ? command.subcommands.find((s) => s.name === command.defaultSubcommand)
    : undefined;
  const posts = fallback && !takesNoText(fallback) ? fallback : undefined;
  const best = close[0] ?? (posts ? { command, sub: posts } : undefined);
  if (best?.sub.usageKey)
    more.push(["words.usage", { usage: ctx.t(best.sub.usageKey, { command: ctx.commandText(best.command.name) }) }]);
  if (posts) more.push(["words.as_written", { example: `${name} ${posts.name} ${text.trim()}` }]);
  more.push(["words.more", { help: ctx.commandText(`${command.name} help`) }]);
  return new UserError("words.unknown", { command: name, word: word.slice(0, 40) }, more);
}

type Split = { kind: "run"; sub: AnySubcommand; rest: string } | { kind: "help"; sub: AnySubcommand };

/**
 * "/update list 2" → list + "2"; "/update Title | …" → the default subcommand + all of it;
 * "/gather my-data help" (or "cymorth", "hulp") → my-data's help, never my-data itself; a first word
 * that is no subcommand → refused with the closest ones, unless the default subcommand takes the
 * text as content (the rule is {@link looksLikeUnknownSubcommand}'s).
 */
function splitText(ctx: Context, registry: Registry, command: CommandDefinition, text: string): Split {
  const trimmed = text.trim();
  const [first = "", ...others] = trimmed.split(/\s+/);
  const rest = others.length ? trimmed.slice(first.length).trim() : "";
  const fallback = command.defaultSubcommand ? findSubcommand(ctx, command, command.defaultSubcommand) : undefined;
  const takesContent = fallback !== undefined && !takesNoText(fallback);
  const help = findSubcommand(ctx, command, "help");
  const named = command.subcommands.find((s) => s.name === first.toLowerCase());
  if (named && named !== help) {
    const helpWanted = isHelpWord(rest) && !(named.helpIsValue && rest.toLowerCase() === "help");
    if (helpWanted) return { kind: "help", sub: named };
    // A sentence that merely starts with a subcommand's name ("/update Show and tell at the library: …",
    // "/ask Close to Margate, …"): when that subcommand cannot read the rest, the text is a sentence
    // (four words or more) and no command-like line, it is what the command posts.
    if (
      fallback &&
      takesContent &&
      named !== fallback &&
      named.fromText &&
      rest.split(/\s+/).length >= 3 &&
      named.fromText(rest) === undefined &&
      !looksLikeUnknownSubcommand(trimmed, registry.verbs)
    )
      return { kind: "run", sub: fallback, rest: trimmed };
    return { kind: "run", sub: named, rest };
  }
  // "help", "cymorth", "hulp" first: the command's help, unless it is the start of something to post.
  if (isHelpWord(first) && !(takesContent && !looksLikeUnknownSubcommand(trimmed, registry.verbs)))
    return { kind: "run", sub: help, rest: "" };
  if (trimmed === "") return { kind: "run", sub: fallback ?? help, rest: "" };
  if (fallback && takesContent && !looksLikeUnknownSubcommand(trimmed, registry.verbs))
    return { kind: "run", sub: fallback, rest: trimmed };
  throw unknownSubcommand(ctx, command, first, trimmed);
}

function valuesFromText(
  ctx: Context,
  command: CommandDefinition,
  sub: AnySubcommand,
  text: string,
): Record<string, unknown> {
  if (sub.fromText) {
    if (text === "") return {};
    const values = sub.fromText(text);
    if (!values) throw usageError(ctx, command, sub);
    return values;
  }
  const names = Object.keys(sub.options);
  if (names.length === 0) return {};
  if (names.length === 1) return { [names[0] as string]: text };
  throw usageError(ctx, command, sub);
}

function usageError(
  ctx: Context,
  command: CommandDefinition,
  sub: AnySubcommand,
  key: "error.usage" | "error.form_unavailable" = "error.usage",
): UserError {
  const usage = sub.usageKey
    ? ctx.t(sub.usageKey, { command: ctx.commandText(command.name) })
    : `${ctx.commandText(command.name)} ${sub.name}`;
  return new UserError(key, { usage });
}

function askWithForm(ctx: Context, command: CommandDefinition, sub: AnySubcommand): Reply {
  return { kind: "form", form: ctx.formFor(command.name, sub.name) };
}
