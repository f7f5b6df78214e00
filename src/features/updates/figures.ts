import type { FeatureFigures } from "../../core/personal-data.js";

/** Project updates in a report: posted, and edited (earlier versions kept), in the period. */
export const updateFigures: FeatureFigures<"updatesPosted" | "updatesEdited"> = {
  labels: {
    updatesPosted: "update.figure.updatesPosted",
    updatesEdited: "update.figure.updatesEdited",
  },
  async count(db, networkId, { start, end }) {
    const within = { gte: start, lt: end };
    return {
      updatesPosted: await db.projectUpdate.count({ where: { networkId, createdAt: within } }),
      updatesEdited: await db.updateRevision.count({ where: { update: { networkId }, at: within } }),
    };
  },
};
