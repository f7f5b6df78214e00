/**
 * Polls' part of a member's export, erasure and the network's retention: the polls they asked and
 * their votes on named polls. Anonymous votes hold no member id, only a hash with the poll's salt.
 *
 * Erasure anonymises votes rather than deleting them: a closed poll's results were announced and
 * acted on, and removing a vote would change them after the fact; a vote without a name (or a hash
 * that can be recomputed from the member's id) says nothing about anyone. The member's own polls
 * lose their question (their words) and close; the options stay, so the counts still mean something.
 */
import { randomBytes } from "node:crypto";
import { type PersonalData } from "../../core/personal-data.js";
import { ERASED_TITLE, forgetFinishedCards, zoned } from "../shared/personal-data.js";
import { voterKeyOf } from "./store.js";
import { POLL_CARD } from "./stored-names.js";

/** A voter key nobody can trace back: what an erased member's votes keep, unique as the key must be. */
const untraceable = () => `erased:${randomBytes(12).toString("hex")}`;

export const pollsPersonalData: PersonalData<"Poll" | "PollVote", "closedPolls"> = {
  models: ["Poll", "PollVote"],
  sections: ["Poll", "PollVote"],
  retention: {
    /** Closed polls with all their votes, counted from when they closed. */
    closedPolls: { days: 730, label: "polls.kind.closedPolls" },
  },

  async export(tx, { networkId, memberId: me, timeZone }) {
    const z = (row: Record<string, unknown>) => zoned(row, timeZone);
    const polls = await tx.poll.findMany({
      where: { networkId, authorId: me },
      include: { _count: { select: { votes: true } } },
      orderBy: { number: "asc" },
    });
    const votes = await tx.pollVote.findMany({
      where: { memberId: me, poll: { networkId } },
      include: { poll: { select: { number: true, question: true, options: true } } },
      orderBy: { createdAt: "asc" },
    });
    return {
      sections: {
        Poll: polls.map((p) =>
          z({
            id: p.id,
            number: p.number,
            question: p.question,
            options: JSON.parse(p.options) as string[],
            multiple: p.multiple,
            anonymous: p.anonymous,
            votes: p._count.votes,
            closesAt: p.closesAt,
            closedAt: p.closedAt,
            createdAt: p.createdAt,
          }),
        ),
        // A vote on a named poll: the poll's number and question and the option chosen.
        PollVote: votes.map((v) =>
          z({
            id: v.id,
            poll: { number: v.poll.number, question: v.poll.question },
            option: (JSON.parse(v.poll.options) as string[])[v.choice] ?? null,
            createdAt: v.createdAt,
          }),
        ),
      },
      named: polls.map((p) => p.id),
    };
  },

  async erase(tx, { networkId, memberId: me }, now) {
    const authored = await tx.poll.findMany({ where: { networkId, authorId: me }, select: { id: true } });
    await tx.poll.updateMany({ where: { networkId, authorId: me }, data: { question: ERASED_TITLE } });
    // Named votes: the name goes, the vote stays (one by one: each needs a key of its own).
    const named = await tx.pollVote.findMany({
      where: { memberId: me, poll: { networkId } },
      select: { id: true, pollId: true },
    });
    for (const vote of named)
      await tx.pollVote.update({ where: { id: vote.id }, data: { memberId: null, voterKey: untraceable() } });
    // Anonymous votes: the hash could be recomputed from the member's id; it is replaced too.
    const anonymous = await tx.poll.findMany({
      // A closed poll has no salt left: its hashes already lead back to nobody.
      where: { networkId, anonymous: true, salt: { not: "" } },
      select: { id: true, salt: true },
    });
    let hashed = 0;
    for (const poll of anonymous) {
      const key = voterKeyOf({ anonymous: true, salt: poll.salt }, me);
      const votes = await tx.pollVote.findMany({ where: { pollId: poll.id, voterKey: key }, select: { id: true } });
      for (const vote of votes) await tx.pollVote.update({ where: { id: vote.id }, data: { voterKey: untraceable() } });
      hashed += votes.length;
    }
    // Her open polls close (their question is gone: nobody could answer it); the salt goes, as on any close.
    await tx.poll.updateMany({
      where: { networkId, authorId: me, closedAt: null },
      data: { closedAt: now, salt: "" },
    });
    const ids = authored.map((p) => p.id);
    const carded = [...new Set([...ids, ...named.map((v) => v.pollId)])];
    return {
      counts: { polls: ids.length, votes: named.length + hashed },
      named: ids,
      cards: carded.map((id) => ({ type: POLL_CARD, id })),
    };
  },

  async holds(tx, memberId) {
    const counts = await Promise.all([
      tx.poll.count({ where: { authorId: memberId } }),
      tx.pollVote.count({ where: { memberId } }),
    ]);
    return counts.some((n) => n > 0);
  },

  async inUse(tx, networkId) {
    return (await tx.poll.count({ where: { networkId } })) > 0;
  },

  async retain(tx, network, cutoff) {
    const networkId = network.id;
    const closedPolls = (
      await tx.poll.deleteMany({ where: { networkId, closedAt: { lt: cutoff.before("closedPolls") } } })
    ).count;
    await forgetFinishedCards(tx, networkId, POLL_CARD, async (ids) =>
      (await tx.poll.findMany({ where: { id: { in: ids }, networkId }, select: { id: true } })).map((p) => p.id),
    );
    return { closedPolls };
  },
};
