import { describe, expect, it } from "vitest";
import { plainText, type Message } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import type { Sent } from "../support/responder.js";

const para = (what: string) =>
  `We run ${what} for carers in Llanelli library every week, and would love more volunteers.`;

const privateText = (sent: Sent) => {
  if (sent.kind !== "private" && sent.kind !== "update") throw new Error(`expected a private reply, got ${sent.kind}`);
  return plainText(sent.message.text);
};
const messageOf = (sent: Sent): Message => {
  if (sent.kind === "form") throw new Error("expected a message, got a form");
  return sent.message;
};
const actionIds = (sent: Sent) => (messageOf(sent).actions ?? []).map((a) => a.id);

describe.each(databases)("the project directory on $provider", (database) => {
  const t = gatherPerTest(database);

  const post = (actor = alice, title = "Carers' choir", extra = "https://example.org #music #carers | Llanelli") =>
    t.command(actor, "update", `${title} | ${para(title)} | ${extra}`);
  const coordinator = async (actor = bob) => {
    await t.command(actor, "gather", "help"); // first contact creates the member
    await t.db.member.updateMany({ where: { displayName: actor.displayName }, data: { role: "coordinator" } });
  };

  describe("posting", () => {
    it("shows tags, area, a number and the help and contact buttons on the card", async () => {
      const sent = (await post()).only();
      const card = messageOf(sent);
      expect(card.fields).toEqual([{ label: "Tags", value: "#music #carers" }]);
      expect(plainText(card.context)).toMatch(/^#1 · Alice · Posted .* · Llanelli$/);
      const row = await t.db.projectUpdate.findFirstOrThrow();
      expect(actionIds(sent)).toEqual([`update.help:${row.id}`, `update.contact:${row.id}`]);
      expect(row).toMatchObject({ number: 1, tags: '["music","carers"]', area: "Llanelli", status: "active" });
    });

    it("keeps one living entry per project: the same author's next update revises it, with history", async () => {
      await post();
      t.clock.advance(3600_000);
      const again = (
        await t.command(alice, "update", `carers’ CHOIR! | New term starts in May. | https://example.org/may`)
      ).only();
      expect(plainText(messageOf(again).context)).toMatch(/^#1 · Alice · Updated/);
      const rows = await t.db.projectUpdate.findMany({ include: { revisions: true } });
      expect(rows).toHaveLength(1);
      expect(rows[0]?.summary).toBe("New term starts in May.");
      expect(rows[0]?.revisions.map((r) => r.summary)).toEqual([para("Carers' choir")]);
      // Another member's project with the same name is theirs, not a revision.
      await post(bob);
      expect(await t.db.projectUpdate.count()).toBe(2);
    });

    it("refuses bad tags with a hint", async () => {
      const r = await post(alice, "Tagged", "#ok #not!ok");
      expect(privateText(r.only())).toMatch(/“not!ok” can't be a tag/);
      expect(await t.db.projectUpdate.count()).toBe(0);
    });
  });

  describe("editing", () => {
    it("replaces everything from typed text, keeping the old version", async () => {
      await post();
      const r = await t.command(
        alice,
        "update",
        "edit 1 | Carers' choir | Summer break until September. | https://example.org/summer #music | Online",
      );
      expect(messageOf(r.only()).text).toBe("Summer break until September.");
      const row = await t.db.projectUpdate.findFirstOrThrow({ include: { revisions: true } });
      expect(row).toMatchObject({ area: "Online", links: '["https://example.org/summer"]', tags: '["music"]' });
      expect(row.revisions).toHaveLength(1);
      expect(await t.db.auditEntry.count({ where: { action: "update.edited" } })).toBe(1);
    });

    it("changes only the fields given as options", async () => {
      await post();
      await t.options(alice, "update", "edit", { number: 1, area: "Swansea" });
      expect(await t.db.projectUpdate.findFirstOrThrow()).toMatchObject({
        title: "Carers' choir",
        area: "Swansea",
        tags: '["music","carers"]',
      });
    });

    it("opens a filled-in form, and the form saves the entry it is about", async () => {
      await post();
      const form = (await t.command(alice, "update", "edit 1")).only();
      expect(form.kind).toBe("form");
      if (form.kind !== "form") return;
      expect(form.form.id).toBe("update.edit:1");
      expect(form.form.fields.map((f) => [f.id, f.value])).toEqual([
        ["title", "Carers' choir"],
        ["summary", para("Carers' choir")],
        ["links", "https://example.org"],
        ["tags", "#music #carers"],
        ["area", "Llanelli"],
      ]);
      await t.form(alice, "update.edit:1", {
        title: "Carers' choir",
        summary: "Edited in the form.",
        links: "",
        tags: "",
        area: "",
      });
      expect(await t.db.projectUpdate.findFirstOrThrow()).toMatchObject({
        summary: "Edited in the form.",
        links: "[]",
        tags: "[]",
        area: null,
      });
    });

    it("lets only the author or a coordinator change an entry", async () => {
      await post();
      const refused = await t.command(bob, "update", "edit 1 | Mine now | Taken over.");
      expect(privateText(refused.only())).toBe("Only the author of #1 or a coordinator can change it.");
      await coordinator(bob);
      await t.command(bob, "update", "edit 1 | Carers' choir | Fixed a typo for Alice.");
      expect((await t.db.projectUpdate.findFirstOrThrow()).summary).toBe("Fixed a typo for Alice.");
    });

    it("says not found for unknown numbers and for other networks' numbers", async () => {
      await post();
      expect(privateText((await t.command(alice, "update", "edit 7 | x | y")).only())).toMatch(
        /There is no update #7 in this network/,
      );
      expect(privateText((await t.command(mallory, "update", "show 1")).only())).toMatch(
        /There is no update #1 in this network/,
      );
      expect(privateText((await t.command(mallory, "update", "edit 1 | Hijack | Gone.")).only())).toMatch(
        /There is no update #1/,
      );
      expect((await t.db.projectUpdate.findFirstOrThrow()).title).toBe("Carers' choir");
    });
  });

  describe("deleting", () => {
    it("asks first, then deletes the entry and its history, keeping an audit line", async () => {
      await post();
      await t.command(alice, "update", "edit 1 | Carers' choir | Second version.");
      const ask = (await t.command(alice, "update", "delete 1")).only();
      expect(privateText(ask)).toBe("Delete #1 “Carers' choir” and its history? This cannot be undone.");
      const [yes, no] = actionIds(ask);
      expect(await t.db.projectUpdate.count()).toBe(1);

      expect(privateText((await t.press(alice, no as string)).only())).toBe("Nothing deleted.");
      expect(await t.db.projectUpdate.count()).toBe(1);

      expect(privateText((await t.press(bob, yes as string)).only())).toMatch(/Only the author of #1/);
      expect(await t.db.projectUpdate.count()).toBe(1);

      expect(privateText((await t.press(alice, yes as string)).only())).toBe("Deleted #1 “Carers' choir”.");
      expect(await t.db.projectUpdate.count()).toBe(0);
      expect(await t.db.updateRevision.count()).toBe(0);
      expect(await t.db.auditEntry.count({ where: { action: "update.deleted" } })).toBe(1);
      // Pressing again finds nothing to delete.
      expect(privateText((await t.press(alice, yes as string)).only())).toMatch(/no longer works/);
    });
  });

  describe("browsing", () => {
    it("lists newest first, eight to a page, with a button to the next page", async () => {
      for (let i = 1; i <= 10; i++) {
        await post(alice, `Project ${i}`, i % 2 ? "#even-not" : "#arts | Cardiff");
        t.clock.advance(60_000);
      }
      const first = (await t.command(bob, "update", "list")).only();
      expect(
        privateText(first)
          .split("\n")
          .map((l) => l.split(" — ")[0]),
      ).toEqual([
        "#10 Project 10",
        "#9 Project 9",
        "#8 Project 8",
        "#7 Project 7",
        "#6 Project 6",
        "#5 Project 5",
        "#4 Project 4",
        "#3 Project 3",
      ]);
      expect(plainText(messageOf(first).context)).toMatch(/^Page 1 of 2 · 10 in all/);
      const second = (await t.press(bob, actionIds(first)[0] as string)).only();
      expect(
        privateText(second)
          .split("\n")
          .map((l) => l.split(" — ")[0]),
      ).toEqual(["#2 Project 2", "#1 Project 1"]);
      expect(actionIds(second)).toEqual([]);
    });

    it("filters by tag, area and author", async () => {
      await post(alice, "Choir", "#music | Llanelli");
      await post(alice, "Garden", "#food | Cardiff");
      await post(bob, "Soup run", "#food | Cardiff");
      const titles = async (text: string) =>
        privateText((await t.command(bob, "update", text)).only())
          .split("\n")
          .map((l) => l.split(" — ")[0]?.replace(/^#\d+ /, ""));
      expect(await titles("list tag:food")).toEqual(["Soup run", "Garden"]);
      expect(await titles("list #MUSIC")).toEqual(["Choir"]);
      expect(await titles("list area:cardiff by:bob")).toEqual(["Soup run"]);
      expect(privateText((await t.command(bob, "update", "list tag:nothing")).only())).toBe(
        "Nothing here yet. Share yours with /update.",
      );
      expect(privateText((await t.command(bob, "update", "list sideways")).only())).toMatch(
        /^Write it as: \/update list \[tag:arts\]/,
      );
    });

    it("shows one entry privately, and finds entries by words", async () => {
      await post(alice, "Seed library");
      await post(bob, "Soup run", "#food");
      expect(messageOf((await t.command(bob, "update", "show 1")).only()).title).toBe("Seed library");
      const found = (await t.command(bob, "update", "search soup")).only();
      expect(privateText(found)).toMatch(/^#2 Soup run — Bob/);
      expect(privateText((await t.command(bob, "update", "search")).only())).toMatch(/Write it as: \/update search/);
    });

    it("shows the network's updates to members on every platform of the network", async () => {
      await post(alice, "Seed library");
      const network = await t.db.network.findFirstOrThrow();
      // A Discord server linked to the same network (linking itself is the admin issue's).
      await t.db.space.create({
        data: { networkId: network.id, platform: "discord", externalId: "G-1", name: "Volunteers" },
      });
      const dana = {
        platform: "discord" as const,
        spaceExternalId: "G-1",
        spaceName: "Volunteers",
        userExternalId: "D-dana",
        displayName: "Dana",
      };
      expect(privateText((await t.command(dana, "update", "list")).only())).toMatch(/^#1 Seed library — Alice/);
    });
  });

  describe("export", () => {
    it("gives coordinators a CSV and a Markdown file, and refuses members", async () => {
      await post(alice, '=HYPERLINK("evil")', "https://example.org #music | Llanelli");
      expect(privateText((await t.command(alice, "update", "export")).only())).toMatch(/^Only a network coordinator/);
      await coordinator(bob);
      const sent = messageOf((await t.command(bob, "update", "export")).only());
      const [csv, markdown] = sent.files ?? [];
      expect(csv?.name).toBe("project-updates-2026-03-29.csv");
      expect(csv?.content.split("\r\n")[0]).toBe("number,title,author,area,tags,summary,links,status,posted,updated");
      expect(csv?.content).toContain(`"1","'=HYPERLINK(""evil"")","Alice","Llanelli","music"`);
      expect(markdown?.content).toContain('## #1 =HYPERLINK("evil")');
      expect(markdown?.content).toContain("- <https://example.org>");
    });
  });
});
