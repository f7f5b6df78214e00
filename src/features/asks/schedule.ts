import type { Tx } from "../../db/index.js";
import { enqueue } from "../../scheduler/index.js";
import { ASK_JOB } from "./stored-names.js";

export const MATCH_JOB = ASK_JOB.match;
export const BUMP_JOB = ASK_JOB.bump;
export const ESCALATE_JOB = ASK_JOB.escalate;

const HOUR = 3600 * 1000;

/** A new ask: ping matching standing offers now, bump it if nobody offers within `bumpHours`. */
export async function planFollowUps(
  tx: Tx,
  ask: { id: string; networkId: string },
  at: Date,
  bumpHours: number,
): Promise<void> {
  await enqueue(tx, {
    kind: MATCH_JOB,
    dueAt: at,
    payload: { askId: ask.id },
    dedupeKey: `${MATCH_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
  await enqueue(tx, {
    kind: BUMP_JOB,
    dueAt: new Date(at.getTime() + bumpHours * HOUR),
    payload: { askId: ask.id },
    dedupeKey: `${BUMP_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
}

/** After the bump: tell the coordinators if there is still no offer after `bumpHours` again. */
export async function planEscalation(
  tx: Tx,
  ask: { id: string; networkId: string },
  at: Date,
  bumpHours: number,
): Promise<void> {
  await enqueue(tx, {
    kind: ESCALATE_JOB,
    dueAt: new Date(at.getTime() + bumpHours * HOUR),
    payload: { askId: ask.id },
    dedupeKey: `${ESCALATE_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
}
