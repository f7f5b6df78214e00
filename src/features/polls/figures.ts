import type { FeatureFigures } from "../../core/personal-data.js";

/** Polls in a report: polls started, votes cast, and responses (a person answering a poll counts once). */
export const pollFigures: FeatureFigures<"pollsRun" | "pollVotes" | "pollResponses"> = {
  labels: {
    pollsRun: "polls.figure.pollsRun",
    pollVotes: "polls.figure.pollVotes",
    pollResponses: "polls.figure.pollResponses",
  },
  async count(db, networkId, { start, end }) {
    const within = { gte: start, lt: end };
    const votes = { poll: { networkId }, createdAt: within };
    return {
      pollsRun: await db.poll.count({ where: { networkId, createdAt: within } }),
      pollVotes: await db.pollVote.count({ where: votes }),
      pollResponses: (
        await db.pollVote.findMany({ where: votes, distinct: ["pollId", "voterKey"], select: { id: true } })
      ).length,
    };
  },
};
