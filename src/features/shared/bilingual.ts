import type { Context } from "../../core/context.js";
import type { NetworkInfo } from "../../core/domain.js";
import { matchLocale, translator, type Locale, type Translate } from "../../core/i18n/index.js";
import { CoreLimits } from "../../core/limits.js";
import type { Action, Field, Inline, Message, RichText } from "../../core/message.js";

/**
 * Channel posts in a bilingual network (Network.secondLocale set, e.g. Welsh
 * beside English): the card is built once per language by the same function
 * and the two are joined side by side. What members wrote (titles, summaries)
 * is the same in both and shown once; only Gather's own words are doubled.
 * In a network with one language it is simply `build(ctx.t)`, in the reader's
 * language as before. `build` also gets the locale, for dates and numbers.
 */
export function bilingual(ctx: Context, build: (t: Translate, locale: Locale) => Message): Message {
  const languages = postLanguages(ctx);
  if (!languages) return build(ctx.t, ctx.locale);
  const [first, second] = languages;
  return joinMessages(build(translator(first), first), build(translator(second), second));
}

/**
 * The same for what jobs post (digests, reminders, bumps): nobody is reading
 * in a language of their own, so a one-language network gets its language and
 * a bilingual one both. `build` also gets the locale, for dates.
 */
export function inNetworkLanguages(
  network: Pick<NetworkInfo, "locale" | "secondLocale">,
  build: (t: Translate, locale: Locale) => Message,
): Message {
  const languages = postLanguages({ network });
  if (!languages) {
    const locale = matchLocale(network.locale) ?? "en";
    return build(translator(locale), locale);
  }
  const [first, second] = languages;
  return joinMessages(build(translator(first), first), build(translator(second), second));
}

/** The network's two languages, first its own, when it has a second one; undefined otherwise. */
export function postLanguages(ctx: {
  readonly network: Pick<NetworkInfo, "locale" | "secondLocale">;
}): [Locale, Locale] | undefined {
  const first = matchLocale(ctx.network.locale) ?? "en";
  const second = matchLocale(ctx.network.secondLocale);
  return second && second !== first ? [first, second] : undefined;
}

const SEPARATOR = " / ";

/** Two builds of one message in two languages, as one: equal parts once, differing parts both. */
export function joinMessages(first: Message, second: Message): Message {
  const title = joinLine(first.title, second.title);
  const text = joinBlock(first.text, second.text);
  const context = joinBlock(first.context, second.context);
  const fields = first.fields?.map((field, i) => joinField(field, second.fields?.[i]));
  const actions = first.actions?.map((action, i) => joinAction(action, second.actions?.[i]));
  return {
    ...first,
    ...(title !== undefined ? { title } : {}),
    ...(text !== undefined ? { text } : {}),
    ...(context !== undefined ? { context } : {}),
    ...(fields ? { fields } : {}),
    ...(actions ? { actions } : {}),
  };
}

function joinLine(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined || a === b) return a;
  return `${a}${SEPARATOR}${b}`;
}

const inlines = (text: RichText): readonly Inline[] => (typeof text === "string" ? [text] : text);

function same(a: RichText, b: RichText): boolean {
  return JSON.stringify(inlines(a)) === JSON.stringify(inlines(b));
}

/** Rich text: once when equal, else the first language's line, then the second's. */
function joinBlock(a: RichText | undefined, b: RichText | undefined): RichText | undefined {
  if (a === undefined || b === undefined || same(a, b)) return a;
  return [...inlines(a), "\n", ...inlines(b)];
}

function joinField(a: Field, b: Field | undefined): Field {
  if (!b) return a;
  return {
    label: joinLine(a.label, b.label) ?? a.label,
    value: same(a.value, b.value) ? a.value : [...inlines(a.value), SEPARATOR, ...inlines(b.value)],
  };
}

/** A button keeps its id (the same in both builds); its label is doubled when it fits. */
function joinAction(a: Action, b: Action | undefined): Action {
  const label = joinLine(a.label, b?.label) ?? a.label;
  return label.length <= CoreLimits.buttonLabel ? { ...a, label } : a;
}
