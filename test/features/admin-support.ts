import type { Actor } from "../../src/core/invocation.js";
import { plainText, type Message } from "../../src/core/message.js";
import { RecordingResponder, type Sent } from "../support/responder.js";
import { alice } from "../support/gather.js";
import type { TestGather } from "../support/gather.js";

/** What the governance tests share: message reading and commands typed in a given channel. */
export const messageOf = (sent: Sent | undefined): Message => {
  if (!sent || sent.kind === "form") throw new Error(`expected a message, got ${sent?.kind}`);
  return sent.message;
};
export const textOf = (sent: Sent | undefined) => plainText(messageOf(sent).text);
export const fieldsOf = (sent: Sent | undefined) =>
  Object.fromEntries((messageOf(sent).fields ?? []).map((f) => [f.label, plainText(f.value)]));

/** Runs a typed command in `channelId` (testGather's own helpers always use C-test). */
export async function commandIn(
  t: TestGather,
  channelId: string,
  actor: Actor,
  command: string,
  text: string,
): Promise<RecordingResponder> {
  const responder = new RecordingResponder();
  await t.gather.dispatcher.handle({
    kind: "command",
    actor,
    channelId,
    command,
    input: { kind: "text", text },
    responder,
  });
  return responder;
}

export const carol: Actor = { ...alice, userExternalId: "U-carol", displayName: "Carol" };

/** Alice's (and others') accounts in a Discord server. */
export const discordAlice: Actor = {
  platform: "discord",
  spaceExternalId: "G-network-one",
  spaceName: "Arts & Wellbeing (Discord)",
  userExternalId: "100000000000000001",
  displayName: "alice_d",
};
export const discordDave: Actor = {
  ...discordAlice,
  userExternalId: "100000000000000004",
  displayName: "Dave",
  platformAdmin: true,
};
export const discordBob: Actor = { ...discordAlice, userExternalId: "100000000000000002", displayName: "bob_d" };
