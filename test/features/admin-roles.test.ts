import { describe, expect, it } from "vitest";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import { carol, fieldsOf, messageOf, textOf } from "./admin-support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";

describe.each(databases)("roles on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  const roleOf = async (name: string) => (await t.db.member.findFirstOrThrow({ where: { displayName: name } })).role;

  it("makes only a platform admin the first admin: a plain member who configures first becomes nothing", async () => {
    await t.command(alice, "gather", "help");
    await t.command(carol, "gather", "help");
    // A plain member opening settings in a network with no admin is told who can, and stays a member.
    for (const text of ["settings", "channel updates", "settings timezone Europe/Paris"]) {
      expect(textOf((await t.command(bob, "gather", text)).only())).toBe(
        "This network has no admin yet. Its first admin is someone who runs this workspace or server: ask them to open the settings.",
      );
    }
    expect(await roleOf("Bob")).toBe("member");
    expect(await t.db.auditEntry.count({ where: { action: "role.bootstrapped" } })).toBe(0);
    expect(await t.db.network.findFirstOrThrow()).toMatchObject({ timeZone: "Europe/London" });
    // A platform admin (the adapter says so) opening settings becomes the stored admin.
    const first = await t.command({ ...bob, platformAdmin: true }, "gather", "settings");
    expect(messageOf(first.only()).title).toBe("Network settings");
    expect(await roleOf("Bob")).toBe("admin");
    expect(await t.db.auditEntry.findMany({ where: { action: "role.bootstrapped" } })).toMatchObject([
      { actorId: expect.any(String), subjectType: "Member", details: '{"role":"admin"}' },
    ]);
    // Now the network has an admin, other members get the usual refusal.
    expect(textOf((await t.command(carol, "gather", "settings")).only())).toBe(
      "Only a network coordinator can do that. Ask your coordinator if you need it done.",
    );
    expect(await roleOf("Carol")).toBe("member");
    expect(await t.db.space.findFirstOrThrow()).toMatchObject({ updatesChannelId: null });
  });

  it("lets a platform admin reclaim the network in one command, demoting the other admins, audited", async () => {
    const owner = { ...alice, platformAdmin: true };
    await t.command(owner, "gather", "settings");
    await t.command(bob, "gather", "help");
    await t.command(carol, "gather", "help");
    await t.command(alice, "gather", "role Bob admin");
    await t.command(alice, "gather", "role Carol admin");
    await t.command(bob, "gather", "role Alice member"); // an admin took the owner's role away
    expect(await roleOf("Alice")).toBe("member");
    // Reclaim is a platform admin's alone: a stored admin or a plain member is refused.
    const refused = "Only someone who runs this workspace or server can reclaim the admin role.";
    expect(textOf((await t.command(bob, "gather", "role reclaim")).only())).toBe(refused);
    expect(textOf((await t.command(alice, "gather", "role reclaim")).only())).toMatch(/^Only a network admin/);
    expect(textOf((await t.command(owner, "gather", "role reclaim")).only())).toBe(
      "You are the network's admin again. No longer admins: Bob and Carol.",
    );
    expect([await roleOf("Alice"), await roleOf("Bob"), await roleOf("Carol")]).toEqual(["admin", "member", "member"]);
    const [entry] = await t.db.auditEntry.findMany({ where: { action: "role.reclaimed" } });
    const ids = await t.db.member.findMany({
      where: { displayName: { in: ["Bob", "Carol"] } },
      orderBy: { displayName: "asc" },
    });
    expect(JSON.parse(entry?.details ?? "{}")).toEqual({ from: "member", demoted: ids.map((m) => m.id) });
    expect(textOf((await t.command(owner, "gather", "role reclaim")).only())).toBe(
      "You are the network's admin, and its only one.",
    );
  });

  it("stores a platform admin who acts in a network with no admin, so members cannot claim it after", async () => {
    const owner = { ...alice, platformAdmin: true };
    expect(messageOf((await t.command(owner, "gather", "role")).only()).title).toBe("Who runs the network");
    expect(await roleOf("Alice")).toBe("admin");
    expect(textOf((await t.command(bob, "gather", "channel help")).only())).toMatch(/^Only a network coordinator/);
  });

  it("lets admins grant roles by mention or name, and refuses what cannot be", async () => {
    await t.command(bob, "gather", "help");
    await t.command(carol, "gather", "help");
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice becomes the admin

    expect(textOf((await t.command(alice, "gather", "role <@U-carol> coordinator")).only())).toBe(
      "Carol is now a network coordinator.",
    );
    expect(await roleOf("Carol")).toBe("coordinator");
    // A coordinator now: coordinator-only commands work, admin-only ones are refused.
    expect(textOf((await t.command(carol, "ask", "settings pings:2")).only())).toMatch(/^Asks with no offer/);
    expect(textOf((await t.command(carol, "gather", "role Bob admin")).only())).toBe(
      "Only a network admin can do that. Ask your coordinator if you need it done.",
    );
    // Slack's command text after normalising ("@U-bob"), and plain names, any case.
    expect(textOf((await t.command(alice, "gather", "role @bob admin")).only())).toBe("Bob is now a network admin.");
    expect(textOf((await t.command(alice, "gather", "role BOB admin")).only())).toBe("Bob is already a network admin.");
    const list = await t.command(alice, "gather", "role");
    expect(fieldsOf(list.only())).toEqual({ Admins: "Alice and Bob", Coordinators: "Carol" });

    expect(textOf((await t.command(alice, "gather", "role Carol boss")).only())).toBe(
      "A role is member, coordinator or admin.",
    );
    expect(textOf((await t.command(alice, "gather", "role Zed coordinator")).only())).toMatch(
      /^I can't find “Zed” in this network/,
    );
    expect(textOf((await t.command(alice, "gather", "role Carol")).only())).toBe(
      "Write it as: /gather role @name coordinator",
    );
    await t.command({ ...bob, userExternalId: "U-bob2" }, "gather", "help"); // a second "Bob"
    expect(textOf((await t.command(alice, "gather", "role Bob member")).only())).toMatch(
      /^More than one member is called “Bob”/,
    );

    // The last admin stays one.
    await t.command(alice, "gather", "role <@U-bob> member");
    expect(textOf((await t.command(alice, "gather", "role <@U-alice> coordinator")).only())).toBe(
      "Alice is the network's last admin, so they stay one. Make someone else an admin first, then change Alice's role.",
    );
    expect(await roleOf("Alice")).toBe("admin");
    const granted = await t.db.auditEntry.findMany({ where: { action: "role.granted" }, orderBy: { at: "asc" } });
    expect(granted.map((e) => JSON.parse(e.details))).toEqual([
      { from: "member", to: "coordinator" },
      { from: "member", to: "admin" },
      { from: "admin", to: "member" },
    ]);
  });

  it("keeps networks apart: another network's members, updates, asks and audit are not found", async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings");
    await t.command(alice, "update", `Carers' choir | ${para} | #music`);
    await t.command(alice, "ask", "Need a lift | Tuesday | #transport");
    const update = await t.db.projectUpdate.findFirstOrThrow();
    const ask = await t.db.helpRequest.findFirstOrThrow();
    const boss = { ...mallory, platformAdmin: true };
    await t.command(boss, "gather", "help");

    // Roles: Alice's account and name mean nothing in Mallory's network.
    expect(textOf((await t.command(boss, "gather", "role <@U-alice> coordinator")).only())).toMatch(
      /^I can't find “U-alice” in this network/,
    );
    expect(textOf((await t.command(boss, "gather", "role Alice member")).only())).toMatch(/^I can't find “Alice”/);
    expect(await roleOf("Alice")).toBe("admin");

    // Updates and asks: numbers are per network; ids from another network's buttons do nothing.
    expect(textOf((await t.command(boss, "update", "show 1")).only())).toMatch(
      /^There is no update #1 in this network/,
    );
    expect(textOf((await t.command(boss, "update", "edit 1 | Mine | Taken over")).only())).toMatch(
      /^There is no update #1/,
    );
    expect(textOf((await t.command(boss, "update", "delete 1")).only())).toMatch(/^There is no update #1/);
    expect(textOf((await t.press(boss, `update.archive:${update.id}`)).only())).toBe(
      "That button no longer works. Please run the command again.",
    );
    expect(textOf((await t.command(boss, "ask", "show 1")).only())).toMatch(/^There is no ask #1 in this network/);
    expect(textOf((await t.command(boss, "ask", "close 1")).only())).toMatch(/^There is no ask #1/);
    expect(textOf((await t.press(boss, `help.close:${ask.id}`)).only())).toBe(
      "That button no longer works. Please run the command again.",
    );
    expect(await t.db.projectUpdate.findFirstOrThrow()).toMatchObject({ title: "Carers' choir", status: "active" });
    expect(await t.db.helpRequest.findFirstOrThrow()).toMatchObject({ status: "open" });

    // The audit list shows only the reader's network.
    const theirs = textOf((await t.command(boss, "gather", "audit")).only());
    expect(theirs).not.toMatch(/update\.posted|help\.asked|Alice/);
    const ours = textOf((await t.command(alice, "gather", "audit")).only());
    expect(ours).toMatch(/update\.posted/);
    expect(ours).not.toMatch(/Mallory/);
  });
});
