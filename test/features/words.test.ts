import { beforeEach, describe, expect, it } from "vitest";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob } from "../support/gather.js";
import { messageOf, textOf } from "./admin-support.js";
import type { RecordingResponder } from "../support/responder.js";

/** The whole private answer: title, text and context, one string. */
const answer = (r: RecordingResponder) => {
  const m = messageOf(r.only());
  return [m.title ?? "", plainText(m.text), plainText(m.context)].filter((line) => line !== "").join("\n");
};

describe.each(databases)("words: unknown subcommands, help and yes/no on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  beforeEach(async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice is the admin
    await t.command(bob, "gather", "help");
  });

  describe("an unknown subcommand never falls through", () => {
    it("refuses /ask choose 1 Sam privately, posts nothing, and says how to post it anyway", async () => {
      const r = await t.command(bob, "ask", "choose 1 Sam");
      expect(r.only().kind).toBe("private");
      const text = answer(r);
      expect(text).toMatch(/^I don't know \/ask choose\./);
      expect(text).toContain("/ask post choose 1 Sam");
      expect(text).toContain("/ask help");
      expect(await t.db.helpRequest.count()).toBe(0);
    });

    it("suggests the closest subcommands of a near miss, with the usage", async () => {
      const text = answer(await t.command(bob, "update", "shwo 12"));
      expect(text).toContain("I don't know /update shwo.");
      expect(text).toContain("Did you mean /update show?");
      expect(await t.db.projectUpdate.count()).toBe(0);
      expect(answer(await t.command(bob, "ask", "lsit"))).toContain("Did you mean /ask list?");
    });

    it("names the same subcommand of another command (/ask cover 3 → /shift cover)", async () => {
      expect(answer(await t.command(bob, "ask", "cover 3"))).toContain("/shift cover");
    });

    it("still posts a real sentence, even one starting with a subcommand-like word", async () => {
      await t.command(bob, "ask", "Lift to the hospital on Friday morning");
      await t.command(bob, "ask", "Help moving chairs at the hall on Saturday");
      // Both posted (how a paragraph becomes a title is the asks feature's business).
      expect(await t.db.helpRequest.count()).toBe(2);
    });

    it("refuses /shift foo instead of showing the list, listing what /shift can do", async () => {
      const text = answer(await t.command(bob, "shift", "foo"));
      expect(text).toContain("I don't know /shift foo.");
      expect(text).toMatch(/I know: list, signup, mine/);
      // A member is not offered coordinators' subcommands.
      expect(text).not.toMatch(/\badd\b/);
      expect(text).not.toContain("/shift post");
    });

    it("refuses /gather foo and /meeting foo, and answers in the member's language", async () => {
      expect(answer(await t.command(bob, "gather", "foo"))).toContain("I don't know /gather foo.");
      await t.command(bob, "gather", "language cy");
      expect(answer(await t.command(bob, "meeting", "lsit"))).toMatch(
        /^Dydw i ddim yn adnabod \/meeting lsit\.\nOeddech chi'n golygu \/meeting list\?/,
      );
      await t.command(bob, "gather", "language nl");
      expect(answer(await t.command(bob, "shift", "foo"))).toMatch(/^\/shift foo ken ik niet\.\nIk ken: list/);
    });
  });

  describe("help after any command or subcommand", () => {
    it("/gather my-data help shows its help and exports nothing", async () => {
      const r = await t.command(bob, "gather", "my-data help");
      const m = messageOf(r.only());
      expect(m.files ?? []).toEqual([]);
      expect(m.title).toBe("/gather my-data: what it does");
    });

    it("/gather forget-me help opens no confirmation; /meeting add help is help, not 'fill in When'", async () => {
      const forget = messageOf((await t.command(bob, "gather", "forget-me help")).only());
      expect(forget.actions ?? []).toEqual([]);
      expect(forget.title).toBe("/gather forget-me: what it does");
      const add = answer(await t.command(alice, "meeting", "add help"));
      expect(add).toContain("/meeting add: what it does");
      expect(add).not.toContain("fill in");
      expect(await t.db.meeting.count()).toBe(0);
    });

    it("works in Welsh and Dutch (cymorth, hulp) and after every subcommand of every command", async () => {
      for (const word of ["help", "cymorth", "hulp"]) {
        for (const command of t.gather.dispatcher.registry.commands) {
          for (const sub of command.subcommands) {
            if (sub.name === "help" || (sub.helpIsValue && word === "help")) continue;
            const r = await t.command(alice, command.name, `${sub.name} ${word}`);
            expect(messageOf(r.only()).title, `/${command.name} ${sub.name} ${word}`).toBe(
              `/${command.name} ${sub.name}: what it does`,
            );
          }
          expect(messageOf((await t.command(alice, command.name, word)).only()).title).toMatch(/^What /);
        }
      }
      expect(await t.db.projectUpdate.count()).toBe(0);
      expect(await t.db.helpRequest.count()).toBe(0);
    });

    it("/gather channel help still names the help channel; uit and i ffwrdd clear it", async () => {
      await t.command(alice, "gather", "channel help");
      expect(await t.db.space.findFirstOrThrow()).toMatchObject({ helpChannelId: "C-test" });
      await t.command(alice, "gather", "channel help uit");
      expect(await t.db.space.findFirstOrThrow()).toMatchObject({ helpChannelId: null });
      await t.command(alice, "gather", "channel updates");
      expect(await t.db.space.findFirstOrThrow()).toMatchObject({ updatesChannelId: "C-test" });
      await t.command(alice, "gather", "channel updates i ffwrdd");
      expect(await t.db.space.findFirstOrThrow()).toMatchObject({ updatesChannelId: null });
    });

    it("/gather help lists every subcommand a member may use; coordinators and admins see theirs", async () => {
      const member = answer(await t.command(bob, "gather", "help"));
      for (const sub of ["my-data", "forget-me", "privacy", "link", "language"]) {
        expect(member).toContain(sub);
      }
      expect(member).not.toContain("For coordinators");
      expect(member).not.toContain("shifts-settings");
      expect(member).not.toContain("report");
      const admin = answer(await t.command(alice, "gather", "help"));
      for (const sub of [
        "report",
        "audit",
        "role",
        "channel",
        "settings",
        "shifts-settings",
        "at-risk",
        "digest-here",
      ]) {
        expect(admin).toContain(sub);
      }
      expect(admin).toContain("For coordinators: ");
      expect(admin).toContain("For admins: role");
      // Every command's every subcommand is in an admin's help.
      for (const command of t.gather.dispatcher.registry.commands)
        for (const sub of command.subcommands) expect(admin).toContain(sub.name);
    });

    it("/shift help shows a member only what a member may do", async () => {
      const member = answer(await t.command(bob, "shift", "help"));
      expect(member).toContain("/shift signup");
      expect(member).not.toContain("/shift add");
      expect(answer(await t.command(alice, "shift", "help"))).toContain("/shift add");
    });
  });

  describe("/shift settings, as the README writes it", () => {
    it("changes approval and the re-announce hours, like /gather shifts-settings", async () => {
      await t.command(alice, "shift", "settings approval:on hours:72,24,4");
      expect(await t.db.network.findFirstOrThrow()).toMatchObject({ coverApproval: true });
      await t.command(alice, "shift", "settings hours:48,6");
      const network = await t.db.network.findFirstOrThrow();
      expect(JSON.parse(network.coverEscalationHours)).toEqual([48, 6]);
    });

    it("takes on and off in Welsh and Dutch", async () => {
      for (const [word, value] of [
        ["ymlaen", true],
        ["i ffwrdd", false],
        ["aan", true],
        ["uit", false],
        ["ie", true],
        ["nee", false],
      ] as const) {
        await t.command(alice, "shift", `settings approval:${word}`);
        expect((await t.db.network.findFirstOrThrow()).coverApproval, word).toBe(value);
      }
      expect(textOf((await t.command(alice, "shift", "settings approval:maybe")).only())).toMatch(/on or off/);
    });

    it("is refused to a member", async () => {
      expect(textOf((await t.command(bob, "shift", "settings approval:on")).only())).toMatch(/coordinator/);
      expect((await t.db.network.findFirstOrThrow()).coverApproval).toBe(false);
    });
  });
});
