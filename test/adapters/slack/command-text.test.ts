import { describe, expect, it } from "vitest";
import { normaliseCommandText } from "../../../adapters/slack/command-text.js";

describe("slash command text from Slack", () => {
  it.each([
    ["plain text", "Title | Summary", "Title | Summary"],
    ["entities", "Tea &amp; talk &lt;3 &gt; all", "Tea & talk <3 > all"],
    ["an entity that was typed", "&amp;lt;", "&lt;"],
    ["a bare link", "<https://example.org>", "https://example.org"],
    ["an auto-linked domain", "<http://example.org|example.org>", "http://example.org"],
    ["a link with an escaped query", "<https://x.org/?a=1&amp;b=2|x.org/?a=1&amp;b=2>", "https://x.org/?a=1&b=2"],
    ["an email address", "<mailto:a@b.org|a@b.org>", "a@b.org"],
    [
      "user mentions, by id (the label is a handle, not a name)",
      "ask <@U123|alice> or <@U456>",
      "ask <@U123> or <@U456>",
    ],
    ["a typed &lt; before a mention", "&lt;<@U123|alice>&gt;", "<<@U123>>"],
    ["a channel", "in <#C123|general>", "in #general"],
    ["special mentions", "<!here> <!channel> <!subteam^S1|@helpers>", "@here @channel @helpers"],
  ])("%s", (_name, wire, typed) => {
    expect(normaliseCommandText(wire)).toBe(typed);
  });
});
