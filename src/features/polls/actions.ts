import { defineAction } from "../../core/command.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { pollsOf } from "./access.js";
import { pollCardsAfter } from "./cards.js";
import { voteArg } from "./input.js";
import { POLL_BUTTON } from "./stored-names.js";

/**
 * A vote button: single choice moves the member's vote here (pressing their choice again takes it
 * back), multiple choice toggles this option. Answered privately; every copy of the card then counts it.
 */
const vote = defineAction({
  name: POLL_BUTTON.vote,
  handle: async (ctx, arg) => {
    const parsed = voteArg.safeParse(arg);
    if (!parsed.success) throw new UserError("error.unknown_action");
    const { pollId, index } = parsed.data;
    const poll = await pollsOf(ctx).byId(pollId);
    const option = poll?.options[index];
    if (!poll || poll.networkId !== ctx.network.id || option === undefined) throw new UserError("error.unknown_action");
    // Past its closing time it takes no vote, though its job (a restart late) may not have closed it yet.
    const over = poll.closedAt || (poll.closesAt && poll.closesAt <= ctx.clock.now());
    if (over) throw new UserError("polls.vote.closed", { number: poll.number });
    const result = await pollsOf(ctx).vote(poll.id, ctx.member.id, index, ctx.clock.now());
    if (result === "closed") throw new UserError("polls.vote.closed", { number: poll.number });
    return [
      reply.private(ctx.t(`polls.vote.${result}`, { number: poll.number, option })),
      pollCardsAfter(ctx, poll.id),
    ];
  },
});

export const pollActions = [vote];
