/**
 * Cards that stay true: where each public card was posted (PostedCard rows), and the edit of
 * every copy when its subject changes, by whatever route (a typed command, a button on another
 * copy or in a DM, a scheduled job).
 *
 * A feature records a card when it posts one and, after changing its subject, calls
 * {@link refreshCards} with its own card renderer. Nothing here knows a feature or a platform.
 */
import type { Db, Tx } from "../../db/index.js";
import type { Logger } from "../../core/logger.js";
import type { Inline, Message, PostedRef } from "../../core/message.js";
import { MessageGoneError } from "../../core/ports.js";
import { recordsCard, type CardOnPosted } from "../../core/reply.js";
import type { CardSubject, RefreshDeps } from "../../core/feature.js";

export type { CardSubject, RefreshDeps } from "../../core/feature.js";

export const CardLimits = {
  /** Copies of one subject's card kept; the oldest are forgotten (and then no longer edited). */
  copiesPerSubject: 10,
} as const;

/** A space a card was posted in, for rendering mentions of that space's accounts. */
export interface CardPlace {
  readonly spaceId: string;
  readonly platform: string;
  readonly spaceExternalId: string;
}

/**
 * Records that the subject's card was posted at `ref` in a space of the network, keeping at most
 * {@link CardLimits.copiesPerSubject} copies (the newest). Posting the same message twice is one copy.
 */
export async function recordCard(
  db: Db | Tx,
  card: {
    readonly networkId: string;
    readonly subject: CardSubject;
    readonly spaceId: string;
    readonly ref: PostedRef;
  },
  at: Date,
): Promise<void> {
  const { networkId, subject, spaceId, ref } = card;
  const where = { spaceId, channelId: ref.channelId, messageId: ref.messageId };
  await db.postedCard.upsert({
    where: { spaceId_channelId_messageId: where },
    create: { networkId, subjectType: subject.type, subjectId: subject.id, ...where, createdAt: at },
    update: {},
  });
  const older = await db.postedCard.findMany({
    where: { networkId, subjectType: subject.type, subjectId: subject.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: CardLimits.copiesPerSubject,
    select: { id: true },
  });
  if (older.length) await db.postedCard.deleteMany({ where: { id: { in: older.map((o) => o.id) } } });
}

/**
 * The `onPosted` of a public reply (or what to call after a proactive post): records the copy,
 * and only logs when it cannot (the card is out; the member's command must not fail for this).
 */
export function rememberCard(
  deps: { readonly db: Db; readonly log: Logger; readonly clock: { now(): Date } },
  networkId: string,
  subject: CardSubject,
  spaceId: string,
): CardOnPosted {
  return recordsCard({ networkId, subject }, async (ref) => {
    try {
      await recordCard(deps.db, { networkId, subject, spaceId, ref }, deps.clock.now());
    } catch (error) {
      deps.log.warn({ component: "cards", subject: subject.type, error: errorCode(error) }, "card not recorded");
    }
  });
}

/** Forgets every copy of these subjects' cards: when the subjects themselves are deleted. */
export async function forgetCards(
  db: Db | Tx,
  networkId: string,
  type: string,
  subjectIds: readonly string[],
): Promise<number> {
  if (subjectIds.length === 0) return 0;
  const { count } = await db.postedCard.deleteMany({
    where: { networkId, subjectType: type, subjectId: { in: [...subjectIds] } },
  });
  return count;
}

/**
 * Edits every recorded copy of the subject's card to what `render` gives now (undefined: leave
 * that copy as it is). `except` is the copy the member's button was on, which the responder
 * already replaced. Copies the platform says are gone are forgotten; other failures (a platform
 * down, no adapter for it in this process) leave the copy to the next change. Never throws:
 * a stale card must not fail the change that made it stale. Logs carry ids and codes only.
 */
export async function refreshCards(
  deps: RefreshDeps,
  networkId: string,
  subject: CardSubject,
  render: (place: CardPlace) => Promise<Message | undefined> | Message | undefined,
  except?: { readonly channelId: string; readonly messageId: string },
): Promise<void> {
  const log = deps.log.child({ component: "cards", subject: subject.type, subjectId: subject.id });
  try {
    const copies = await deps.db.postedCard.findMany({
      where: { networkId, subjectType: subject.type, subjectId: subject.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        spaceId: true,
        channelId: true,
        messageId: true,
        space: { select: { platform: true, externalId: true } },
      },
    });
    for (const copy of copies) {
      if (except && copy.channelId === except.channelId && copy.messageId === except.messageId) continue;
      try {
        const message = await render({
          spaceId: copy.spaceId,
          platform: copy.space.platform,
          spaceExternalId: copy.space.externalId,
        });
        if (!message) continue;
        await deps.delivery.edit(copy.spaceId, { channelId: copy.channelId, messageId: copy.messageId }, message);
      } catch (error) {
        if (error instanceof MessageGoneError) {
          await deps.db.postedCard.deleteMany({ where: { id: copy.id } });
          log.debug({ platform: copy.space.platform, code: error.platformCode }, "card gone: forgotten");
        } else {
          log.debug({ platform: copy.space.platform, error: errorCode(error) }, "card not updated");
        }
      }
    }
  } catch (error) {
    log.debug({ error: errorCode(error) }, "cards not updated");
  }
}

/**
 * A member as a card in `place` names them: a mention of their account in that space when they
 * have one there (a Slack member on a Discord copy is shown by name).
 */
export async function memberOnCard(
  db: Db,
  memberId: string,
  place: CardPlace,
): Promise<Extract<Inline, { kind: "member" }>> {
  const member = await db.member.findUnique({
    where: { id: memberId },
    select: { displayName: true, identities: { where: { spaceId: place.spaceId }, select: { externalId: true } } },
  });
  const there = member?.identities[0];
  return {
    kind: "member",
    name: member?.displayName ?? "?",
    ...(there
      ? { ref: { platform: place.platform, spaceExternalId: place.spaceExternalId, externalId: there.externalId } }
      : {}),
  };
}

/** A short, safe description of a failure: a code when there is one, never a request body. */
function errorCode(error: unknown): string {
  if (error && typeof error === "object" && "code" in error) return String(error.code);
  return error instanceof Error ? error.name : typeof error;
}
