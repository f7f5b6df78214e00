import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConsoleAdapter } from "../../adapters/console/index.js";
import { formatTime } from "../../adapters/console/render.js";
import { ManualClock } from "../../src/core/clock.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { gatherOn } from "../support/gather.js";

const sqlite = databases.find((d) => d.provider === "sqlite");
if (!sqlite) throw new Error("the SQLite test database is always available");

describe("console adapter", () => {
  let db: Database;
  let input: PassThrough;
  let output: string;
  let adapter: ConsoleAdapter;
  let exited: boolean;
  let fileDir: string;

  beforeEach(async () => {
    db = await sqlite.open();
    const clock = new ManualClock("2026-10-25T00:30:00Z");
    const gather = gatherOn(db, clock);
    fileDir = mkdtempSync(join(tmpdir(), "gather-console-"));
    input = new PassThrough();
    const out = new PassThrough();
    output = "";
    out.on("data", (chunk: Buffer) => (output += chunk.toString()));
    exited = false;
    adapter = new ConsoleAdapter({
      gather,
      logger: silentLogger,
      clock,
      user: "Sam",
      timeZone: "Europe/London",
      locale: "en",
      fileDir,
      input,
      output: out,
      onExit: () => (exited = true),
    });
    await adapter.start();
    // As main.ts does: what Gather sends on its own (and card edits) goes through the terminal too.
    gather.messengers.register(adapter.messenger);
  });
  afterEach(async () => {
    await adapter.stop();
    await db.close();
    rmSync(fileDir, { recursive: true, force: true });
  });

  const type = async (...lines: string[]) => {
    for (const line of lines) input.write(`${line}\n`);
    // Let readline emit the lines, then wait for the adapter to answer them all.
    await new Promise((resolve) => setImmediate(resolve));
    await adapter.idle();
  };

  it("greets the newcomer and posts an update to the demo network", async () => {
    expect(output).toContain("Welcome to Gather's demo network, Sam.");
    await type(
      "/update Seed library | Swapping seeds at the community centre every first Saturday. | https://example.org/seeds",
    );
    expect(output).toContain("— #general —");
    expect(output).toContain("▌ Seed library");
    expect(output).toContain("▌ Swapping seeds at the community centre every first Saturday.");
    expect(output).toContain("→ https://example.org/seeds");
    // 00:30 UTC on the day British Summer Time ends is 01:30 BST, the first of two 01:30s.
    expect(output).toMatch(/Sam · Posted 25 Oct 2026, 01:30/);
    const space = await db.prisma.space.findFirstOrThrow({ include: { network: true } });
    expect(space).toMatchObject({ platform: "console", externalId: "local", network: { name: "Demo network" } });
    expect(await db.prisma.projectUpdate.count()).toBe(1);
  });

  it("explains privately what to type when a form would be needed, and stores nothing", async () => {
    await type("/update");
    expect(output).toContain("— only you can see this —");
    expect(output).toContain(
      "Forms don't work here. Type it in one line instead: /update Title | One paragraph about your project",
    );
    expect(await db.prisma.projectUpdate.count()).toBe(0);
  });

  it("has /help, hints for lines without a slash, and unknown buttons", async () => {
    await type("/help", "hello?", "/press 3");
    expect(output).toContain("What Gather can do");
    expect(output).toContain("• /update — Share and browse");
    expect(output).toContain("Commands start with a slash");
    expect(output).toContain("There is no such button.");
  });

  it("saves exported files and says where", async () => {
    await type("/update Seed library | Swapping seeds. | https://example.org/seeds", "/update export");
    const path = /Saved (\S+\.csv)/.exec(output)?.[1];
    expect(path?.startsWith(fileDir)).toBe(true);
    expect(readFileSync(path as string, "utf8")).toContain('"1","Seed library","Sam"');
  });

  it("leaves on /quit", async () => {
    await type("/quit");
    await adapter.idle();
    await new Promise((resolve) => setImmediate(resolve));
    expect(exited).toBe(true);
  });

  it("echoes a shift typed as one sentence, with its year, and lists it with the year once saved", async () => {
    await type("/shift add Market stall Saturday 31 July 2027 10-1 at the hub, 2 volunteers");
    expect(output).toContain("▌ Check before saving: Market stall");
    expect(output).toContain("Sat 31 Jul 2027, 10:00–13:00 (Europe/London)");
    expect(await db.prisma.shift.count()).toBe(0);
    await type("/press 2");
    expect(output).toContain(
      "Nothing is saved yet. Change what you need and send it again: /shift add Market stall | 2027-07-31 10:00-13:00 | the hub | 2",
    );
    await type("/shift add Market stall Saturday 31 July 2027 10-1 at the hub, 2 volunteers", "/press 1");
    expect(output).toContain("Added shift #1 Market stall: Sat 31 Jul 2027, 10:00–13:00 (Europe/London).");
    await type("/shift list");
    const [, list] = output.split("Upcoming shifts");
    expect(list).toMatch(/#1 Market stall · 31 Jul 2027, 10:00/);
  });

  it("prints a card again, marked as updated, when its entry is edited", async () => {
    await type(
      "/update Carers' choir | We sing with carers every week in Llanelli library.",
      "/update edit 1 | Carers' choir | Summer break until September.",
    );
    const [, after] = output.split("— card updated in #general —");
    expect(after).toContain("Summer break until September.");
  });
});

describe("console time rendering", () => {
  const style = (timeZone: string) => ({
    locale: "en-GB",
    timeZone,
    now: () => new Date("2026-03-29T00:00:00Z"),
    pressHint: () => "",
  });
  it("shows each side of the March clock change in local time", () => {
    // Clocks go forward at 01:00 UTC on the last Sunday of March in both zones.
    expect(formatTime(new Date("2026-03-29T00:59:00Z"), "time", style("Europe/London"))).toBe("00:59");
    expect(formatTime(new Date("2026-03-29T01:00:00Z"), "time", style("Europe/London"))).toBe("02:00");
    expect(formatTime(new Date("2026-03-29T00:59:00Z"), "time", style("Europe/Brussels"))).toBe("01:59");
    expect(formatTime(new Date("2026-03-29T01:00:00Z"), "time", style("Europe/Brussels"))).toBe("03:00");
    expect(formatTime(new Date("2026-03-30T00:00:00Z"), "relative", style("Europe/London"))).toBe("tomorrow");
  });
});
