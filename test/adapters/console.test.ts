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
      // A paste is one write here (readline hands its lines over together); typed lines are separate writes.
      pasteWindowMs: 0,
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

  /** Each line typed and answered before the next (a person typing). */
  const type = async (...lines: string[]) => {
    for (const line of lines) {
      input.write(`${line}\n`);
      // Let readline emit the line, then wait for the adapter to answer it.
      await new Promise((resolve) => setImmediate(resolve));
      await adapter.idle();
    }
  };

  /** Lines arriving all at once, as a terminal delivers a paste. */
  const paste = async (...lines: string[]) => {
    input.write(lines.map((line) => `${line}\n`).join(""));
    await new Promise((resolve) => setImmediate(resolve));
    await adapter.idle();
  };

  /** What was printed since `mark` (a length of the output). */
  const since = (mark: number) => output.slice(mark);

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

  it("posts a paragraph with no |, shows how it was read, and its Edit and Undo buttons work", async () => {
    await type(
      "/update Community choir for people living with dementia: weekly sessions in Thanington, looking for two volunteer drivers. https://example.org/choir",
    );
    expect(output).toContain("▌ Community choir for people living with dementia");
    expect(output).toContain("▌ Weekly sessions in Thanington, looking for two volunteer drivers.");
    expect(output).toContain("Posted as update #1. This is how I read it:");
    expect(output).toContain("  Links: https://example.org/choir");
    expect(output).toMatch(/\[1\] Edit .*\n {2}\[2\] Undo/);

    output = "";
    await type("/press 1");
    expect(output).toContain("Type /update edit 1 | Title | One paragraph | links #tags | Area");
    await type("/press 2");
    expect(output).toContain("Undone: update #1 “Community choir for people living with dementia” is taken down.");
    expect(await db.prisma.projectUpdate.count()).toBe(0);
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

  it("/as switches who is typing: a new name is a plain member, the first one stays admin", async () => {
    expect(output).toContain("To try Gather as someone else, type /as and a name, e.g. /as Sam.");
    await type("/shift add Front desk | 2026-11-05 10:00-13:00 | Town hall | 2", "/press 1");
    await type("/as Bo");
    expect(output).toContain("You're now Bo, a member of the demo network. Type /as Sam to go back.");
    await type("/shift signup 1");
    let mark = output.length;
    await type("/shift add Kitchen | 2026-11-06 10:00-13:00");
    expect(since(mark)).toContain("Only a network coordinator can do that.");
    const members = await db.prisma.member.findMany({ orderBy: { createdAt: "asc" } });
    expect(members.map((m) => [m.displayName, m.role])).toEqual([
      ["Sam", "member"], // admin as the space's platform admin, not by a stored role
      ["Bo", "member"],
    ]);

    // Back as Sam (any case), who takes Bo off: the DM is printed as Bo's, and reads right.
    await type("/as sam");
    expect(output).toContain("You're now sam, the demo network's admin.");
    mark = output.length;
    await type("/shift remove 1 Bo");
    const printed = since(mark);
    expect(printed).toContain("Took Bo off shift #1; they have been told.");
    expect(printed).toContain("— DM to Bo —");
    expect(printed).toMatch(
      /— DM to Bo —\n▌ Off the rota: shift #1 Front desk\n▌ sam took you off shift #1 Front desk/,
    );
    expect(await db.prisma.member.count()).toBe(2);
    await type("/as");
    expect(output).toContain("You're sam. To act as someone else");
  });

  it("runs a poll: buttons to vote, the card reprinted with the counts, results closed and saved as CSV", async () => {
    await type("/poll Where shall we meet? | Library | Café | Online");
    expect(output).toContain("▌ Where shall we meet?");
    expect(output).toMatch(/\[1\] Library .*\n {2}\[2\] Café .*\n {2}\[3\] Online/);
    await type("/as Bo", "/press 2");
    expect(output).toContain("Your vote for “Café” is counted on poll #1.");
    const [, after] = output.split("— card updated in #general —");
    expect(after).toContain("▇▇▇▇▇▇▇▇▇▇ 1 · Bo");
    let mark = output.length;
    await type("/poll close 1");
    expect(since(mark)).toContain("Only whoever started poll #1, or a coordinator, can close it.");
    await type("/as Sam");
    mark = output.length;
    await type("/poll close 1", "/poll results 1");
    expect(since(mark)).toContain("▌ Results: Where shall we meet?");
    const path = /Saved (\S+\.csv)/.exec(since(mark))?.[1];
    expect(readFileSync(path ?? "", "utf8")).toContain('"1","Where shall we meet?","Café","1","1.000","Bo"');
    expect(await db.prisma.pollVote.count()).toBe(1);
  });

  it("prints a DM to the member at the keyboard as theirs", async () => {
    await type("/shift add Front desk | 2026-11-05 10:00-13:00 | Town hall | 2", "/press 1", "/shift signup 1");
    const mark = output.length;
    await type("/shift remove 1 Sam");
    expect(since(mark)).toContain("— DM to you —");
  });

  it("follows the network's time zone and language once settings change them", async () => {
    await type("/update Seed library | Swapping seeds at the community centre.");
    expect(output).toMatch(/Sam · Posted 25 Oct 2026, 01:30/);
    await type("/gather settings timezone Europe/Brussels language nl");
    const mark = output.length;
    await type("/update show 1");
    const listed = since(mark);
    // 00:30 UTC is 02:30 in Brussels (summer time until 03:00), in Dutch.
    expect(listed).toMatch(/02:30/);
    expect(listed).toContain("— alleen jij ziet dit —");
    await type("hello?");
    expect(since(mark)).toContain("Commando's beginnen met een schuine streep");
  });

  it("reads CSV pasted over several lines after /shift import as one import, UK dates too", async () => {
    await paste(
      "/shift import",
      "role,date,start,end,place,capacity,checks",
      "Front desk,15/12/2026,10:00,13:00,Town hall,2,",
      "Café,16/12/2026,09:00,12:00,Y Stiwdio,1,",
    );
    const shifts = await db.prisma.shift.findMany({ orderBy: { number: "asc" } });
    expect(shifts.map((x) => [x.role, x.startsAt.toISOString(), x.place])).toEqual([
      ["Front desk", "2026-12-15T10:00:00.000Z", "Town hall"],
      ["Café", "2026-12-16T09:00:00.000Z", "Y Stiwdio"],
    ]);
    expect(output).not.toContain("Commands start with a slash");
  });

  it("ends a paste at a blank line, and a later line typed on its own is not part of it", async () => {
    await paste("/shift import", "Front desk,15/12/2026,10:00,13:00,,1,", "", "Kitchen,16/12/2026,10:00,13:00,,1,");
    expect(await db.prisma.shift.count()).toBe(1);
    expect(output).toContain("Commands start with a slash");
    await type("/shift import Café,17/12/2026,10:00,13:00,,1,");
    await type("Bar,18/12/2026,10:00,13:00,,1,");
    expect((await db.prisma.shift.findMany()).map((x) => x.role).sort()).toEqual(["Café", "Front desk"]);
  });

  it("keeps two pasted commands apart", async () => {
    await paste("/update Seed library | Swapping seeds.", "/update list");
    expect(await db.prisma.projectUpdate.count()).toBe(1);
    expect(output).toContain("— only you can see this —");
  });

  it("saves CSV exports with a UTF-8 byte order mark, so spreadsheets show ŵ and ŷ", async () => {
    await type("/update Tŷ Gwŵr | Canu bob wythnos.", "/update export");
    const path = /Saved (\S+\.csv)/.exec(output)?.[1];
    const saved = readFileSync(path as string, "utf8");
    expect(saved.startsWith("\uFEFFnumber,")).toBe(true);
    expect(saved).toContain("Tŷ Gwŵr");
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
