/**
 * How a member is named in a command: a platform mention (`<@U123>` from
 * Slack's wire format, `<@123>` or `<@!123>` from Discord), an account id as
 * Slack's command text arrives after normalising (`@U123`), or a display name
 * (`@Alice Jones`, `Alice Jones`, the console's user name).
 */
export interface MemberMention {
  /** A platform account id, when the text is (or may be) one. */
  readonly externalId?: string;
  /** The text as a display name, without a leading "@"; absent for an unmistakable mention. */
  readonly name?: string;
}

const WIRE_MENTION = /^<@!?([\w-]+)(?:\|[^>]*)?>$/;
/** Slack user ids (U…, W…) and Discord snowflakes: text that may be an account id. */
const ACCOUNT_ID = /^(?:[UW][A-Z0-9]{6,}|\d{15,21})$/;

export function parseMemberMention(text: string): MemberMention | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const wire = WIRE_MENTION.exec(trimmed);
  if (wire) return { externalId: wire[1] as string };
  const name = trimmed.replace(/^@/, "").trim();
  if (name === "") return undefined;
  return ACCOUNT_ID.test(name) ? { externalId: name, name } : { name };
}
