import { DateTime } from "luxon";
import { z } from "zod";
import { isUniqueViolation } from "../../db/index.js";
import { inNetworkLanguages } from "../../core/bilingual.js";
import { matchLocale, translator } from "../../core/i18n/index.js";
import { defineJob, type JobContext } from "../../scheduler/index.js";
import { rememberAskCard } from "./cards.js";
import { askCard } from "./card.js";
import { BUMP_JOB, ESCALATE_JOB, MATCH_JOB, planEscalation } from "./schedule.js";
import { AskStore, type StoredAsk } from "./store.js";

const byAsk = z.object({ askId: z.string().min(1) });
const DAY = 24 * 3600 * 1000;

async function openAsk(ctx: JobContext, askId: string): Promise<StoredAsk | undefined> {
  const ask = await new AskStore(ctx.db).byId(askId);
  return ask && ask.status === "open" ? ask : undefined;
}

async function translatorFor(ctx: JobContext, memberId: string) {
  const member = await ctx.db.member.findUniqueOrThrow({ where: { id: memberId }, include: { network: true } });
  return translator(matchLocale(member.locale) ?? matchLocale(member.network.locale) ?? "en");
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
    const network = await ctx.db.network.findUniqueOrThrow({ where: { id: ask.networkId } });
    const offers = await ctx.db.standingOffer.findMany({
      where: { networkId: ask.networkId, memberId: { not: ask.requesterId } },
    });
    const now = ctx.clock.now();
    const day = DateTime.fromJSDate(now, { zone: network.timeZone }).toISODate() ?? "";
    for (const offer of offers) {
      const tags = JSON.parse(offer.tags) as string[];
      if (!tags.some((tag) => ask.tags.includes(tag))) continue;
      if (!(await takePingSlot(ctx, offer.memberId, ask.id, day, network.askPingsPerDay))) continue;
      const t = await translatorFor(ctx, offer.memberId);
      await ctx.delivery.toMember(offer.memberId, {
        ...askCard(ask, t, undefined, { forHelpers: true }),
        title: t("asks.match.title", { what: ask.what }),
      });
    }
  },
});

/**
 * Claims one of today's ping slots for a member. Unique keys do the counting, so
 * matching jobs running side by side (or on two instances) never exceed the limit,
 * and a retried job never pings anyone twice about one ask.
 */
async function takePingSlot(
  ctx: JobContext,
  memberId: string,
  requestId: string,
  day: string,
  limit: number,
): Promise<boolean> {
  if (await ctx.db.helpPing.findUnique({ where: { memberId_requestId: { memberId, requestId } } })) return false;
  for (let slot = 1; slot <= limit; slot++) {
    try {
      await ctx.db.helpPing.create({ data: { memberId, requestId, day, slot, at: ctx.clock.now() } });
      return true;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return false;
}

export const bumpJob = defineJob({
  kind: BUMP_JOB,
  payload: byAsk,
  graceMs: 7 * DAY,
  run: async (ctx, { askId }) => {
    const ask = await openAsk(ctx, askId);
    if (!ask) return;
    if (ask.spaceId && ask.channelId) {
      const network = await ctx.db.network.findUniqueOrThrow({ where: { id: ask.networkId } });
      const card = inNetworkLanguages(network, (t) => ({
        ...askCard(ask, t),
        title: t("asks.bump.title", { what: ask.what }),
      }));
      const ref = await ctx.delivery.toChannel(ask.spaceId, ask.channelId, card);
      // The bump is a copy of the card too: an offer or the ask's end edits it with the first.
      await rememberAskCard(ctx, ask.networkId, ask.id, ask.spaceId)(ref);
    }
    await ctx.db.$transaction((tx) => planEscalation(tx, ask, ctx.clock.now()));
  },
});

/** Still no offer after the bump: the network's coordinators are told directly. */
export const escalateJob = defineJob({
  kind: ESCALATE_JOB,
  payload: byAsk,
  graceMs: 7 * DAY,
  run: async (ctx, { askId }) => {
    const ask = await openAsk(ctx, askId);
    if (!ask) return;
    const coordinators = await ctx.db.member.findMany({
      where: { networkId: ask.networkId, role: { in: ["coordinator", "admin"] } },
    });
    for (const coordinator of coordinators) {
      const t = await translatorFor(ctx, coordinator.id);
      await ctx.delivery.toMember(coordinator.id, {
        ...askCard(ask, t),
        title: t("asks.escalate.title", { number: ask.number, what: ask.what }),
      });
    }
  },
});

export const helpJobs = [matchJob, bumpJob, escalateJob];
