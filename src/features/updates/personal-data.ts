/**
 * Project updates' part of a member's export, erasure and the network's retention: the updates
 * they wrote and the earlier versions of updates (theirs, or others' they edited).
 */
import { unindexUpdate } from "./search.js";
import { type PersonalData } from "../../core/personal-data.js";
import { ERASED_TITLE, forgetFinishedCards, jsonList, zoned } from "../shared/personal-data.js";
import { UPDATE_CARD } from "./cards.js";

export const updatesPersonalData: PersonalData<"ProjectUpdate" | "UpdateRevision", "archivedUpdates" | "revisions"> = {
  models: ["ProjectUpdate", "UpdateRevision"],
  sections: ["ProjectUpdate", "UpdateRevision"],
  retention: {
    /** Archived project updates, counted from when they were archived. */
    archivedUpdates: { days: 730, label: "update.kind.archivedUpdates" },
    /** Earlier versions of project updates. */
    revisions: { days: 730, label: "update.kind.revisions" },
  },

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const updates = await tx.projectUpdate.findMany({ where: { networkId, authorId: me }, orderBy: { number: "asc" } });
    const revisions = await tx.updateRevision.findMany({
      where: { update: { networkId }, OR: [{ editorId: me }, { update: { authorId: me } }] },
      include: { update: { select: { number: true, authorId: true } } },
      orderBy: { at: "asc" },
    });
    return {
      sections: {
        ProjectUpdate: updates.map((u) =>
          z({
            id: u.id,
            number: u.number,
            title: u.title,
            summary: u.summary,
            links: jsonList(u.links),
            tags: jsonList(u.tags),
            area: u.area,
            status: u.status,
            confirmedAt: u.confirmedAt,
            archivedAt: u.archivedAt,
            createdAt: u.createdAt,
            updatedAt: u.updatedAt,
          }),
        ),
        UpdateRevision: revisions.map((r) =>
          r.update.authorId === me
            ? z({
                id: r.id,
                updateNumber: r.update.number,
                editedBy: r.editorId === me ? "you" : r.editorId === null ? "unknown" : "a coordinator",
                title: r.title,
                summary: r.summary,
                links: jsonList(r.links),
                tags: jsonList(r.tags),
                area: r.area,
                replacedAt: r.at,
              })
            : // Someone else's update that they edited: the words are the author's, so only the fact of the edit.
              z({ id: r.id, updateNumber: r.update.number, editedBy: "you", replacedAt: r.at }),
        ),
      },
      named: updates.map((u) => u.id),
    };
  },

  async erase(tx, { networkId, memberId: me, provider }, now) {
    const updates = await tx.projectUpdate.findMany({ where: { networkId, authorId: me }, select: { id: true } });
    for (const update of updates) {
      await tx.projectUpdate.update({
        where: { id: update.id },
        data: {
          title: ERASED_TITLE,
          // Unique per update, so the author's later entries (there are none now) never match it.
          projectKey: `forgotten:${update.id}`,
          summary: "",
          links: "[]",
          tags: "[]",
          area: null,
          status: "archived",
        },
      });
    }
    await tx.projectUpdate.updateMany({
      where: { networkId, authorId: me, archivedAt: null },
      data: { archivedAt: now },
    });
    await tx.updateRevision.updateMany({
      where: { update: { networkId, authorId: me } },
      data: { title: ERASED_TITLE, summary: "", links: "[]", tags: "[]", area: null },
    });
    // Revisions of others' updates they edited lose the editor.
    await tx.updateRevision.updateMany({ where: { editorId: me, update: { networkId } }, data: { editorId: null } });
    const ids = updates.map((u) => u.id);
    // Their words leave the search index too (SQLite's is a table of its own).
    if (provider) for (const id of ids) await unindexUpdate(tx, provider, id);
    return {
      counts: { updates: ids.length },
      named: ids,
      cards: ids.map((id) => ({ type: UPDATE_CARD, id })),
    };
  },

  holds: async (tx, memberId) => (await tx.projectUpdate.count({ where: { authorId: memberId } })) > 0,
  inUse: async (tx, networkId) => (await tx.projectUpdate.count({ where: { networkId } })) > 0,

  async retain(tx, network, cutoff) {
    const networkId = network.id;
    const archived = cutoff.before("archivedUpdates");
    // Archived updates first: their revisions go with them, and are not counted as revisions.
    const expired = {
      networkId,
      status: "archived",
      OR: [{ archivedAt: { lt: archived } }, { archivedAt: null, updatedAt: { lt: archived } }],
    };
    // Out of the search index first (SQLite's is a table of its own), then out of the table.
    if (network.provider === "sqlite") {
      const gone = await tx.projectUpdate.findMany({ where: expired, select: { id: true } });
      for (const { id } of gone) await unindexUpdate(tx, network.provider, id);
    }
    const archivedUpdates = (await tx.projectUpdate.deleteMany({ where: expired })).count;
    const revisions = (
      await tx.updateRevision.deleteMany({ where: { update: { networkId }, at: { lt: cutoff.before("revisions") } } })
    ).count;
    // A card is edited while its update exists.
    await forgetFinishedCards(tx, networkId, UPDATE_CARD, async (ids) =>
      (await tx.projectUpdate.findMany({ where: { id: { in: ids }, networkId }, select: { id: true } })).map(
        (u) => u.id,
      ),
    );
    return { archivedUpdates, revisions };
  },
};
