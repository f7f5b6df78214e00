import { encodeCustomId } from "../../core/custom-id.js";
import type { Translate } from "../../core/i18n/index.js";
import type { Action, Field, Inline, MemberRef, Message } from "../../core/message.js";
import type { StoredAsk } from "./store.js";
import { ASK_BUTTON } from "./stored-names.js";

/**
 * An ask as a card: what is needed, by whom, and the buttons to help, resolve or close; once
 * resolved or closed, it says so and has no buttons. `forHelpers` leaves out Resolved and Close,
 * for cards sent privately to possible helpers.
 */
export function askCard(
  ask: StoredAsk,
  t: Translate,
  ref?: MemberRef,
  options: { forHelpers?: boolean } = {},
): Message {
  const fields: Field[] = [];
  if (ask.tags.length) fields.push({ label: t("update.card.tags"), value: ask.tags.map((tag) => `#${tag}`).join(" ") });
  if (ask.urgency !== "normal") fields.push({ label: t("asks.opt.urgency"), value: t(`asks.urgency.${ask.urgency}`) });
  if (ask.deadline)
    fields.push({ label: t("asks.opt.deadline"), value: [{ kind: "time", at: ask.deadline, style: "date" }] });
  const context: Inline[] = [
    t("asks.card.by", { number: ask.number }),
    " ",
    { kind: "member", name: ask.requesterName, ...(ref ? { ref } : {}) },
    " · ",
    { kind: "time", at: ask.createdAt, style: "datetime" },
  ];
  if (ask.offers > 0) context.push(` · ${t("asks.card.offers", { count: ask.offers })}`);
  const finished = ask.status === "resolved" || ask.status === "closed";
  if (finished) context.push(` · ${t(`asks.status.${ask.status}`)}`);
  return {
    title: ask.what,
    ...(ask.details ? { text: ask.details } : {}),
    ...(fields.length ? { fields } : {}),
    context,
    ...(finished ? {} : { actions: actions(ask, t, options) }),
  };
}

function actions(ask: StoredAsk, t: Translate, options: { forHelpers?: boolean }): Action[] {
  return [
    { id: encodeCustomId(ASK_BUTTON.offer, ask.id), label: t("update.button.help"), style: "primary" },
    ...(options.forHelpers
      ? []
      : [
          { id: encodeCustomId(ASK_BUTTON.resolve, ask.id), label: t("asks.button.resolved") },
          { id: encodeCustomId(ASK_BUTTON.close, ask.id), label: t("asks.button.close") },
        ]),
  ];
}

/** One line of a list of asks. */
export function askLine(ask: StoredAsk, t: Translate): Inline[] {
  const line: Inline[] = [`#${ask.number} ${ask.what} — ${ask.requesterName}`];
  if (ask.urgency === "urgent") line.push(` · ${t("asks.urgency.urgent")}`);
  if (ask.tags.length) line.push(` · ${ask.tags.map((tag) => `#${tag}`).join(" ")}`);
  line.push(` · ${t(`asks.status.${ask.status}`)}`);
  return line;
}
