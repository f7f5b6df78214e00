import { createHash } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, mallory } from "../support/gather.js";
import { discordAlice, discordBob, discordDave, messageOf, textOf } from "./admin-support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";
const MINUTE = 60_000;
const CODE = /\b([A-HJ-KM-NP-Z2-9]{4}-[A-HJ-KM-NP-Z2-9]{4})\b/;

describe.each(databases)("linking spaces and accounts on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  beforeEach(async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice is the Slack network's admin
    await t.command(alice, "update", `Carers' choir | ${para}`);
  });

  /** Asks for a code and reads it from the private reply. */
  async function codeFrom(actor: typeof alice, text = "link"): Promise<string> {
    const reply = textOf((await t.command(actor, "gather", text)).only());
    const code = CODE.exec(reply)?.[1];
    if (!code) throw new Error(`no code in: ${reply}`);
    return code;
  }

  const slackNetwork = () => t.db.network.findFirstOrThrow({ where: { spaces: { some: { platform: "slack" } } } });

  it("moves a new Discord server into the network with a one-time code from its admin", async () => {
    const code = await codeFrom(alice);
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const stored = await t.db.linkCode.findFirstOrThrow();
    // Only the hash is kept.
    expect(stored).toMatchObject({
      kind: "space",
      codeHash: createHash("sha256").update(code.replace("-", "")).digest("hex"),
      expiresAt: new Date(t.clock.now().getTime() + 15 * MINUTE),
      usedAt: null,
    });

    // Discord sees the server for the first time: its own network, with only its own first-contact rows.
    await t.command(discordBob, "gather", "help");
    expect(await t.db.network.count()).toBe(2);
    // Only an admin of the new space may move it; the refusal leaves the code usable.
    expect(textOf((await t.command(discordBob, "gather", `link ${code}`)).only())).toMatch(/^Only a network admin/);
    const done = await t.command(discordDave, "gather", `link ${code.toLowerCase().replace("-", " ")}`);
    expect(textOf(done.only())).toBe(
      "Linked: this space is now part of Arts & Wellbeing Network, sharing its updates, asks and settings.",
    );
    const network = await slackNetwork();
    expect(await t.db.network.count()).toBe(1);
    expect(await t.db.space.findMany({ where: { networkId: network.id }, orderBy: { platform: "asc" } })).toMatchObject(
      [{ platform: "discord" }, { platform: "slack" }],
    );
    // Discord members are members of the one network now, and see its directory.
    expect(await t.db.member.count({ where: { networkId: network.id } })).toBe(3);
    expect(textOf((await t.command(discordBob, "update", "show 1")).only())).toBe(para);
    expect(await t.db.auditEntry.count({ where: { networkId: network.id, action: "space.linked" } })).toBe(1);

    // A code works once.
    expect(textOf((await t.command(discordDave, "gather", `link ${code}`)).only())).toMatch(/^That code doesn't work/);
  });

  it("refuses expired codes, codes for the same network, and spaces whose network is in use", async () => {
    const expired = await codeFrom(alice);
    t.clock.advance(16 * MINUTE);
    expect(textOf((await t.command(discordDave, "gather", `link ${expired}`)).only())).toMatch(
      /^That code doesn't work: it may be mistyped, used already, or older than 15 minutes/,
    );
    expect(textOf((await t.command(discordDave, "gather", "link NOTACODE")).only())).toMatch(/^That code doesn't work/);
    expect(textOf((await t.command(alice, "gather", `link ${await codeFrom(alice)}`)).only())).toBe(
      "This space is already part of that network.",
    );

    // Mallory's workspace already has an update of its own: it is not merged.
    const owner = { ...mallory, platformAdmin: true };
    await t.command(owner, "update", `Seed library | ${para}`);
    const code = await codeFrom(alice);
    expect(textOf((await t.command(owner, "gather", `link ${code}`)).only())).toMatch(
      /^This space already has its own network in use/,
    );
    expect(await t.db.network.count()).toBe(3);
    expect(
      await t.db.linkCode.findFirstOrThrow({ where: { usedAt: null, expiresAt: { gt: t.clock.now() } } }),
    ).toBeTruthy();
    // Members cannot make space codes.
    expect(textOf((await t.command(bob, "gather", "link")).only())).toMatch(/^Only a network admin/);
  });

  it("links a member's Slack and Discord accounts with a code of their own", async () => {
    await t.command(discordDave, "gather", `link ${await codeFrom(alice)}`);
    await t.command(discordAlice, "gather", "help"); // Alice's Discord account, a separate member so far
    const network = await slackNetwork();
    expect(await t.db.member.count({ where: { networkId: network.id } })).toBe(3);

    const code = await codeFrom(alice, "link me");
    expect(await t.db.linkCode.findFirstOrThrow({ where: { kind: "identity" } })).toBeTruthy();
    expect(textOf((await t.command(alice, "gather", `link ${code}`)).only())).toBe(
      "That's a code for this same account: type it with your other account.",
    );
    expect(textOf((await t.command(discordAlice, "gather", `link ${code}`)).only())).toBe(
      "Linked: this Discord account now belongs to Alice.",
    );
    const member = await t.db.member.findFirstOrThrow({
      where: { displayName: "Alice" },
      include: { identities: { include: { space: true } } },
    });
    expect(member.identities.map((i) => i.space.platform).sort()).toEqual(["discord", "slack"]);
    expect(await t.db.member.count({ where: { networkId: network.id } })).toBe(2);
    expect(await t.db.member.count({ where: { displayName: "alice_d" } })).toBe(0);
    // From Discord she is the same member: her update is hers to edit, and she is still the admin.
    const edited = (await t.command(discordAlice, "update", "edit 1 | Carers' choir | New times")).only();
    expect(edited.kind).toBe("public");
    expect(textOf(edited)).toBe("New times");
    expect(await t.db.projectUpdate.findFirstOrThrow()).toMatchObject({ summary: "New times" });
    expect(messageOf((await t.command(discordAlice, "gather", "role")).only()).title).toBe("Who runs the network");
    // She keeps the name of her first account, whichever platform she uses.
    expect(await t.db.member.findUniqueOrThrow({ where: { id: member.id } })).toMatchObject({ displayName: "Alice" });
  });

  it("refuses to merge an account that has records of its own, or one from another network", async () => {
    await t.command(discordDave, "gather", `link ${await codeFrom(alice)}`);
    await t.command(discordBob, "update", `Discord garden | ${para}`);
    await t.command(bob, "gather", "help");
    const code = await codeFrom(bob, "link me");
    expect(textOf((await t.command(discordBob, "gather", `link ${code}`)).only())).toMatch(
      /^This account already has its own updates, asks or shifts/,
    );
    expect(await t.db.member.count({ where: { displayName: "bob_d" } })).toBe(1);
    // The refused code still works for a right try; someone from another network cannot use it.
    expect(textOf((await t.command(mallory, "gather", `link ${code}`)).only())).toMatch(
      /^That code belongs to a network this space isn't part of/,
    );
    expect(await t.db.identity.count({ where: { externalId: "U-mallory" } })).toBe(1);
  });
});
