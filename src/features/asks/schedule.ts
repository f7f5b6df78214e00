import type { Tx } from "../../db/index.js";
import { enqueue } from "../../scheduler/index.js";

export const MATCH_JOB = "help.match";
export const BUMP_JOB = "help.bump";
export const ESCALATE_JOB = "help.escalate";

const HOUR = 3600 * 1000;

/** A new ask: ping matching standing offers now, bump it if nobody offers in time. */
export async function planFollowUps(tx: Tx, ask: { id: string; networkId: string }, at: Date): Promise<void> {
  const { askBumpHours } = await tx.network.findUniqueOrThrow({
    where: { id: ask.networkId },
    select: { askBumpHours: true },
  });
  await enqueue(tx, {
    kind: MATCH_JOB,
    dueAt: at,
    payload: { askId: ask.id },
    dedupeKey: `${MATCH_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
  await enqueue(tx, {
    kind: BUMP_JOB,
    dueAt: new Date(at.getTime() + askBumpHours * HOUR),
    payload: { askId: ask.id },
    dedupeKey: `${BUMP_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
}

/** After the bump: tell the coordinators if there is still no offer as long again. */
export async function planEscalation(tx: Tx, ask: { id: string; networkId: string }, at: Date): Promise<void> {
  const { askBumpHours } = await tx.network.findUniqueOrThrow({
    where: { id: ask.networkId },
    select: { askBumpHours: true },
  });
  await enqueue(tx, {
    kind: ESCALATE_JOB,
    dueAt: new Date(at.getTime() + askBumpHours * HOUR),
    payload: { askId: ask.id },
    dedupeKey: `${ESCALATE_JOB}:${ask.id}`,
    networkId: ask.networkId,
  });
}
