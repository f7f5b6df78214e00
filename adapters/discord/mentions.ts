import { mentionOf } from "../../src/core/mentions.js";

const USER_MENTION = /<@!?(\d+)>/g;

/**
 * What a member typed, with Discord's user mentions in the core's form (src/core/mentions.ts):
 * `<@123>`, and the older nickname form `<@!123>` that some clients still send. Role (`<@&1>`) and
 * channel (`<#1>`) mentions name no member and stay as they are.
 */
export function normaliseMentions(text: string): string {
  return text.replace(USER_MENTION, (_whole, id: string) => mentionOf(id));
}
