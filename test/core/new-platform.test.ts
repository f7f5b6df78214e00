/**
 * The core knows no platform by name: an adapter it has never heard of declares its own, and
 * members, mentions, linked accounts and direct messages all work there, with nothing in src/
 * changed. (Matrix here, with its own shape of ids.)
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "../../src/core/invocation.js";
import { mentionOf } from "../../src/core/mentions.js";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice } from "../support/gather.js";
import { RecordingMessenger } from "../support/messenger.js";
import type { RecordingResponder } from "../support/responder.js";

const ada: Actor = {
  platform: "matrix",
  spaceExternalId: "!room:example.org",
  spaceName: "Arts & Wellbeing (Matrix)",
  userExternalId: "@ada:example.org",
  displayName: "Ada",
  platformAdmin: true,
};
const ben: Actor = { ...ada, userExternalId: "@ben:example.org", displayName: "Ben", platformAdmin: false };

const textOf = (responder: RecordingResponder) => {
  const sent = responder.only();
  return "message" in sent ? plainText(sent.message.text) : "";
};

describe.each(databases)("a platform the core has never heard of, on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });
  let matrix: RecordingMessenger;

  beforeEach(async () => {
    matrix = new RecordingMessenger("matrix");
    t.gather.messengers.register(matrix);
  });

  it("finds members by its mentions and sends to them through its messenger", async () => {
    await t.command(ben, "gather", "help");
    await t.command(ada, "gather", "settings"); // Ada becomes the admin
    expect(textOf(await t.command(ada, "gather", `role ${mentionOf(ben.userExternalId)} coordinator`))).toBe(
      "Ben is now a network coordinator.",
    );
    const member = await t.db.member.findFirstOrThrow({ where: { displayName: "Ben" } });
    expect(member.role).toBe("coordinator");
    expect(await t.gather.delivery.toMember(member.id, { text: "Hello" })).toMatchObject({ via: "dm" });
    expect(matrix.sent).toMatchObject([
      { kind: "dm", target: { spaceExternalId: ada.spaceExternalId, externalId: ben.userExternalId } },
    ]);
  });

  it("links an account there, naming the platform as its adapter does", async () => {
    const codeFrom = async (text: string) =>
      /code is (\S+)\./.exec(textOf(await t.command(alice, "gather", text)))?.[1];
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice is the Slack network's admin
    // Ada, an admin of the Matrix room, joins it to Alice's network; then Alice links her own account there.
    expect(textOf(await t.command(ada, "gather", `link ${await codeFrom("link")}`))).toMatch(/^Linked: this space/);
    const ali: Actor = { ...ada, userExternalId: "@alice:example.org", displayName: "alice", platformAdmin: false };
    expect(textOf(await t.command(ali, "gather", `link ${await codeFrom("link me")}`))).toBe(
      "Linked: this Matrix account now belongs to Alice.",
    );
  });
});
