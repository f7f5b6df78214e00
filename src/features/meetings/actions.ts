import { defineAction } from "../../core/command.js";
import { UserError } from "../../core/errors.js";
import { reply } from "../../core/reply.js";
import { findMeetingById, hostLabel, meetingsOf } from "./access.js";
import { ANSWER_OF, formatWhen } from "./card.js";
import { meetingCardsAfter, publicCardOf, rememberMeetingCard } from "./cards.js";
import { cancelMeetingNow, formValues } from "./command-change.js";
import { meetingEventsAfter } from "./events.js";
import { occurrenceByKey } from "./recurrence.js";
import { seriesOf } from "./schedule.js";

/** Save on the echo: the draft becomes meeting #n, its card is posted and its reminders planned. */
const save = defineAction({
  name: "meeting.save",
  handle: async (ctx, id) => {
    const draft = await meetingsOf(ctx).byId(id);
    if (!draft || draft.networkId !== ctx.network.id || draft.createdById !== ctx.member.id)
      throw new UserError("error.unknown_action");
    if (draft.status !== "draft") return reply.update({ text: ctx.t("meetings.saved", { number: draft.number }) });
    if (draft.startsAt <= ctx.clock.now()) throw new UserError("meetings.draft.too_late");
    const meeting = await meetingsOf(ctx).save(draft.id, ctx.member.id, ctx.clock.now());
    if (!meeting) {
      const now = await meetingsOf(ctx).byId(id);
      if (!now) throw new UserError("error.unknown_action");
      return reply.update({ text: ctx.t("meetings.saved", { number: now.number }) });
    }
    return [
      reply.update({ text: ctx.t("meetings.saved", { number: meeting.number }) }),
      reply.public(await publicCardOf(ctx, meeting), rememberMeetingCard(ctx, meeting.id)),
      meetingEventsAfter(ctx, meeting.id),
    ];
  },
});

/**
 * Edit on the echo: the form again, filled with what was read, where forms open; elsewhere the
 * command to send again, written out. The draft stays until Save, Cancel or the day is over.
 */
const editDraft = defineAction({
  name: "meeting.draft-edit",
  handle: async (ctx, id) => {
    const draft = await meetingsOf(ctx).byId(id);
    if (!draft || draft.networkId !== ctx.network.id || draft.createdById !== ctx.member.id)
      throw new UserError("error.unknown_action");
    if (draft.status !== "draft") return reply.update({ text: ctx.t("meetings.saved", { number: draft.number }) });
    const values = formValues(draft, await hostLabel(ctx, draft), ctx.clock.now());
    if (ctx.canOpenForms) return reply.form(ctx.formFor("meeting", "add", { values }));
    const parts = [values.title, values.when, values.place];
    if (values.repeat) parts.push(`repeat: ${values.repeat}`);
    if (values.host) parts.push(`host: ${values.host}`);
    const command = `${ctx.commandText("meeting")} add ${parts.join(" | ")}`;
    return reply.private(ctx.t("meetings.sentence.retype", { command }));
  },
});

/** Cancel on the echo: nothing is kept. */
const discard = defineAction({
  name: "meeting.discard",
  handle: async (ctx, id) => {
    const draft = await meetingsOf(ctx).byId(id);
    if (draft && (draft.networkId !== ctx.network.id || draft.createdById !== ctx.member.id))
      throw new UserError("error.unknown_action");
    if (draft?.status === "draft") await meetingsOf(ctx).dropDraft(draft.id);
    return reply.update({ text: ctx.t("meetings.discarded") });
  },
});

/** Going / Maybe / Can't, for the occurrence the button names. Answering again changes the answer. */
const rsvp = defineAction({
  name: "meeting.rsvp",
  handle: async (ctx, arg) => {
    const [meetingId = "", key = "", code = ""] = arg.split(":");
    const answer = ANSWER_OF[code];
    if (!answer) throw new UserError("error.unknown_action");
    const meeting = await findMeetingById(ctx, meetingId);
    if (meeting.status === "cancelled") throw new UserError("meetings.already_cancelled", { number: meeting.number });
    const occurrence = occurrenceByKey(seriesOf(meeting), key);
    if (!occurrence || occurrence.end <= ctx.clock.now())
      throw new UserError("meetings.rsvp.past", { number: meeting.number });
    await meetingsOf(ctx).rsvp(meeting, ctx.member.id, occurrence.key, answer, ctx.clock.now());
    return [
      reply.private(
        ctx.t(`meetings.rsvp.${answer}`, {
          title: meeting.title,
          when: formatWhen(occurrence.start, meeting.durationMinutes, meeting.timeZone, ctx.locale),
        }),
      ),
      // The card's counts, on every copy (a reminder's buttons answer too).
      meetingCardsAfter(ctx, meeting.id),
    ];
  },
});

/** Yes, cancel it — on `/meeting cancel`'s confirmation. */
const confirmCancel = defineAction({
  name: "meeting.cancel",
  handle: async (ctx, id) => cancelMeetingNow(ctx, await findMeetingById(ctx, id)),
});

/** Keep it — on `/meeting cancel`'s confirmation: nothing changes. */
const keep = defineAction({
  name: "meeting.keep",
  handle: async (ctx, id) => {
    const meeting = await findMeetingById(ctx, id);
    return reply.update({ text: ctx.t("meetings.cancel.kept", { number: meeting.number }) });
  },
});

export const meetingActions = [save, editDraft, discard, rsvp, confirmCancel, keep];
