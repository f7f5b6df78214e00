import { encodeCustomId } from "../../core/custom-id.js";
import type { Translate } from "../../core/i18n/index.js";
import type { Inline, MemberRef, Message } from "../../core/message.js";
import type { StoredUpdate } from "./domain.js";

/** The author as a mention where the reader's platform can show one. */
export type AuthorRefs = (update: StoredUpdate) => MemberRef | undefined;

function byline(update: StoredUpdate, t: Translate, ref: MemberRef | undefined, revised: boolean): Inline[] {
  const parts: Inline[] = [
    `#${update.number} · `,
    { kind: "member", name: update.authorName, ...(ref ? { ref } : {}) },
    ` · ${t(revised ? "update.card.updated" : "update.card.posted")} `,
    { kind: "time", at: revised ? update.updatedAt : update.createdAt, style: "datetime" },
  ];
  if (update.area) parts.push(` · ${update.area}`);
  if (update.status === "archived") parts.push(` · ${t("update.card.archived")}`);
  return parts;
}

/** The card an update is shown as: in the channel, in `show`, in reminders. */
export function updateCard(
  update: StoredUpdate,
  t: Translate,
  options: { ref?: MemberRef | undefined; revised?: boolean } = {},
): Message {
  const fields = update.tags.length
    ? [{ label: t("update.card.tags"), value: update.tags.map((tag) => `#${tag}`).join(" ") }]
    : [];
  return {
    title: update.title,
    text: update.summary,
    ...(fields.length ? { fields } : {}),
    ...(update.links.length ? { links: update.links.map((url) => ({ url })) } : {}),
    context: byline(update, t, options.ref, options.revised ?? false),
    actions: [
      { id: encodeCustomId("update.help", update.id), label: t("update.button.help"), style: "primary" },
      { id: encodeCustomId("update.contact", update.id), label: t("update.button.contact") },
    ],
  };
}

/** One line of the directory: "#12 Seed library — Sam · Cardiff · #food · updated …". */
export function directoryLine(update: StoredUpdate, t: Translate): Inline[] {
  const line: Inline[] = [`#${update.number} ${update.title} — ${update.authorName}`];
  if (update.area) line.push(` · ${update.area}`);
  if (update.tags.length) line.push(` · ${update.tags.map((tag) => `#${tag}`).join(" ")}`);
  line.push(` · ${t("update.card.updated")} `, { kind: "time", at: update.updatedAt, style: "date" });
  return line;
}

/** A page of the directory or of search results, with a button to the next page. */
export function directoryPage(
  title: string,
  updates: readonly StoredUpdate[],
  t: Translate,
  page: { number: number; total: number; size: number; next?: string | undefined; empty: string },
): Message {
  if (updates.length === 0) return { title, text: page.empty };
  const pages = Math.max(1, Math.ceil(page.total / page.size));
  const text: Inline[] = updates.flatMap((u, i) => [...(i ? ["\n"] : []), ...directoryLine(u, t)]);
  return {
    title,
    text,
    context: t("update.list.footer", { page: page.number, pages, total: page.total }),
    ...(page.next ? { actions: [{ id: page.next, label: t("update.button.next") }] } : {}),
  };
}
