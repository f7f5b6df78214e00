import type { Db } from "../../db/index.js";

export interface NewUpdate {
  readonly networkId: string;
  readonly authorId: string;
  readonly title: string;
  readonly summary: string;
  readonly links: readonly string[];
}

/** Stores an update and its audit entry in one transaction: both or neither. */
export async function createUpdate(db: Db, update: NewUpdate, at: Date) {
  return db.$transaction(async (tx) => {
    const row = await tx.projectUpdate.create({
      data: {
        networkId: update.networkId,
        authorId: update.authorId,
        title: update.title,
        summary: update.summary,
        links: JSON.stringify(update.links),
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
}
