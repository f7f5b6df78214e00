import type { Translate } from "../../core/i18n/index.js";
import type { MemberRef, Message } from "../../core/message.js";

export interface UpdateView {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly links: readonly string[];
  readonly createdAt: Date;
  readonly author: { readonly name: string; readonly ref?: MemberRef };
}

/** The card an update is shown as, in the channel and in the directory. */
export function updateCard(update: UpdateView, t: Translate): Message {
  return {
    title: update.title,
    text: update.summary,
    ...(update.links.length ? { links: update.links.map((url) => ({ url })) } : {}),
    context: [
      { kind: "member", name: update.author.name, ...(update.author.ref ? { ref: update.author.ref } : {}) },
      ` · ${t("update.card.posted")} `,
      { kind: "time", at: update.createdAt, style: "datetime" },
    ],
  };
}
