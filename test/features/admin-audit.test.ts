import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/core/audit.js";
import { silentLogger } from "../../src/core/logger.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { alice, bob, gatherOn, testGather } from "../support/gather.js";
import { RecordingResponder } from "../support/responder.js";
import { carol, messageOf, textOf } from "./admin-support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";
const MINUTE = 60_000;

/** Every .ts file under a folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sourceFiles(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

describe("the audit trail is append-only", () => {
  it("is never updated or deleted in the code, except by the retention job", () => {
    const writes = sourceFiles("src").flatMap((file) =>
      /auditEntry\.(update|updateMany|upsert|delete|deleteMany)\b/.test(readFileSync(file, "utf8")) ? [file] : [],
    );
    expect(writes.filter((file) => !/retention/.test(file))).toEqual([]);
  });
});

describe.each(databases)("the audit list and abuse limits on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  it("lists recent actions newest first, with who and when in the network's zone, and changes nothing", async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings timezone Europe/Brussels");
    await t.command(carol, "gather", "help");
    await t.command(alice, "gather", "role Carol coordinator");
    t.clock.advance(90 * MINUTE);
    await t.command(bob, "update", `Carers' choir | ${para}`);
    const network = await t.db.network.findFirstOrThrow();
    await audit(t.db, {
      networkId: network.id,
      actorId: null,
      action: "update.archived",
      subjectType: "ProjectUpdate",
      subjectId: "x",
      at: t.clock.now(),
    });

    const before = await t.db.auditEntry.findMany({ orderBy: { id: "asc" } });
    const list = messageOf((await t.command(carol, "gather", "audit")).only());
    expect(list.title).toBe("The last 5 recorded actions");
    const lines = textOf({ kind: "private", message: list }).split("\n");
    expect(lines).toEqual([
      "2026-03-23 12:30 · Gather · update.archived · ProjectUpdate",
      "2026-03-23 12:30 · Bob · update.posted · ProjectUpdate",
      "2026-03-23 11:00 · Alice · role.granted · Member · from=member to=coordinator",
      "2026-03-23 11:00 · Alice · network.settings_set · Network · timeZone=Europe/Brussels",
      "2026-03-23 11:00 · Alice · role.bootstrapped · Member · role=admin",
    ]);
    expect(messageOf((await t.command(carol, "gather", "audit 2")).only()).title).toBe("The last 2 recorded actions");
    expect(textOf((await t.command(carol, "gather", "audit 0")).only())).toBe(
      "How many must be a whole number from 1 to 50.",
    );
    expect(textOf((await t.command(bob, "gather", "audit")).only())).toMatch(/^Only a network coordinator/);
    // Reading the trail wrote nothing to it.
    expect(await t.db.auditEntry.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("limits commands per member per minute, shared by every instance, with a friendly reply", async () => {
    const limits = { commandsPerMinute: 3, pingsPerHour: 100 };
    const strict = testGather(t.database, { now: "2026-03-23T10:00:00Z", limits });
    const other = gatherOn(t.database, strict.clock, silentLogger, limits); // a second instance on the same database
    const onOther = async (text: string) => {
      const responder = new RecordingResponder();
      await other.dispatcher.handle({
        kind: "command",
        actor: alice,
        channelId: "C-test",
        command: "update",
        input: { kind: "text", text },
        responder,
      });
      return responder;
    };
    await strict.command(alice, "update", "list");
    await onOther("list");
    await strict.command(alice, "update", "list");
    expect(textOf((await onOther(`Carers' choir | ${para}`)).only())).toBe(
      "You're going a little fast: at most 3 commands a minute. Please wait a moment and try again.",
    );
    expect(await t.db.projectUpdate.count()).toBe(0);
    // Others are not held back; the next minute Alice may go on.
    expect(textOf((await strict.command(bob, "update", "list")).only())).toMatch(/^Nothing here yet/);
    strict.clock.advance(MINUTE);
    expect((await strict.command(alice, "update", `Carers' choir | ${para}`)).only().kind).toBe("public");
    expect(
      await t.db.rateWindow.findMany({ where: { bucket: "command" }, orderBy: { windowStart: "asc" } }),
    ).toMatchObject([{ count: 4 }, { count: 1 }, { count: 1 }]);
  });

  it("limits pings of other members per hour", async () => {
    const strict = testGather(t.database, {
      now: "2026-03-23T10:00:00Z",
      limits: { commandsPerMinute: 100, pingsPerHour: 2 },
    });
    await strict.command(alice, "update", `Carers' choir | ${para}`);
    await strict.command(carol, "ask", "Need a lift | Tuesday | #transport");
    const update = await t.db.projectUpdate.findFirstOrThrow();
    const ask = await t.db.helpRequest.findFirstOrThrow();
    await strict.press(bob, `update.help:${update.id}`);
    await strict.press(bob, `update.contact:${update.id}`);
    expect(textOf((await strict.press(bob, `help.offer:${ask.id}`)).only())).toBe(
      "You've contacted a lot of people this hour (at most 2). Please try again later.",
    );
    expect(strict.sent.slack.dms("U-alice")).toHaveLength(2);
    expect(strict.sent.slack.dms("U-carol")).toHaveLength(0);
    expect(await t.db.helpOffer.count()).toBe(0);
    strict.clock.advance(60 * MINUTE);
    await strict.press(bob, `help.offer:${ask.id}`);
    expect(strict.sent.slack.dms("U-carol")).toHaveLength(1);
  });

  it("records one activity row per member and network-local day", async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings timezone Europe/Brussels");
    await t.command(alice, "update", "list");
    await t.command(bob, "update", "list");
    t.clock.set("2026-03-23T23:30:00Z"); // already the 24th in Brussels
    await t.command(alice, "update", "list");
    const rows = await t.db.memberActivity.findMany({ include: { network: true } });
    const alices = (await t.db.member.findFirstOrThrow({ where: { displayName: "Alice" } })).id;
    expect(
      rows
        .filter((r) => r.memberId === alices)
        .map((r) => r.day)
        .sort(),
    ).toEqual(["2026-03-23", "2026-03-24"]);
    expect(rows).toHaveLength(3);
  });
});
