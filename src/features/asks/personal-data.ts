/**
 * Asks' part of a member's export, erasure and the network's retention: the asks they made, the
 * offers they gave, their standing offer and the pings they were sent.
 */
import { type PersonalData } from "../../core/personal-data.js";
import { ERASED_TITLE, forgetFinishedCards, inChunks, jsonList, zoned } from "../shared/personal-data.js";
import { ASK_CARD } from "./cards.js";

export const asksPersonalData: PersonalData<
  "HelpRequest" | "HelpOffer" | "StandingOffer" | "HelpPing",
  "closedAsks" | "helpPings"
> = {
  models: ["HelpRequest", "HelpOffer", "StandingOffer", "HelpPing"],
  sections: ["HelpRequest", "HelpOffer", "StandingOffer", "HelpPing"],
  retention: {
    /** Resolved or closed asks (with their offers), counted from when they were resolved or closed. */
    closedAsks: { days: 730, label: "asks.kind.closedAsks" },
    /** Records of "a new ask matches what you offered" pings (they only cap pings per day). */
    helpPings: { days: 30, label: "asks.kind.helpPings" },
  },

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const asks = await tx.helpRequest.findMany({
      where: { networkId, requesterId: me },
      include: { _count: { select: { offers: true } } },
      orderBy: { number: "asc" },
    });
    const offers = await tx.helpOffer.findMany({
      where: { helperId: me, request: { networkId } },
      include: { request: { select: { number: true, what: true, status: true } } },
      orderBy: { createdAt: "asc" },
    });
    const standing = await tx.standingOffer.findMany({ where: { networkId, memberId: me } });
    const pings = await tx.helpPing.findMany({ where: { memberId: me }, orderBy: { at: "asc" } });
    const pingedAsks = await tx.helpRequest.findMany({
      where: { networkId, id: { in: pings.map((p) => p.requestId) } },
      select: { id: true, number: true },
    });
    const askNumber = new Map(pingedAsks.map((a) => [a.id, a.number]));
    return {
      sections: {
        HelpRequest: asks.map((a) =>
          z({
            id: a.id,
            number: a.number,
            what: a.what,
            details: a.details,
            tags: jsonList(a.tags),
            urgency: a.urgency,
            deadline: a.deadline,
            status: a.status,
            whatHelped: a.whatHelped,
            offersReceived: a._count.offers,
            createdAt: a.createdAt,
            updatedAt: a.updatedAt,
            resolvedAt: a.resolvedAt,
          }),
        ),
        // An ask they offered help on: its number, title and status, not who asked or the details.
        HelpOffer: offers.map((o) =>
          z({
            id: o.id,
            ask: { number: o.request.number, title: o.request.what, status: o.request.status },
            chosen: o.chosen,
            createdAt: o.createdAt,
          }),
        ),
        StandingOffer: standing.map((s) =>
          z({
            id: s.id,
            tags: jsonList(s.tags),
            availability: s.availability,
            createdAt: s.createdAt,
            updatedAt: s.updatedAt,
          }),
        ),
        HelpPing: pings.map((p) =>
          z({ id: p.id, askNumber: askNumber.get(p.requestId) ?? null, day: p.day, slot: p.slot, at: p.at }),
        ),
      },
      named: asks.map((a) => a.id),
    };
  },

  async erase(tx, { networkId, memberId: me }) {
    const asks = await tx.helpRequest.findMany({ where: { networkId, requesterId: me }, select: { id: true } });
    await tx.helpRequest.updateMany({
      where: { networkId, requesterId: me },
      data: { what: ERASED_TITLE, details: null, whatHelped: null, tags: "[]" },
    });
    await tx.helpRequest.updateMany({
      where: { networkId, requesterId: me, status: { in: ["open", "offered"] } },
      data: { status: "closed" },
    });
    // Offers stay (anonymous counts); the standing offer and pings have no use once they are gone.
    await tx.standingOffer.deleteMany({ where: { networkId, memberId: me } });
    await tx.helpPing.deleteMany({ where: { memberId: me } });
    const ids = asks.map((a) => a.id);
    return { counts: { asks: ids.length }, named: ids, cards: ids.map((id) => ({ type: ASK_CARD, id })) };
  },

  async holds(tx, memberId) {
    const counts = await Promise.all([
      tx.helpRequest.count({ where: { requesterId: memberId } }),
      tx.helpOffer.count({ where: { helperId: memberId } }),
      tx.standingOffer.count({ where: { memberId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  async inUse(tx, networkId) {
    const counts = await Promise.all([
      tx.helpRequest.count({ where: { networkId } }),
      tx.standingOffer.count({ where: { networkId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  async retain(tx, network, cutoff) {
    const networkId = network.id;
    const closed = cutoff.before("closedAsks");
    const closedAsks = (
      await tx.helpRequest.deleteMany({
        where: {
          networkId,
          status: { in: ["resolved", "closed"] },
          OR: [{ resolvedAt: { lt: closed } }, { resolvedAt: null, updatedAt: { lt: closed } }],
        },
      })
    ).count;
    // Pings have no network column: reached through the network's members.
    const memberIds = (await tx.member.findMany({ where: { networkId }, select: { id: true } })).map((m) => m.id);
    const helpPings = await inChunks(memberIds, (chunk) =>
      tx.helpPing.deleteMany({ where: { memberId: { in: chunk }, at: { lt: cutoff.before("helpPings") } } }),
    );
    // A card is edited while its ask exists.
    await forgetFinishedCards(tx, networkId, ASK_CARD, async (ids) =>
      (await tx.helpRequest.findMany({ where: { id: { in: ids }, networkId }, select: { id: true } })).map((a) => a.id),
    );
    return { closedAsks, helpPings };
  },
};
