import type { Delivery } from "../../core/delivery.js";
import { translator, type Locale, type Translate } from "../../core/i18n/index.js";
import type { Message } from "../../core/message.js";
import type { Reader } from "./domain.js";

/** DMs each reader a message in their language; nobody is mentioned in a channel instead. Returns how many were reached. */
export async function tellReaders(
  delivery: Delivery,
  readers: readonly Reader[],
  build: (t: Translate, locale: Locale) => Message,
): Promise<number> {
  let reached = 0;
  for (const reader of readers) {
    const result = await delivery.toMember(reader.id, build(translator(reader.locale), reader.locale));
    if (result.via !== "none") reached++;
  }
  return reached;
}
