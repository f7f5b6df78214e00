/**
 * Meeting cards that follow their meeting: every recorded copy is edited when someone answers
 * Going or Maybe (the counts), and when the meeting is edited, given links or cancelled.
 */
import { bilingual, inNetworkLanguages } from "../shared/bilingual.js";
import { refreshCards, rememberCard, type RefreshDeps } from "../shared/cards.js";
import type { Clock } from "../../core/clock.js";
import type { Context } from "../../core/context.js";
import type { Message, PostedRef } from "../../core/message.js";
import { reply, type Reply } from "../../core/reply.js";
import { meetingCard, type CardExtras } from "./card.js";
import type { Meeting } from "./domain.js";
import { languagesOf } from "./network-store.js";
import { nextOccurrence, type Occurrence } from "./recurrence.js";
import { seriesOf } from "./schedule.js";
import { MeetingStore } from "./store.js";

/** PostedCard.subjectType of a meeting's card. */
export const MEETING_CARD = "meeting";

/** What a card shows besides the meeting: its next occurrence, the host, and the answers counted. */
async function cardState(
  store: MeetingStore,
  meeting: Meeting,
  now: Date,
): Promise<{ next: Occurrence | undefined; extras: CardExtras }> {
  const next = meeting.status === "scheduled" ? nextOccurrence(seriesOf(meeting), now, true) : undefined;
  const answers = next ? await store.answers(meeting.id, next.key) : [];
  return {
    next,
    extras: {
      host: await store.hostLabel(meeting),
      counts: {
        going: answers.filter((a) => a.answer === "going").length,
        maybe: answers.filter((a) => a.answer === "maybe").length,
      },
    },
  };
}

/** The meeting's card, for the next occurrence, with its answers counted, in the member's language. */
export async function cardOf(ctx: Context, meeting: Meeting): Promise<Message> {
  const { next, extras } = await cardState(new MeetingStore(ctx.db), meeting, ctx.clock.now());
  return meetingCard(meeting, next, ctx.t, ctx.locale, extras);
}

/** The card as a channel shows it: in the network's two languages when it has two, as its later edits are. */
export async function publicCardOf(ctx: Context, meeting: Meeting): Promise<Message> {
  const { next, extras } = await cardState(new MeetingStore(ctx.db), meeting, ctx.clock.now());
  return bilingual(ctx, (t, locale) => meetingCard(meeting, next, t, locale, extras));
}

/** Records a posted copy of a meeting's card (never fails the command). */
export const rememberMeetingCard = (ctx: Context, meetingId: string): ((ref: PostedRef) => Promise<void>) =>
  rememberCard(ctx, ctx.network.id, { type: MEETING_CARD, id: meetingId }, ctx.space.id);

/** Edits every recorded copy of the meeting's card: its next occurrence and answers now, in the network's language(s). */
export async function refreshMeetingCards(
  deps: RefreshDeps & { readonly clock: Clock },
  networkId: string,
  meetingId: string,
): Promise<void> {
  const network = await languagesOf(deps.db, networkId);
  if (!network) return;
  const store = new MeetingStore(deps.db);
  await refreshCards(deps, networkId, { type: MEETING_CARD, id: meetingId }, async () => {
    const meeting = await store.byId(meetingId);
    if (!meeting || meeting.status === "draft") return undefined;
    const { next, extras } = await cardState(store, meeting, deps.clock.now());
    return inNetworkLanguages(network, (t, locale) => meetingCard(meeting, next, t, locale, extras));
  });
}

/** A reply that, once the member has their answer, brings every copy of the meeting's card up to date. */
export const meetingCardsAfter = (ctx: Context, meetingId: string): Reply =>
  reply.after(() => refreshMeetingCards(ctx, ctx.network.id, meetingId));
