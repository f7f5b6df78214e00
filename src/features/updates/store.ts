import { isUniqueViolation, type Db, type Tx } from "../../db/index.js";

export interface NewUpdate {
  readonly networkId: string;
  readonly authorId: string;
  readonly title: string;
  readonly summary: string;
  readonly links: readonly string[];
}

/** Folds a title so "Seed Library" and "seed  library!" name the same project. */
export function projectKeyOf(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** The next short number in a network ("#12"). Unique per network; a race is retried by the caller. */
async function nextNumber(tx: Tx, networkId: string): Promise<number> {
  const last = await tx.projectUpdate.aggregate({ where: { networkId }, _max: { number: true } });
  return (last._max.number ?? 0) + 1;
}

/** Stores an update and its audit entry in one transaction: both or neither. */
export async function createUpdate(db: Db, update: NewUpdate, at: Date) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const row = await tx.projectUpdate.create({
          data: {
            networkId: update.networkId,
            number: await nextNumber(tx, update.networkId),
            authorId: update.authorId,
            title: update.title,
            projectKey: projectKeyOf(update.title),
            summary: update.summary,
            links: JSON.stringify(update.links),
            confirmedAt: at,
            createdAt: at,
          },
        });
        await tx.auditEntry.create({
          data: {
            networkId: update.networkId,
            actorId: update.authorId,
            action: "update.posted",
            subjectType: "ProjectUpdate",
            subjectId: row.id,
            at,
          },
        });
        return { ...row, links: [...update.links] };
      });
    } catch (error) {
      // Two posts in one network took the same number at once: take the next one.
      if (attempt < 5 && isUniqueViolation(error)) continue;
      throw error;
    }
  }
}
