/**
 * How text names a member, in the one form the core reads. Each platform writes mentions its own
 * way; its adapter rewrites them into this form before the core sees the text (typed commands,
 * option values, form fields), and renders the core's member references (`Inline` members with a
 * `MemberRef`) back into its own mentions. The core knows no platform's format.
 *
 * - `<@id>`: a mention of the account `id` (the platform's id for it) in the space the text was
 *   written in. Unmistakable: never read as a name.
 * - one word, with or without a leading "@" (`@alice`, `U0ALICE01`): an account id or a display
 *   name. Account ids are single words on every platform, so a member can paste one.
 * - anything else (`@Alice Jones`, `Alice Jones`): a display name, without the leading "@".
 */
export interface MemberMention {
  /** An account id in the space the text was written in, when the text is (or may be) one. */
  readonly externalId?: string;
  /** The text as a display name, without a leading "@"; absent for an unmistakable mention. */
  readonly name?: string;
}

const MENTION = /^<@([^\s<>]+)>$/;
const ONE_WORD = /^\S+$/;

/** The core's mention of an account, as adapters write it into text they hand the core. */
export function mentionOf(externalId: string): string {
  return `<@${externalId}>`;
}

/** Reads a member's mention or name; undefined for empty text. */
export function parseMemberMention(text: string): MemberMention | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const mention = MENTION.exec(trimmed);
  if (mention) return { externalId: mention[1] as string };
  const name = trimmed.replace(/^@/, "").trim();
  if (name === "") return undefined;
  return ONE_WORD.test(name) ? { externalId: name, name } : { name };
}
