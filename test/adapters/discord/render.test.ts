import { describe, expect, it } from "vitest";
import { renderActions, renderForm, renderMessage } from "../../../adapters/discord/render.js";
import { escapeMarkdown, link, truncate } from "../../../adapters/discord/markdown.js";
import { GatherError } from "../../../src/errors.js";
import type { Action, Form, MemberRef } from "../../../src/core/message.js";
import { checkMessage, checkModal } from "../../fakes/discord/validate.js";

/** Message and Form → Discord JSON, checked against the limits the fake Discord enforces. */

const guildId = "111111111111111111";
const here = { guildId };
const alice: MemberRef = { platform: "discord", spaceExternalId: guildId, externalId: "222222222222222222" };

describe("markdown", () => {
  it("escapes what members type, so it shows as typed", () => {
    expect(escapeMarkdown("*bold* _it_ ~~s~~ `code` ||spoiler|| [x](y) <@&1> \\")).toBe(
      "\\*bold\\* \\_it\\_ \\~\\~s\\~\\~ \\`code\\` \\|\\|spoiler\\|\\| \\[x\\](y) \\<@&1> \\\\",
    );
    expect(escapeMarkdown("# Heading\n-# small\n> quote\n- item\n1. first")).toBe(
      "\\# Heading\n\\-# small\n\\> quote\n\\- item\n1\\. first",
    );
  });

  it("leaves web links alone, so they stay links", () => {
    expect(escapeMarkdown("see https://example.org/a_b*c and _this_")).toBe(
      "see https://example.org/a_b*c and \\_this\\_",
    );
  });

  it("masks links with an escaped label and a target that cannot end early", () => {
    expect(link("https://example.org/page_(1)")).toBe("[example.org/page\\_(1)](https://example.org/page_%281%29)");
    expect(link("https://example.org/", "The *site*")).toBe("[The \\*site\\*](https://example.org/)");
    expect(link("javascript:alert(1)")).toBe("javascript:alert(1)");
  });

  it("truncates without leaving an escaping backslash before the ellipsis", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab\\*cdef", 4)).toBe("ab…");
    expect(truncate("short", 10)).toBe("short");
  });
});

describe("renderMessage", () => {
  it("sends text alone as content, and nothing that pings", () => {
    expect(renderMessage({ text: "Please fill in @everyone" }, here)).toEqual({
      content: "Please fill in @everyone",
      embeds: [],
      components: [],
      allowed_mentions: { parse: [] },
    });
  });

  it("makes a card: title, body, links, then context with mentions and timestamps", () => {
    const at = new Date("2026-03-29T00:30:00Z");
    const rendered = renderMessage(
      {
        title: "A *title*",
        text: "Body",
        fields: [{ label: "When", value: [{ kind: "time", at, style: "relative" }] }],
        links: [{ url: "https://example.org/x" }],
        context: [{ kind: "member", name: "Alice", ref: alice }, " · ", { kind: "time", at, style: "date" }],
      },
      here,
    );
    expect(rendered.content).toBeUndefined();
    expect(rendered.embeds).toEqual([
      {
        color: expect.any(Number),
        title: "A \\*title\\*",
        description: "Body\n\n[example.org/x](https://example.org/x)\n\n-# <@222222222222222222> · <t:1774744200:D>",
        fields: [{ name: "When", value: "<t:1774744200:R>" }],
      },
    ]);
    expect(checkMessage(rendered)).toEqual([]);
  });

  it("names a member rather than mentioning them outside their guild or platform", () => {
    const name = (ref: MemberRef) =>
      renderMessage({ title: "t", text: [{ kind: "member", name: "Alice_K", ref }] }, here).embeds[0]?.description;
    expect(name(alice)).toBe("<@222222222222222222>");
    expect(name({ ...alice, spaceExternalId: "333333333333333333" })).toBe("Alice\\_K");
    expect(name({ ...alice, platform: "slack" })).toBe("Alice\\_K");
  });

  it("keeps a long card within Discord's limits, cutting only the body", () => {
    const rendered = renderMessage(
      { title: "x".repeat(300), text: "y".repeat(5000), links: [{ url: "https://example.org" }], context: "ctx" },
      here,
    );
    const [embed] = rendered.embeds;
    expect(embed?.title).toHaveLength(256);
    expect(embed?.description).toHaveLength(4096);
    expect(embed?.description?.endsWith("…\n\n[example.org](https://example.org/)\n\n-# ctx")).toBe(true);
    expect(checkMessage(rendered)).toEqual([]);
  });
});

describe("renderActions", () => {
  const actions = (n: number, id = (i: number) => `shift.claim:${i}`): Action[] =>
    Array.from({ length: n }, (_, i) => ({ id: id(i), label: `Claim ${i}` }));

  it("puts buttons in rows of five, with their styles", () => {
    const rows = renderActions([...actions(6), { id: "shift.drop:1", label: "Drop", style: "danger" }]);
    expect(rows.map((r) => r.components.length)).toEqual([5, 2]);
    expect(rows[1]?.components[1]).toEqual({ type: 2, custom_id: "shift.drop:1", label: "Drop", style: 4 });
    expect(rows[0]?.components[0]?.style).toBe(2);
  });

  it("refuses more than 25 buttons or a custom id over 100 characters", () => {
    expect(() => renderActions(actions(26))).toThrow(GatherError);
    expect(() => renderActions(actions(1, () => `shift.claim:${"x".repeat(100)}`))).toThrow(/custom id/);
  });
});

describe("renderForm", () => {
  const form: Form = {
    id: "update.post",
    title: "A form title that is far too long for Discord's modal",
    submitLabel: "Post",
    fields: [
      { id: "title", label: "Title", style: "short", required: true, maxLength: 100 },
      {
        id: "summary",
        label: "Summary",
        style: "paragraph",
        required: true,
        maxLength: 9000,
        placeholder: "p".repeat(150),
      },
    ],
  };

  it("makes a modal of labelled text inputs within Discord's limits", () => {
    const modal = renderForm(form);
    expect(modal.title).toHaveLength(45);
    expect(modal.components[1]).toEqual({
      type: 18,
      label: "Summary",
      component: {
        type: 4,
        custom_id: "summary",
        style: 2,
        required: true,
        max_length: 4000,
        placeholder: `${"p".repeat(99)}…`,
      },
    });
    expect(checkModal(modal)).toEqual([]);
  });

  it("refuses more than five fields", () => {
    const six = {
      ...form,
      fields: Array.from({ length: 6 }, (_, i) => ({
        id: `f${i}`,
        label: "F",
        style: "short" as const,
        required: false,
      })),
    };
    expect(() => renderForm(six)).toThrow(GatherError);
  });
});
