import { beforeEach, describe, expect, it } from "vitest";
import { joinMessages } from "../../src/features/shared/bilingual.js";
import { plainText } from "../../src/core/message.js";
import { databases } from "../support/db.js";
import { gatherPerTest } from "../support/per-test.js";
import { sendAndSave } from "../support/shifts.js";
import { alice, bob } from "../support/gather.js";
import { commandIn, fieldsOf, messageOf, textOf } from "./admin-support.js";

const para = "We run weekly singing sessions for carers in Llanelli library, and would love a pianist.";
const HOUR = 3600 * 1000;

describe("two languages side by side", () => {
  it("shows members' words once and Gather's own words in both languages", () => {
    const joined = joinMessages(
      {
        title: "Choir",
        text: "Singing",
        fields: [{ label: "Tags", value: "#music" }],
        context: ["Posted ", { kind: "member", name: "Alice" }],
        actions: [{ id: "update.help:1", label: "I can help" }],
      },
      {
        title: "Choir",
        text: "Singing",
        fields: [{ label: "Tagiau", value: "#music" }],
        context: ["Postiwyd ", { kind: "member", name: "Alice" }],
        actions: [{ id: "update.help:1", label: "Galla i helpu" }],
      },
    );
    expect(joined).toEqual({
      title: "Choir",
      text: "Singing",
      fields: [{ label: "Tags / Tagiau", value: "#music" }],
      context: ["Posted ", { kind: "member", name: "Alice" }, "\n", "Postiwyd ", { kind: "member", name: "Alice" }],
      actions: [{ id: "update.help:1", label: "I can help / Galla i helpu" }],
    });
  });
});

