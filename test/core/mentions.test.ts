import { describe, expect, it } from "vitest";
import { mentionOf, parseMemberMention } from "../../src/core/mentions.js";

describe("the core's mention form", () => {
  it("reads <@id> as an account, never as a name", () => {
    expect(parseMemberMention(mentionOf("U0ALICE01"))).toEqual({ externalId: "U0ALICE01" });
    expect(parseMemberMention(" <@222222222222222222> ")).toEqual({ externalId: "222222222222222222" });
  });

  it("reads one word, with or without @, as an account id or a name", () => {
    expect(parseMemberMention("@U0ALICE01")).toEqual({ externalId: "U0ALICE01", name: "U0ALICE01" });
    expect(parseMemberMention("222222222222222222")).toEqual({
      externalId: "222222222222222222",
      name: "222222222222222222",
    });
    expect(parseMemberMention("@alice")).toEqual({ externalId: "alice", name: "alice" });
  });

  it("reads more than one word as a display name, without its @", () => {
    expect(parseMemberMention("@Alice Jones")).toEqual({ name: "Alice Jones" });
    expect(parseMemberMention("Alice Jones")).toEqual({ name: "Alice Jones" });
  });

  it("reads nothing in empty text", () => {
    expect(parseMemberMention("  ")).toBeUndefined();
    expect(parseMemberMention("@")).toBeUndefined();
  });
});
