import type { Db } from "../db/index.js";
import { parseFormId, type AnySubcommand } from "./command.js";
import { isRole, type Role } from "./domain.js";
import { matchLocale, type Locale } from "./i18n/index.js";
import type { Actor, FormInvocation } from "./invocation.js";
import type { NetworkDefaults } from "./members.js";
import type { Registry } from "./registry.js";

/** The subcommand a submitted form runs, and the values it runs with. */
export interface FormTarget {
  readonly sub: AnySubcommand;
  /** The submitted values, plus the form's argument (`update.edit:12` → number 12) under its `argOption`. */
  readonly values: Readonly<Record<string, unknown>>;
  /** The ids of the fields the member filled in: what they can correct in the form itself. */
  readonly fields: ReadonlySet<string>;
}

/** What a form id names in the registry; undefined for a form Gather does not have (or no longer has). */
export function formTarget(
  registry: Registry,
  invocation: Pick<FormInvocation, "formId" | "values">,
): FormTarget | undefined {
  const id = parseFormId(invocation.formId);
  const sub = registry.command(id.command)?.subcommands.find((s) => s.name === id.subcommand);
  if (!sub?.form) return undefined;
  const argOption = sub.form.argOption;
  const values = argOption && id.arg !== undefined ? { ...invocation.values, [argOption]: id.arg } : invocation.values;
  const fields = new Set(
    Object.keys(invocation.values).filter((name) => name !== argOption && Object.hasOwn(sub.options, name)),
  );
  return { sub, values, fields };
}

/** Who is submitting a form, as far as reading their answer needs: their language and stored role. */
export interface FormReader {
  readonly locale: Locale;
  /** As the dispatcher will see it; on Slack, whether the member is a workspace admin is not known yet. */
  readonly role: Role;
}

/**
 * The member's language and role, read without creating anything: the
 * dispatcher creates a space, network or member on first contact, but a
 * check made before the platform's ack must leave no trace. Someone not yet
 * known reads what they will once created (the platform's locale, else the
 * network's, else the defaults'). Undefined for a direct message that names
 * no single network, which the dispatcher refuses with its own reason.
 * The locale's order is the dispatcher's (#context).
 */
export async function formReaderOf(db: Db, actor: Actor, defaults: NetworkDefaults): Promise<FormReader | undefined> {
  const member = { select: { locale: true, role: true } } as const;
  if (actor.spaceExternalId === "") {
    const identities = await db.identity.findMany({
      where: { externalId: actor.userExternalId, space: { platform: actor.platform } },
      select: { member, space: { select: { network: { select: { locale: true } } } } },
      take: 2,
    });
    const [only, another] = identities;
    if (!only || another) return undefined;
    return reader(only.member, actor, only.space.network.locale);
  }
  const space = await db.space.findUnique({
    where: { platform_externalId: { platform: actor.platform, externalId: actor.spaceExternalId } },
    select: {
      network: { select: { locale: true } },
      identities: { where: { externalId: actor.userExternalId }, select: { member }, take: 1 },
    },
  });
  return reader(space?.identities[0]?.member, actor, space?.network.locale ?? defaults.locale);
}

function reader(
  member: { locale: string | null; role: string } | undefined,
  actor: Actor,
  networkLocale: string,
): FormReader {
  return {
    locale: matchLocale(member?.locale) ?? matchLocale(actor.locale) ?? matchLocale(networkLocale) ?? "en",
    role: actor.platformAdmin ? "admin" : member && isRole(member.role) ? member.role : "member",
  };
}