describe.each(databases)("network settings, channels and languages on $provider", (database) => {
  const t = gatherPerTest(database, { now: "2026-03-23T10:00:00Z" });

  beforeEach(async () => {
    await t.command({ ...alice, platformAdmin: true }, "gather", "settings"); // Alice configures first: she is the admin
    await t.command(bob, "gather", "help");
  });

  const network = () => t.db.network.findFirstOrThrow();

  it("shows a freshness no form can set as “not set”, never a bare “ weeks”, in every language", async () => {
    await t.db.network.updateMany({ data: { updateFreshnessWeeks: 0 } });
    const freshness = async (locale: string, label: string) =>
      fieldsOf((await t.command({ ...alice, locale }, "gather", "settings")).only())[label];
    expect(await freshness("en", "Ask if updates are current after")).toBe("not set");
    expect(await freshness("nl", "Vragen of updates actueel zijn na")).toBe("niet ingesteld");
    await t.db.network.updateMany({ data: { updateFreshnessWeeks: 1 } });
    expect(await freshness("nl", "Vragen of updates actueel zijn na")).toBe("1 week");
    expect(await freshness("cy", "Gofyn a yw diweddariadau'n gyfredol ar ôl")).toBe("1 wythnos");
  });

  it("shows the settings, opens a filled form from its button, and saves only what changed", async () => {
    const shown = (await t.command(alice, "gather", "settings")).only();
    expect(fieldsOf(shown)).toEqual({
      "Time zone": "Europe/London",
      Language: "English",
      "Second language": "off",
      "Ask if updates are current after": "12 weeks",
      "Meeting reminders": "4w 1w 1d 1h",
      "Cover approval": "off",
      "Cover re-announced": "72h 24h 4h",
    });
    const [change, shifts] = messageOf(shown).actions ?? [];
    expect(change?.label).toBe("Change settings");
    const form = (await t.press(alice, change?.id ?? "")).only();
    expect(form).toMatchObject({ kind: "form", form: { id: "gather.settings" } });
    if (form.kind !== "form") return;
    expect(form.form.fields.map((f) => [f.id, f.value])).toEqual([
      ["timezone", "Europe/London"],
      ["language", "en"],
      ["second", "off"],
      ["freshness", "12"],
      ["reminders", "4w 1w 1d 1h"],
    ]);
    const saved = await t.form(alice, "gather.settings", {
      timezone: "Europe/London",
      language: "en",
      second: "cy",
      freshness: "8",
      reminders: "2w 2d 3h",
    });
    expect(messageOf(saved.only()).title).toBe("Settings saved");
    expect(await network()).toMatchObject({
      secondLocale: "cy",
      updateFreshnessWeeks: 8,
      reminderOffsets: "[20160,2880,180]",
    });
    const audited = await t.db.auditEntry.findFirstOrThrow({ where: { action: "network.settings_set" } });
    expect(JSON.parse(audited.details)).toEqual({
      secondLocale: "cy",
      updateFreshnessWeeks: 8,
      reminderOffsets: "[20160,2880,180]",
    });

    const shiftForm = (await t.press(alice, shifts?.id ?? "")).only();
    expect(shiftForm).toMatchObject({ kind: "form", form: { id: "gather.shifts-settings" } });
    await t.form(alice, "gather.shifts-settings", { approval: "on", escalation: "48h 2d 6" });
    expect(await network()).toMatchObject({ coverApproval: true, coverEscalationHours: "[48,6]" });
    // Members cannot open the forms either.
    expect(textOf((await t.press(bob, change?.id ?? "")).only())).toMatch(/^Only a network coordinator/);
  });

  it("reads typed settings, in any order, and refuses bad ones without changing anything", async () => {
    await t.command(alice, "gather", "settings timezone europe/brussels reminders 4w 1d 30m language nl");
    expect(await network()).toMatchObject({
      timeZone: "Europe/Brussels",
      locale: "nl",
      reminderOffsets: "[40320,1440,30]",
    });
    const before = await network();
    for (const [text, reply] of [
      [
        "settings timezone Mars/Olympus",
        "“Mars/Olympus” isn't a time zone I know. Use a name like Europe/London or Europe/Brussels.",
      ],
      [
        "settings timezone +01:00",
        "“+01:00” isn't a time zone I know. Use a name like Europe/London or Europe/Brussels.",
      ],
      ["settings second nl", "The second language must differ from the network's language (or be off)."],
      ["settings language fr", "Choose a language: en (English), cy (Cymraeg) or nl (Nederlands)."],
      ["settings reminders 2 weeks", "I couldn't read “2”."],
      ["settings reminders 1h 2h 3h 4h 5h 6h 7h", "Please keep it to 6 reminders."],
      ["settings freshness 200", "Weeks must be a whole number from 1 to 104."],
      ["settings colour blue", "Write it as: /gather settings timezone"],
      ["shifts-settings approval maybe", "Write on or off (yes or no work too)."],
      ["shifts-settings escalation 1000h", "I couldn't read “1000h”."],
    ] as const) {
      // The network speaks Dutch now; Alice's platform says English, which wins over the network's language.
      const english = textOf((await t.command({ ...alice, locale: "en-GB" }, "gather", text)).only());
      expect(english.startsWith(reply), `${text}: ${english}`).toBe(true);
    }
    expect(await network()).toEqual(before);
    // Discord sends typed options: given nothing, the settings show (no empty form).
    const viaOptions = (await t.options(alice, "gather", "settings", {})).only();
    expect(viaOptions.kind).toBe("private");
  });

  it("posts updates and asks in the space's chosen channels, and tells the member privately", async () => {
    expect(textOf((await commandIn(t, "C-updates", alice, "gather", "channel updates")).only())).toBe(
      "This channel is now the space's channel for project updates.",
    );
    await commandIn(t, "C-help", alice, "gather", "channel help");
    expect(await t.db.space.findFirstOrThrow()).toMatchObject({
      updatesChannelId: "C-updates",
      helpChannelId: "C-help",
    });

    const posted = await t.command(bob, "update", `Carers' choir | ${para}`);
    expect(textOf(posted.only())).toBe("Posted update #1 in the network's updates channel.");
    expect(t.sent.slack.posts("C-updates").map((m) => m.title)).toEqual(["Carers' choir"]);
    // Posted in the updates channel itself: the card is simply the reply.
    expect((await commandIn(t, "C-updates", bob, "update", `Seed library | ${para}`)).only().kind).toBe("public");

    expect(textOf((await t.command(bob, "ask", "Need a lift | Tuesday | #transport")).only())).toBe(
      "Posted ask #1 in the network's help channel.",
    );
    expect(t.sent.slack.posts("C-help").map((m) => m.title)).toEqual(["Need a lift"]);
    expect(await t.db.helpRequest.findFirstOrThrow()).toMatchObject({ channelId: "C-help" });
    // The bump goes back to the help channel too.
    t.clock.advance(48 * HOUR);
    await t.tick();
    expect(t.sent.slack.posts("C-help").map((m) => m.title)).toEqual([
      "Need a lift",
      "Still looking for help: Need a lift",
    ]);

    const list = (await t.command(alice, "gather", "channel")).only();
    expect(fieldsOf(list)).toEqual({
      "project updates": "another channel (C-updates)",
      "asks and offers": "another channel (C-help)",
      "shifts and cover": "where the command is used",
      "meeting reminders": "where the command is used",
      "the weekly digest": "no weekly digest",
    });
    expect(textOf((await t.command(alice, "gather", "channel off-updates")).only())).toBe(
      "No channel for project updates any more: they go where the command is used.",
    );
    expect((await t.command(bob, "update", `Third | ${para}`)).only().kind).toBe("public");

    const digest = await t.command(alice, "gather", "channel digest");
    expect(textOf(digest.only())).toMatch(
      /^This channel is now the space's channel for the weekly digest\. The first digest: /,
    );
    expect(await t.db.space.findFirstOrThrow()).toMatchObject({ digestChannelId: "C-test", updatesChannelId: null });
    expect(await t.db.job.count({ where: { kind: "update.digest", status: "pending" } })).toBe(1);
    expect(textOf((await t.command(alice, "gather", "channel weather")).only())).toBe(
      "Name one of: updates, help, shifts, reminders, digest — or off-… to stop, e.g. off-digest.",
    );
    expect(
      (await t.db.auditEntry.findMany({ where: { action: { startsWith: "space.channel" } } })).map((e) => e.action),
    ).toEqual(["space.channel_set", "space.channel_set", "space.channel_cleared", "space.channel_set"]);
  });

  it("lets each member choose their language, or go back to the platform's", async () => {
    expect(textOf((await t.command(bob, "gather", "language")).only())).toBe(
      "Gather follows your platform's language (now English). Choose one with /gather language en, cy or nl.",
    );
    expect(textOf((await t.command(bob, "gather", "language cymraeg")).only())).toBe(
      "Wedi'i wneud: bydd Gather yn siarad Cymraeg â chi.",
    );
    expect(await t.db.member.findFirstOrThrow({ where: { displayName: "Bob" } })).toMatchObject({ locale: "cy" });
    // Their choice wins over the platform's locale.
    expect(textOf((await t.command({ ...bob, locale: "nl" }, "ask", "close 99")).only())).toBe(
      "Does dim cais #99 yn y rhwydwaith hwn. Edrychwch ar /ask list.",
    );
    // Said in the language chosen until now; from the next command on, the platform's.
    expect(textOf((await t.command(bob, "gather", "language auto")).only())).toBe(
      "Wedi'i wneud: bydd Gather yn dilyn iaith eich platfform eto.",
    );
    expect(textOf((await t.command({ ...bob, locale: "nl" }, "gather", "language")).only())).toMatch(
      /^Gather volgt de taal van je platform \(nu Nederlands\)/,
    );
    expect(textOf((await t.command(bob, "gather", "language klingon")).only())).toBe(
      "Choose a language: en (English), cy (Cymraeg) or nl (Nederlands).",
    );
    expect(await t.db.auditEntry.count({ where: { action: "member.language_set" } })).toBe(2);
  });

  it("posts the weekly digest, an ask's bump and meeting reminders in both languages in a bilingual network", async () => {
    await t.command(alice, "gather", "settings second cy");
    await t.command(alice, "update", "digest-here");
    await t.command(bob, "update", `Carers' choir | ${para} | #music`);
    await t.command(bob, "ask", "Need a lift | Tuesday | #transport");
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Steering group | 30 March 2pm-4pm | Town hall")).only(),
    );
    await t.press(alice, echo.actions?.[0]?.id as string);
    const before = t.sent.slack.posts("C-test").length;

    for (const at of ["2026-03-25T11:00:00Z", "2026-03-29T13:00:00Z", "2026-03-30T08:00:00Z"]) {
      t.clock.set(at);
      await t.tick();
    }
    const posted = t.sent.slack.posts("C-test").slice(before);
    expect(posted.map((m) => m.title)).toEqual([
      "Still looking for help: Need a lift / Yn dal i chwilio am help: Need a lift",
      "Reminder: Steering group / Nodyn atgoffa: Steering group",
      "This week in Arts & Wellbeing Network / Arts & Wellbeing Network: yr wythnos hon",
    ]);
    expect(plainText(posted[1]?.context)).toBe("Meeting #1\nCyfarfod #1");
    expect(plainText(posted[2]?.context)).toMatch(/^1 new or changed · .*\n1 newydd neu wedi newid · /);
  });

  it("posts a new meeting's card, its cancel notice and a cover request in both languages in a bilingual network", async () => {
    await t.command(alice, "gather", "settings second cy");
    const echo = messageOf(
      (await t.command(alice, "meeting", "add Steering group | 30 March 2pm-4pm | Town hall")).only(),
    );
    const saved = await t.press(alice, echo.actions?.[0]?.id as string);
    const card = saved.sent.map((s) => (s.kind === "public" ? s.message : undefined)).find(Boolean);
    expect(card?.actions?.map((a) => a.label)).toEqual(["Going / Dod", "Maybe / Efallai", "Can't / Methu dod"]);
    const confirm = messageOf((await t.command(alice, "meeting", "cancel 1")).only());
    const cancelled = await t.press(alice, confirm.actions?.[0]?.id as string);
    const notice = cancelled.sent.find((s) => s.kind === "public");
    expect(notice && messageOf(notice).title).toMatch(/ \/ /);

    await sendAndSave(t, alice, "add Front desk | 2026-04-04 10:00-13:00 | Town hall | 1");
    await t.command(bob, "shift", "signup 1");
    const asked = await t.command(bob, "shift", "cover 1");
    const cover = asked.sent.find((s) => s.kind === "public");
    expect(cover && messageOf(cover).title).toBe(
      "Cover needed: shift #1 Front desk / Angen cyflenwi: shifft #1 Front desk",
    );
  });

  it("posts update and ask cards in both languages in a bilingual network", async () => {
    await t.command(alice, "gather", "settings second cy");
    const card = messageOf((await t.command(bob, "update", `Carers' choir | ${para} | #music`)).only());
    expect(card.title).toBe("Carers' choir");
    expect(card.text).toBe(para);
    expect(card.fields).toEqual([{ label: "Tags / Tagiau", value: "#music" }]);
    expect(card.actions?.[0]?.label).toBe("I can help / Galla i helpu");
    expect(plainText(card.context).split("\n")).toHaveLength(2);
    expect(plainText(card.context)).toMatch(/Posted .*\n.*Postiwyd/);

    const ask = messageOf((await t.command(bob, "ask", "Need a lift | Tuesday | #transport")).only());
    expect(plainText(ask.context)).toMatch(/^Ask #1 from Bob.*\nCais #1 gan Bob/);
    expect(ask.actions?.map((a) => a.label)).toContain("Resolved / Wedi'i ddatrys");
    // Private replies stay in the reader's one language.
    const shown = messageOf((await t.command(bob, "update", "show 1")).only());
    expect(shown.fields).toEqual([{ label: "Tags", value: "#music" }]);

    await t.command(alice, "gather", "settings second off");
    const single = messageOf((await t.command(bob, "update", `Seed library | ${para} | #food`)).only());
    expect(single.fields).toEqual([{ label: "Tags", value: "#food" }]);
  });
});
