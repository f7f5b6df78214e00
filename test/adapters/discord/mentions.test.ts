import { describe, expect, it } from "vitest";
import { normaliseMentions } from "../../../adapters/discord/mentions.js";
import { parseMemberMention } from "../../../src/core/mentions.js";

describe("Discord mentions, in the core's form", () => {
  it("keeps <@id> and turns the nickname form <@!id> into it", () => {
    expect(normaliseMentions("<@222222222222222222>")).toBe("<@222222222222222222>");
    expect(normaliseMentions("ask <@!222222222222222222> or <@333333333333333333>")).toBe(
      "ask <@222222222222222222> or <@333333333333333333>",
    );
    expect(parseMemberMention(normaliseMentions("<@!222222222222222222>"))).toEqual({
      externalId: "222222222222222222",
    });
  });

  it("leaves role and channel mentions, which name no member", () => {
    expect(normaliseMentions("<@&444444444444444444> in <#555555555555555555>")).toBe(
      "<@&444444444444444444> in <#555555555555555555>",
    );
  });
});
