import type { Context } from "../../core/context.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { PollStore, type StoredPoll } from "./store.js";

export const pollsOf = (ctx: Context) => new PollStore(ctx.db);

/** The network's poll by its number, or the member is told there is none. */
export async function findPoll(ctx: Context, number: number): Promise<StoredPoll> {
  const poll = await pollsOf(ctx).byNumber(ctx.network.id, number);
  if (!poll) throw new UserError("polls.not_found", { number });
  return poll;
}

/** Only the author or a coordinator may close a poll early. */
export function requireAuthor(ctx: Context, poll: StoredPoll): void {
  if (poll.authorId !== ctx.member.id && !hasRole(ctx.member.role, "coordinator"))
    throw new UserError("polls.not_yours", { number: poll.number });
}
