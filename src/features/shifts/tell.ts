/**
 * What a handler's change tells other people, as replies the dispatcher sends once the member who
 * acted has their answer: each in the reader's own language.
 */
import type { Context } from "../../core/context.js";
import { translator, type Translate } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import { coordinatorsOf, translatorFor } from "../../core/people.js";
import { reply, type Reply } from "../../core/reply.js";

/** The translator for a message to `memberId` (the acting member's language if they are gone). */
export async function translatorOf(ctx: Pick<Context, "db" | "locale">, memberId: string): Promise<Translate> {
  return (await translatorFor(ctx.db, memberId)) ?? translator(ctx.locale);
}

/** A DM to one member, in their language, sent after the answer. */
export async function dmTo(ctx: Context, memberId: string, message: (t: Translate) => Message): Promise<Reply> {
  return reply.dm(memberId, message(await translatorOf(ctx, memberId)));
}

/** A DM to each of the network's coordinators but the one who acted, each in their language, sent after the answer. */
export async function coordinatorDms(ctx: Context, message: (t: Translate) => Message): Promise<Reply[]> {
  const coordinators = await coordinatorsOf(ctx.db, ctx.network.id);
  return coordinators.filter((c) => c.id !== ctx.member.id).map((c) => reply.dm(c.id, message(translator(c.locale))));
}
