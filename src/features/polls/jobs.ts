import { z } from "zod";
import { inNetworkLanguages } from "../shared/bilingual.js";
import { defineJob } from "../../scheduler/index.js";
import { pollCard } from "./card.js";
import { refreshPollCards } from "./cards.js";
import { PollStore } from "./store.js";
import { POLL_JOB } from "./stored-names.js";

const DAY = 24 * 3600 * 1000;

/**
 * Closes a poll at its time and posts its results where it was asked. Exactly once: the close is a
 * conditional update (a poll closed early, or by another instance, is left alone), and the job row is
 * claimed by lease, so a restart runs it once.
 */
export const closeJob = defineJob({
  kind: POLL_JOB.close,
  payload: z.object({ pollId: z.string().min(1) }),
  graceMs: 30 * DAY,
  run: async (ctx, { pollId }) => {
    const store = new PollStore(ctx.db);
    const poll = await store.byId(pollId);
    if (!poll || poll.closedAt) return;
    if (!(await store.close(poll, null, ctx.clock.now()))) return;
    const closed = (await store.byId(pollId)) ?? poll;
    const network = await ctx.db.network.findUnique({
      where: { id: poll.networkId },
      select: { locale: true, secondLocale: true },
    });
    if (network && poll.spaceId && poll.channelId)
      await ctx.delivery.toChannel(
        poll.spaceId,
        poll.channelId,
        inNetworkLanguages(network, (t) => pollCard(closed, t)),
      );
    await refreshPollCards(ctx, poll.networkId, poll.id);
  },
});

export const pollJobs = [closeJob];
