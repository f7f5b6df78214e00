import type { FeatureFigures } from "../../core/personal-data.js";

/** Asks in a report: asks made, offers of help, and asks resolved in the period. */
export const askFigures: FeatureFigures<"asksMade" | "offersMade" | "asksResolved"> = {
  labels: {
    asksMade: "asks.figure.asksMade",
    offersMade: "asks.figure.offersMade",
    asksResolved: "asks.figure.asksResolved",
  },
  async count(db, networkId, { start, end }) {
    const within = { gte: start, lt: end };
    return {
      asksMade: await db.helpRequest.count({ where: { networkId, createdAt: within } }),
      offersMade: await db.helpOffer.count({ where: { request: { networkId }, createdAt: within } }),
      asksResolved: await db.helpRequest.count({ where: { networkId, status: "resolved", resolvedAt: within } }),
    };
  },
};
