import type { Context } from "../../core/context.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import { AskStore, type StoredAsk } from "./store.js";

/** The asks store, on the request's database. */
export const asksOf = (ctx: Context) => new AskStore(ctx.db);

/** The network's ask by its number, or the member is told there is none. */
export async function findAsk(ctx: Context, number: number): Promise<StoredAsk> {
  const ask = await asksOf(ctx).byNumber(ctx.network.id, number);
  if (!ask) throw new UserError("asks.not_found", { number });
  return ask;
}

/** An ask of this network by id (from a button); another network's is "no longer works". */
export async function findAskById(ctx: Context, id: string): Promise<StoredAsk> {
  const ask = await asksOf(ctx).byId(id);
  if (!ask || ask.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  return ask;
}

/** Only the asker or a coordinator may resolve, close or choose. */
export function requireAsker(ctx: Context, ask: StoredAsk): void {
  if (ask.requesterId !== ctx.member.id && !hasRole(ctx.member.role, "coordinator")) {
    throw new UserError("asks.not_yours", { number: ask.number });
  }
}

/** A resolved or closed ask takes no more offers, choices or endings. */
export function requireOpen(ask: StoredAsk): void {
  if (ask.status === "resolved" || ask.status === "closed")
    throw new UserError("asks.already_done", { number: ask.number });
}
