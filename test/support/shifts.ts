/**
 * `/shift add` and a move by `/shift edit` answer with an echo (Save / Edit / Cancel) and store
 * nothing until Save: tests that only need a shift in the rota send the command and press Save.
 */
import type { Actor } from "../../src/core/invocation.js";
import type { TestGather } from "./gather.js";

/** Sends `/shift <text>` as `actor` and presses Save on the echo; the answer to Save. */
export async function sendAndSave(t: Pick<TestGather, "command" | "press">, actor: Actor, text: string) {
  const sent = (await t.command(actor, "shift", text)).only();
  const save =
    sent.kind === "private" ? sent.message.actions?.find((a) => a.id.startsWith("shift.draft-save:")) : undefined;
  if (!save) throw new Error(`expected the echo of “/shift ${text}”, got ${sent.kind}`);
  return (await t.press(actor, save.id)).only();
}
