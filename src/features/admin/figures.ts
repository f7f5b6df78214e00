import type { FeatureFigures } from "../../core/personal-data.js";

/** The network's own figures for a report: members active (on any day) and new in the period. */
export const adminFigures: FeatureFigures<"activeMembers" | "newMembers"> = {
  labels: {
    activeMembers: "privacy.figure.activeMembers",
    newMembers: "privacy.figure.newMembers",
  },
  async count(db, networkId, period) {
    const activity = await db.memberActivity.groupBy({
      by: ["memberId"],
      where: { networkId, day: { gte: period.from, lte: period.to } },
    });
    return {
      activeMembers: activity.length,
      newMembers: await db.member.count({ where: { networkId, createdAt: { gte: period.start, lt: period.end } } }),
    };
  },
};
