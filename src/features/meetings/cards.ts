/**
 * Meeting cards that follow their meeting: every recorded copy is edited when someone answers
 * Going or Maybe (the counts), and when the meeting is edited, given links or cancelled.
 */
import { inNetworkLanguages } from "../../core/bilingual.js";
import { refreshCards, rememberCard, type RefreshDeps } from "../../core/cards.js";
import type { Clock } from "../../core/clock.js";
import type { Context } from "../../core/context.js";
import type { PostedRef } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { hostLabel } from "./access.js";
import { meetingCard } from "./card.js";
import { nextOccurrence } from "./recurrence.js";
import { seriesOf } from "./schedule.js";
import { MeetingStore } from "./store.js";

/** PostedCard.subjectType of a meeting's card. */
export const MEETING_CARD = "meeting";

/** Records a posted copy of a meeting's card (never fails the command). */
export const rememberMeetingCard = (ctx: Context, meetingId: string): ((ref: PostedRef) => Promise<void>) =>
  rememberCard(ctx, ctx.network.id, { type: MEETING_CARD, id: meetingId }, ctx.space.id);

/** Edits every recorded copy of the meeting's card: its next occurrence and answers now, in the network's language(s). */
export async function refreshMeetingCards(
  deps: RefreshDeps & { readonly clock: Clock },
  networkId: string,
  meetingId: string,
): Promise<void> {
  const network = await deps.db.network.findUnique({
    where: { id: networkId },
    select: { locale: true, secondLocale: true },
  });
  if (!network) return;
  const store = new MeetingStore(deps.db);
  await refreshCards(deps, networkId, { type: MEETING_CARD, id: meetingId }, async () => {
    const meeting = await store.byId(meetingId);
    if (!meeting || meeting.status === "draft") return undefined;
    const next = meeting.status === "scheduled" ? nextOccurrence(seriesOf(meeting), deps.clock.now(), true) : undefined;
    const answers = next ? await store.answers(meeting.id, next.key) : [];
    const host = await hostLabel(deps, meeting);
    const counts = {
      going: answers.filter((a) => a.answer === "going").length,
      maybe: answers.filter((a) => a.answer === "maybe").length,
    };
    return inNetworkLanguages(network, (t, locale) => meetingCard(meeting, next, t, locale, { host, counts }));
  });
}

/** A reply that, once the member has their answer, brings every copy of the meeting's card up to date. */
export const meetingCardsAfter = (ctx: Context, meetingId: string): Reply =>
  reply.after(() => refreshMeetingCards(ctx, ctx.network.id, meetingId));
