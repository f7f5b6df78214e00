import type { Context } from "../../core/context.js";
import { hasRole } from "../../core/domain.js";
import { UserError } from "../../core/errors.js";
import type { MemberRef } from "../../core/message.js";
import type { StoredUpdate } from "./domain.js";
import { accountIn } from "./settings-store.js";
import { UpdateStore } from "./store.js";

export const storeOf = (ctx: Context) => new UpdateStore(ctx.db, ctx.provider);

/** An update of this network by number; another network's number is simply "not found". */
export async function findUpdate(ctx: Context, number: number): Promise<StoredUpdate> {
  const update = await storeOf(ctx).byNumber(ctx.network.id, number);
  if (!update) throw new UserError("update.not_found", { number });
  return update;
}

/** An update of this network by id (from a button). */
export async function findUpdateById(ctx: Context, id: string): Promise<StoredUpdate> {
  const update = await storeOf(ctx).byId(id);
  if (!update || update.networkId !== ctx.network.id) throw new UserError("error.unknown_action");
  return update;
}

/** Only the author or a coordinator may change or delete an update. */
export function requireChangeRight(ctx: Context, update: StoredUpdate): void {
  if (update.authorId !== ctx.member.id && !hasRole(ctx.member.role, "coordinator")) {
    throw new UserError("update.not_yours", { number: update.number });
  }
}

/** The author's mention on the reader's platform, when they have an account in this space. */
export async function authorRef(ctx: Context, update: StoredUpdate): Promise<MemberRef | undefined> {
  if (update.authorId === ctx.member.id) return ctx.memberRef;
  const externalId = await accountIn(ctx.db, update.authorId, ctx.space.id);
  return externalId ? { platform: ctx.platform, spaceExternalId: ctx.space.externalId, externalId } : undefined;
}
