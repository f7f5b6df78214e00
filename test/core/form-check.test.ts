import { beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/core/clock.js";
import { Dispatcher } from "../../src/core/dispatcher.js";
import { translate, type Locale, type MessageKey, type MessageParams } from "../../src/core/i18n/index.js";
import type { Actor } from "../../src/core/invocation.js";
import { silentLogger } from "../../src/core/logger.js";
import type { Database, Db } from "../../src/db/index.js";
import { ShiftLimits } from "../../src/features/shifts/input.js";
import { databases } from "../support/db.js";
import { alice, bob, testGather, type TestGather } from "../support/gather.js";
import { RecordingResponder } from "../support/responder.js";

const en = (key: MessageKey, params?: MessageParams) => translate("en", key, params);
const say = (locale: Locale, key: MessageKey, params?: MessageParams) => translate(locale, key, params);

/** A /update form as a member fills it in; `changes` replace fields. */
const update = (changes: Record<string, string> = {}) => ({
  title: "Community fridge",
  summary: "Open daily from 9.",
  links: "https://fridge.example.org",
  tags: "",
  area: "",
  ...changes,
});

describe.each(databases)("checking a form before it is acknowledged, on $provider", (database) => {
  let db: Database;
  let t: TestGather;

  beforeEach(async () => {
    db = await database.open();
    t = testGather(db);
  });

  const check = async (actor: Actor, formId: string, values: Record<string, string>) => {
    const responder = new RecordingResponder();
    const errors = await t.gather.dispatcher.checkForm({
      kind: "form",
      actor,
      channelId: "C-test",
      formId,
      values,
      responder,
    });
    // A check never answers: only handle() does.
    expect(responder.sent).toEqual([]);
    return errors;
  };

  /** Every table a first contact, a command or its limits would write to. */
  const stored = async () => {
    const p = db.prisma;
    return {
      networks: await p.network.count(),
      spaces: await p.space.count(),
      members: await p.member.count(),
      identities: await p.identity.count(),
      rateWindows: await p.rateWindow.count(),
      activity: await p.memberActivity.count(),
      audit: await p.auditEntry.count(),
      updates: await p.projectUpdate.count(),
    };
  };

  it("names each failing field with the message for it, storing nothing, not even the new member", async () => {
    const errors = await check(alice, "update.post", update({ title: "T".repeat(101), links: "ftp://example.org" }));

    expect(errors).toEqual({
      title: en("error.option_too_long", { option: en("update.opt.title"), max: 100 }),
      links: en("update.links.invalid", { link: "ftp://example.org" }),
    });
    expect(await stored()).toEqual({
      networks: 0,
      spaces: 0,
      members: 0,
      identities: 0,
      rateWindows: 0,
      activity: 0,
      audit: 0,
      updates: 0,
    });
  });

  it("reports a missing required field and a summary of two paragraphs; a blank title is left to the summary", async () => {
    expect(await check(alice, "update.post", update({ title: "  ", summary: "  " }))).toEqual({
      summary: en("error.option_required", { option: en("update.opt.summary") }),
    });
    expect(await check(alice, "update.post", update({ title: "  ", summary: "One.\n\nTwo." }))).toEqual({
      summary: en("update.summary.one_paragraph"),
    });
  });

  it("passes valid values (nothing stored), and the same submission then posts as before", async () => {
    expect(await check(alice, "update.post", update())).toBeUndefined();
    expect(await t.db.projectUpdate.count()).toBe(0);
    expect(await t.db.member.count()).toBe(0);

    const posted = await t.form(alice, "update.post", update());
    expect(posted.only()).toMatchObject({ kind: "public" });
    expect(await t.db.projectUpdate.count()).toBe(1);
  });

  it("does not count against the member's rate limit, nor as a day of activity", async () => {
    await t.command(alice, "update", "help");
    const before = await stored();
    const windows = await t.db.rateWindow.findMany({ orderBy: { id: "asc" } });
    for (let i = 0; i < 5; i += 1) await check(alice, "update.post", update({ links: "ftp://example.org" }));
    expect(await stored()).toEqual(before);
    expect(await t.db.rateWindow.findMany({ orderBy: { id: "asc" } })).toEqual(windows);
  });

  it("speaks the member's chosen language", async () => {
    await t.command(alice, "gather", "language cy");
    expect(await check(alice, "update.post", update({ links: "ftp://example.org" }))).toEqual({
      links: say("cy", "update.links.invalid", { link: "ftp://example.org" }),
    });
    // Someone not yet known reads the network's language, as they will once they are.
    await t.db.network.updateMany({ data: { locale: "nl" } });
    expect(await check(bob, "update.post", update({ links: "ftp://example.org" }))).toEqual({
      links: say("nl", "update.links.invalid", { link: "ftp://example.org" }),
    });
  });

  it("adds the form's argument as the dispatcher does, and leaves a bad argument to the dispatcher", async () => {
    // update.edit takes every field as optional; its number travels in the form id.
    expect(await check(alice, "update.edit:12", { title: "", summary: "One.\n\nTwo." })).toEqual({
      summary: en("update.summary.one_paragraph"),
    });
    expect(await check(alice, "update.edit:12", { title: "New title" })).toBeUndefined();
    // The number is not a field the member can correct: the dispatcher answers it as before.
    expect(await check(alice, "update.edit:0", { summary: "One.\n\nTwo." })).toBeUndefined();
  });

  it("leaves unknown forms, and a role the member lacks, to the dispatcher", async () => {
    expect(await check(alice, "update.nonsense", { title: "" })).toBeUndefined();
    expect(await check(alice, "nothing.here", {})).toBeUndefined();
    expect(await check(alice, "", {})).toBeUndefined();

    const badShift = { role: "", when: "Saturday 10am to 1pm", place: "", capacity: "0", checks: "" };
    expect(await check(alice, "shift.add", badShift)).toBeUndefined();
    await t.command(alice, "update", "help");
    await t.db.member.updateMany({ data: { role: "coordinator" } });
    expect(await check(alice, "shift.add", badShift)).toEqual({
      role: en("error.option_required", { option: en("shift.opt.role") }),
      capacity: en("error.option_range", { option: en("shift.opt.capacity"), min: 1, max: ShiftLimits.capacity }),
    });
  });

  it("never throws: a failing read falls through to today's behaviour", async () => {
    const unreachable = new Proxy({} as Db, {
      get: () => {
        throw new Error("database on fire");
      },
    });
    const dispatcher = new Dispatcher({
      db: unreachable,
      provider: db.provider,
      clock: new ManualClock(),
      logger: silentLogger,
      registry: t.gather.dispatcher.registry,
      defaults: { timeZone: "Europe/London", locale: "en" },
    });
    const invocation = {
      kind: "form",
      actor: alice,
      channelId: "C-test",
      formId: "update.post",
      values: update({ links: "ftp://example.org" }),
      responder: new RecordingResponder(),
    } as const;
    await expect(dispatcher.checkForm(invocation)).resolves.toBeUndefined();
  });
});
