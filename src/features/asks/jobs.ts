import { DateTime } from "luxon";
import { z } from "zod";
import { inNetworkLanguages } from "../shared/bilingual.js";
import { tellCoordinators, translatorFor } from "../../core/people.js";
import { defineJob, type JobContext } from "../../scheduler/index.js";
import { rememberAskCard } from "./cards.js";
import { askCard } from "./card.js";
import { BUMP_JOB, ESCALATE_JOB, MATCH_JOB, planEscalation } from "./schedule.js";
import { AskSettingsStore } from "./settings-store.js";
import { StandingOfferStore } from "./standing-offer-store.js";
import { AskStore, type StoredAsk } from "./store.js";

const byAsk = z.object({ askId: z.string().min(1) });
const DAY = 24 * 3600 * 1000;

async function openAsk(ctx: JobContext, askId: string): Promise<StoredAsk | undefined> {
  const ask = await new AskStore(ctx.db).byId(askId);
  return ask && ask.status === "open" ? ask : undefined;
}

/**
 * Pings, privately, the members whose standing offer shares a tag with a new
 * ask — never the asker, never one member more than the network's daily limit.
 */
export const matchJob = defineJob({
  kind: MATCH_JOB,
  payload: byAsk,
  // A ping a few hours late is still useful; a day late the ask has moved on.
  graceMs: DAY,
  run: async (ctx, { askId }) => {
    const ask = await new AskStore(ctx.db).byId(askId);
    if (!ask || ask.tags.length === 0 || ask.status === "closed" || ask.status === "resolved") return;
    const network = await new AskSettingsStore(ctx.db).networkOf(ask.networkId);
    if (!network) return;
    const standing = new StandingOfferStore(ctx.db);
    const offers = await standing.inNetwork(ask.networkId, ask.requesterId);
    const now = ctx.clock.now();
    const day = DateTime.fromJSDate(now, { zone: network.timeZone }).toISODate() ?? "";
    for (const offer of offers) {
      if (!offer.tags.some((tag) => ask.tags.includes(tag))) continue;
      const ping = { memberId: offer.memberId, askId: ask.id, day };
      if (!(await standing.takePingSlot(ping, network.pingsPerDay, ctx.clock.now()))) continue;
      const t = await translatorFor(ctx.db, offer.memberId);
      if (!t) continue;
      await ctx.delivery.toMember(offer.memberId, {
        ...askCard(ask, t, undefined, { forHelpers: true }),
        title: t("asks.match.title", { what: ask.what }),
      });
    }
  },
});

export const bumpJob = defineJob({
  kind: BUMP_JOB,
  payload: byAsk,
  graceMs: 7 * DAY,
  run: async (ctx, { askId }) => {
    const ask = await openAsk(ctx, askId);
    if (!ask) return;
    const settings = new AskSettingsStore(ctx.db);
    if (ask.spaceId && ask.channelId) {
      const network = await settings.networkOf(ask.networkId);
      if (!network) return;
      const card = inNetworkLanguages(network, (t) => ({
        ...askCard(ask, t),
        title: t("asks.bump.title", { what: ask.what }),
      }));
      const ref = await ctx.delivery.toChannel(ask.spaceId, ask.channelId, card);
      // The bump is a copy of the card too: an offer or the ask's end edits it with the first.
      await rememberAskCard(ctx, ask.networkId, ask.id, ask.spaceId)(ref);
    }
    await settings.planWith(ask.networkId, (tx, { bumpHours }) => planEscalation(tx, ask, ctx.clock.now(), bumpHours));
  },
});

/** Still no offer after the bump: the network's coordinators (never erased ones) are told directly. */
export const escalateJob = defineJob({
  kind: ESCALATE_JOB,
  payload: byAsk,
  graceMs: 7 * DAY,
  run: async (ctx, { askId }) => {
    const ask = await openAsk(ctx, askId);
    if (!ask) return;
    await tellCoordinators(ctx.db, ctx.delivery, ask.networkId, (t) => ({
      ...askCard(ask, t),
      title: t("asks.escalate.title", { number: ask.number, what: ask.what }),
    }));
  },
});

export const askJobs = [matchJob, bumpJob, escalateJob];
