import { z } from "zod";
import { inNetworkLanguages } from "../shared/bilingual.js";
import type { Inline, Message } from "../../core/message.js";
import { translatorFor } from "../../core/people.js";
import { defineJob } from "../../scheduler/index.js";
import { freshnessQuestion } from "./actions.js";
import { directoryLine } from "./card.js";
import { refreshUpdateCards } from "./cards.js";
import { AUTO_ARCHIVE_JOB, DIGEST_JOB, FRESHNESS_JOB } from "./schedule.js";
import { digestPlanOf, planNextDigest } from "./settings-store.js";
import { UpdateLimits } from "./limits.js";
import { UpdateStore } from "./store.js";

const byUpdate = z.object({ updateId: z.string().min(1) });

/** Asks the author "is this still current?" with Keep / Update / Archive, then waits for an answer. */
const DAY_MS = 24 * 3600 * 1000;

export const freshnessJob = defineJob({
  kind: FRESHNESS_JOB,
  payload: byUpdate,
  // Asking late after downtime is still right; only a month late is it pointless.
  graceMs: 30 * DAY_MS,
  run: async (ctx, { updateId }) => {
    const store = new UpdateStore(ctx.db, ctx.provider);
    const update = await store.byId(updateId);
    if (!update || update.status !== "active") return; // deleted or archived since: nothing to ask
    const t = await translatorFor(ctx.db, update.authorId);
    if (!t) throw new Error("the update's author is not stored");
    await ctx.delivery.toMember(update.authorId, freshnessQuestion(update, t));
    await store.planAutoArchive(update, ctx.clock.now());
  },
});

/** No answer to "still current?": archive it (never delete) and tell the author how to bring it back. */
export const autoArchiveJob = defineJob({
  kind: AUTO_ARCHIVE_JOB,
  payload: byUpdate,
  graceMs: 30 * DAY_MS,
  run: async (ctx, { updateId }) => {
    const store = new UpdateStore(ctx.db, ctx.provider);
    const update = await store.byId(updateId);
    if (!update || update.status !== "active") return;
    // Answered in the meantime (Keep or an edit moved confirmedAt past the question): leave it be.
    if (update.confirmedAt.getTime() > ctx.job.dueAt.getTime() - UpdateLimits.freshnessAnswerDays * 24 * 3600 * 1000)
      return;
    await store.archive(update.id, null, ctx.clock.now());
    await refreshUpdateCards(ctx, update.networkId, update.id);
    const t = await translatorFor(ctx.db, update.authorId);
    if (!t) throw new Error("the update's author is not stored");
    await ctx.delivery.toMember(update.authorId, {
      text: t("update.fresh.auto_archived", { title: update.title, number: update.number }),
    });
  },
});

const digestPayload = z.object({ networkId: z.string().min(1), since: z.iso.datetime() });

/**
 * The weekly digest: what is new or changed since the last one, posted to
 * every space of the network that chose a digest channel — so an update posted
 * in Slack reaches the network's Discord members too. Then the next week's.
 */
export const digestJob = defineJob({
  kind: DIGEST_JOB,
  payload: digestPayload,
  // A digest a few days late (marked "delayed") still helps; a week late it is skipped and the
  // coordinators are told, and /update digest-here starts the weekly chain again.
  graceMs: 7 * DAY_MS,
  run: async (ctx, { networkId, since }) => {
    const network = await digestPlanOf(ctx.db, networkId);
    if (!network) return;
    if (network.channels.length === 0) return; // every space turned it off: stop the weekly chain
    const until = ctx.job.dueAt;
    const changed = await new UpdateStore(ctx.db, ctx.provider).changedSince(networkId, new Date(since), until);
    if (changed.length > 0) {
      const message = inNetworkLanguages(network, (t): Message => ({
        title: t("update.digest.title", { network: network.name }) + (ctx.late ? ` ${t("job.delayed")}` : ""),
        text: changed.flatMap((u, i): Inline[] => [...(i ? ["\n"] : []), ...directoryLine(u, t)]),
        context: t("update.digest.footer", { count: changed.length, command: "/update show" }),
      }));
      for (const { spaceId, channelId } of network.channels) {
        try {
          await ctx.delivery.toChannel(spaceId, channelId, message);
        } catch (error) {
          // One platform being down must not keep the digest from the others.
          ctx.log.warn({ err: error, space: spaceId }, "digest not delivered to a space");
        }
      }
    }
    await planNextDigest(ctx.db, networkId, network.timeZone, until);
  },
});

export const updateJobs = [freshnessJob, autoArchiveJob, digestJob];
