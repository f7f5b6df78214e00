import { CHANNEL_KINDS, type ChannelKind } from "../../core/channels.js";
import { defineSubcommand } from "../../core/command.js";
import type { Context } from "../../core/context.js";
import type { Field, Inline } from "../../core/message.js";
import { opt } from "../../core/options.js";
import { reply } from "../../core/reply.js";
import { z } from "zod";
import { isNoneWord } from "../../reading/words.js";
// Read only inside functions: by then src/features/index.ts has loaded every feature (see privacy-erase.ts).
import { features } from "../index.js";
import { requireConfigurer } from "./access.js";
import { ChannelStore } from "./channels-store.js";

type Choice = { readonly kind: ChannelKind; readonly off: boolean };

/** "updates", "off-updates" (or "updates off", "updates uit", "no-updates") → what to set. */
export function readChoice(text: string): Choice | undefined {
  // "i ffwrdd" (Welsh "off") is one word here.
  const words = text
    .trim()
    .toLowerCase()
    .replace(/\bi ffwrdd\b/g, "ffwrdd")
    .split(/\s+/);
  let off = false;
  const kinds = words.flatMap((word) => {
    const stripped = word.replace(/^(off|no)-/, "");
    if (stripped !== word) off = true;
    if (isNoneWord(word)) {
      off = true;
      return [];
    }
    return [stripped];
  });
  const [kind, another] = kinds;
  if (!kind || another || !(CHANNEL_KINDS as readonly string[]).includes(kind)) return undefined;
  return { kind: kind as ChannelKind, off };
}

const choiceSchema = z
  .string()
  .optional()
  .transform((text, issue): Choice | undefined => {
    if (text === undefined) return undefined;
    const choice = readChoice(text);
    if (choice) return choice;
    issue.addIssue({ code: "custom", message: "admin.channel.invalid", params: { choices: CHANNEL_KINDS.join(", ") } });
    return z.NEVER;
  });

export const channelOptions = {
  what: opt.parsedString(
    { label: "admin.opt.channel", description: "admin.opt.channel.description", max: 30, required: false },
    choiceSchema,
  ),
};

/** The channels this space chose, for `/gather channel` with nothing. */
async function channelList(ctx: Context) {
  const channels = await new ChannelStore(ctx.db).of(ctx.space.id);
  const fields: Field[] = CHANNEL_KINDS.map((kind) => {
    const channel = channels[kind];
    const value: Inline[] =
      channel === null
        ? [ctx.t(kind === "digest" ? "admin.channel.no_digest" : "admin.channel.unset")]
        : channel === ctx.channelId
          ? [ctx.t("admin.channel.this")]
          : [ctx.t("admin.channel.other", { channel })];
    return { label: ctx.t(`admin.channel.kind.${kind}`), value };
  });
  return reply.private({
    title: ctx.t("admin.channel.title"),
    fields,
    context: ctx.t("admin.channel.hint", {
      usage: ctx.t("admin.channel.usage", { command: ctx.commandText("gather") }),
    }),
  });
}

export const channelSubcommand = defineSubcommand({
  name: "channel",
  descriptionKey: "admin.channel.description",
  usageKey: "admin.channel.usage",
  shownTo: "coordinator",
  // `/gather channel help` names the help channel; `/gather channel cymorth` or `hulp` shows this help.
  helpIsValue: true,
  options: channelOptions,
  handle: async (ctx, input) => {
    await requireConfigurer(ctx);
    const choice = input.what;
    if (!choice) return channelList(ctx);
    const now = ctx.clock.now();
    const kind = ctx.t(`admin.channel.kind.${choice.kind}`);
    const digestAt = await new ChannelStore(ctx.db).set(
      { networkId: ctx.network.id, spaceId: ctx.space.id },
      choice.kind,
      choice.off ? null : ctx.channelId,
      ctx.member.id,
      now,
      async (tx) => {
        if (choice.off) return undefined;
        // A feature whose posts go to this kind of channel may plan its first one (updates: the digest).
        const change = { networkId: ctx.network.id, timeZone: ctx.network.timeZone, kind: choice.kind, now };
        for (const feature of features) {
          const due = await feature.onChannelSet?.(tx, change);
          if (due) return due;
        }
        return undefined;
      },
    );
    if (choice.off) return reply.private(ctx.t("admin.channel.cleared", { kind }));
    const done = ctx.t("admin.channel.set", { kind });
    if (!digestAt) return reply.private(done);
    return reply.private({
      text: [done, " ", ctx.t("admin.channel.first_digest"), " ", { kind: "time", at: digestAt, style: "datetime" }],
    });
  },
});
