/**
 * `/gather forget-me`: erases a member's name and what they wrote, keeping anonymous rows where
 * the network's totals need them. Each feature's `personalData.erase` does its own tables; admin
 * runs them all in one transaction, cancels the jobs about the member, and audits the erasure.
 *
 * - Member: the name becomes "Former member", language/zone/role reset, forgottenAt set. The row
 *   stays so counts (updates posted, asks, offers, hours volunteered) still add up.
 * - Identity: deleted, so the platform account is no longer linked: using Gather again starts a
 *   new member.
 * - Their project updates and the revisions of them: title, summary, links, tags and area erased,
 *   archived. Revisions of others' updates they edited lose the editor (editorId null).
 * - Their asks: title, details, tags and "what helped" erased; open ones are closed. Offers stay
 *   (anonymous counts).
 * - Standing offer, help pings, rate counters, link codes, checks: deleted.
 * - Meetings and shifts: they are no longer host or creator (the network's event stays as it is).
 *   RSVPs to past occurrences stay (attendance totals); answers for ones still to come are deleted.
 * - Shift places: past ones stay (volunteer hours); places on shifts still to come are given up,
 *   with open cover requests for them withdrawn; coordinators are told which shifts have a place free.
 * - Cover requests: their reason is erased; a claim of theirs awaiting approval is undone; they
 *   no longer show as the one who decided. Swaps still proposed are withdrawn.
 * - Jobs: pending jobs about them or their records are cancelled; finished ones lose their payload.
 * - Audit: entries they made stay (without text by design), pointing at the anonymous member; the
 *   erasure itself is audited with counts only.
 */
import type { Provider } from "../../db/layout.js";
import { audit } from "../../core/audit.js";
import type { CardSubject } from "../shared/cards.js";
import type { Erased } from "../../core/personal-data.js";
import type { Tx } from "../../db/index.js";
// Read only inside functions: src/features/index.ts imports admin and loads first (main.ts, scripts, the test setup).
import { features } from "../index.js";
import { eraseJobs } from "./personal-data.js";

/** What one erasure did, and what is to follow once it is committed. */
export interface Forgotten {
  /** The audit entry's counts, feature by feature ({ updates, asks, placesGivenUp, jobsCancelled }). */
  readonly counts: Readonly<Record<string, number>>;
  /** Cards that showed their name or words: to edit. */
  readonly cards: readonly CardSubject[];
  /** What coordinators are told. */
  readonly notices: NonNullable<Erased["notices"]>;
}

/** Forgets one member of one network, in the caller's transaction. */
export async function forgetMember(
  tx: Tx,
  input: { readonly networkId: string; readonly memberId: string; readonly now: Date; readonly provider?: Provider },
): Promise<Forgotten> {
  const { networkId, memberId, now, provider } = input;
  const network = await tx.network.findUniqueOrThrow({ where: { id: networkId }, select: { timeZone: true } });
  await tx.member.findFirstOrThrow({ where: { id: memberId, networkId }, select: { id: true } });

  const counts: Record<string, number> = {};
  const named: string[] = [];
  const cards: CardSubject[] = [];
  const notices: NonNullable<Erased["notices"]>[number][] = [];
  for (const feature of features) {
    const erased = await feature.personalData?.erase(
      tx,
      { networkId, memberId, timeZone: network.timeZone, ...(provider ? { provider } : {}) },
      now,
    );
    if (!erased) continue;
    Object.assign(counts, erased.counts);
    named.push(...(erased.named ?? []));
    cards.push(...(erased.cards ?? []));
    notices.push(...(erased.notices ?? []));
  }
  // Jobs about them or their records: pending ones would act for nobody; finished ones keep no link.
  counts.jobsCancelled = await eraseJobs(tx, networkId, named, now);

  await audit(tx, {
    networkId,
    actorId: memberId,
    action: "privacy.forgotten",
    subjectType: "member",
    subjectId: memberId,
    at: now,
    details: counts,
  });
  return { counts, cards, notices };
}
