import type { SectionBlock } from "@slack/types";
import { describe, expect, it } from "vitest";
import { dateToken, escapeMrkdwn, fitAtoms, linkToken, textAtoms } from "../../../adapters/slack/mrkdwn.js";
import { renderMessage } from "../../../adapters/slack/render.js";
import { SlackLimits } from "../../../adapters/slack/limits.js";
import type { Message } from "../../../src/core/message.js";
import { checkMessageBlocks } from "../../fakes/slack/block-kit.js";

const team = { teamId: "T0GATHER1" };
const sectionText = (block: unknown) => ((block as SectionBlock).text?.text ?? "") as string;

describe("Slack mrkdwn", () => {
  it("escapes the three control characters and nothing else", () => {
    expect(escapeMrkdwn(`<!channel> & <@U123> "quoted" *bold*`)).toBe(
      `&lt;!channel&gt; &amp; &lt;@U123&gt; "quoted" *bold*`,
    );
  });

  it("shows times as date tokens each reader sees in their own zone, with a labelled UTC fallback", () => {
    const at = new Date("2026-03-29T00:30:00Z");
    expect(dateToken(at, "datetime")).toBe("<!date^1774744200^{date_short_pretty} {time}|2026-03-29 00:30 UTC>");
    expect(dateToken(at, "date")).toBe("<!date^1774744200^{date_short_pretty}|2026-03-29>");
    expect(dateToken(at, "relative")).toBe("<!date^1774744200^{ago}|2026-03-29 00:30 UTC>");
  });

  it("writes links as <url|label>, escaping both and keeping a | out of the url", () => {
    expect(linkToken("https://example.org/?a=1&b=2")).toBe(
      "<https://example.org/?a=1&amp;b=2|example.org/?a=1&amp;b=2>",
    );
    expect(linkToken("https://example.org/a|b", "A <b>")).toBe("<https://example.org/a%7Cb|A &lt;b&gt;>");
  });

  it("truncates by whole atoms, never through an entity, a token or an emoji", () => {
    expect(fitAtoms(textAtoms("a&b"), 4)).toBe("a…");
    expect(fitAtoms(["x", "<https://a.org|a.org>", "y"], 10)).toBe("x…");
    expect(fitAtoms(textAtoms("🙂🙂🙂"), 5)).toBe("🙂🙂…");
  });
});

describe("Slack message rendering", () => {
  it("mentions a Slack member of the same workspace, and names anyone else", () => {
    const message = (ref: { platform: string; spaceExternalId: string; externalId: string }): Message => ({
      text: [{ kind: "member", name: "Alice <admin>", ref }, " said hi"],
    });
    const text = (m: Message) => sectionText(renderMessage(m, team).blocks[0]);

    expect(text(message({ platform: "slack", spaceExternalId: "T0GATHER1", externalId: "U0ALICE01" }))).toBe(
      "<@U0ALICE01> said hi",
    );
    expect(text(message({ platform: "slack", spaceExternalId: "T0OTHER01", externalId: "U0ALICE01" }))).toBe(
      "Alice &lt;admin&gt; said hi",
    );
    expect(text(message({ platform: "discord", spaceExternalId: "T0GATHER1", externalId: "123456789012345678" }))).toBe(
      "Alice &lt;admin&gt; said hi",
    );
  });

  it("escapes member text everywhere, including the notification fallback", () => {
    const rendered = renderMessage({ title: "<!here> party", text: "Bring <!channel> & snacks" }, team);
    expect(rendered.text).toBe("&lt;!here&gt; party\nBring &lt;!channel&gt; &amp; snacks");
    expect(sectionText(rendered.blocks[1])).toBe("Bring &lt;!channel&gt; &amp; snacks");
    // The header is plain_text, which Slack never parses: sent as written.
    expect(rendered.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "<!here> party", emoji: true },
    });
  });

  it("keeps every block within Slack's limits however long the input", () => {
    const long = "&".repeat(5000);
    const rendered = renderMessage(
      {
        title: "T".repeat(500),
        text: long,
        fields: Array.from({ length: 12 }, (_, i) => ({ label: `Field ${i}`, value: long })),
        context: long,
        actions: Array.from({ length: 30 }, (_, i) => ({
          id: `update.do:${i}`,
          label: "L".repeat(100),
          style: i % 2 ? "danger" : "default",
        })),
      },
      team,
    );

    expect(checkMessageBlocks(rendered.blocks)).toEqual([]);
    const text = sectionText(rendered.blocks[1]);
    expect(text.length).toBeLessThanOrEqual(SlackLimits.sectionText);
    expect(text).toMatch(/^(&amp;)+…$/);
    expect(rendered.blocks.filter((b) => b.type === "actions")).toHaveLength(2);
    expect(rendered.text.length).toBeLessThanOrEqual(3000);
  });

  it("renders buttons with their custom id as action_id and only Slack's styles", () => {
    const rendered = renderMessage(
      {
        actions: [
          { id: "update.help:ck1", label: "Offer help", style: "primary" },
          { id: "update.hide:ck1", label: "Hide" },
        ],
      },
      team,
    );
    expect(rendered.blocks).toEqual([
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "update.help:ck1",
            text: { type: "plain_text", text: "Offer help", emoji: true },
            style: "primary",
          },
          { type: "button", action_id: "update.hide:ck1", text: { type: "plain_text", text: "Hide", emoji: true } },
        ],
      },
    ]);
  });
});

describe("Slack id limits", () => {
  it("refuses, before sending, a button or form id longer than Slack takes", () => {
    const long = `update.help:${"x".repeat(SlackLimits.actionId)}`;
    expect(() => renderMessage({ text: "hi", actions: [{ id: long, label: "Help" }] }, team)).toThrow(
      `a Slack action_id may have ${SlackLimits.actionId} characters`,
    );
    expect(() => renderMessage({ text: "hi", actions: [{ id: "update.help:1", label: "Help" }] }, team)).not.toThrow();
  });
});
