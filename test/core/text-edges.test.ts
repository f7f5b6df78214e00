import { describe, expect, it } from "vitest";
import { translate } from "../../src/core/i18n/index.js";
import { Prisma } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice } from "../support/gather.js";
import { RecordingResponder } from "../support/responder.js";
import { gatherPerTest, type PerTestGather } from "../support/per-test.js";

/** Text PostgreSQL cannot store (NUL), another C0 control, and half of a surrogate pair. */
const BAD = [
  ["NUL", "Seed\u0000library"],
  ["U+0001", "Seed\u0001library"],
  ["a lone surrogate", "Seed \uD83D library"],
] as const;

/** Rows written by merely being seen (who asked, how often): the rest must not change. */
const BOOKKEEPING = new Set(["MemberActivity", "RateWindow"]);

/** Every table's row count but the bookkeeping ones. */
async function counts(t: PerTestGather): Promise<Record<string, number>> {
  const db = t.db as unknown as Record<string, { count(): Promise<number> }>;
  const out: Record<string, number> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    if (BOOKKEEPING.has(model)) continue;
    const delegate = db[model.charAt(0).toLowerCase() + model.slice(1)];
    if (delegate) out[model] = await delegate.count();
  }
  return out;
}

describe.each(databases)("control characters in free text on $provider", (database) => {
  const t = gatherPerTest(database);

  /** Every string option of every subcommand of every command, from the registry itself. */
  const targets = () =>
    t.gather.registry.commands.flatMap((command) =>
      command.subcommands.flatMap((sub) =>
        Object.entries(sub.options)
          .filter(([, option]) => option.meta.kind === "string")
          .map(([name]) => ({ command: command.name, sub, name })),
      ),
    );

  it.each(BAD)(
    "refuses %s in every free-text option with a short private reply naming it, storing nothing",
    async (_what, bad) => {
      // Alice exists and is an admin, so no role check answers before the text is read.
      await t.command(alice, "gather", "help");
      await t.db.member.updateMany({ data: { role: "admin" } });
      const found = targets();
      expect(found.length).toBeGreaterThan(20);

      const before = await counts(t);
      for (const { command, sub, name } of found) {
        // Every other option a plain value, so only `name` is at fault.
        const values: Record<string, unknown> = {};
        for (const [other, option] of Object.entries(sub.options))
          values[other] = option.meta.kind === "integer" ? (option.meta.min ?? 1) : "plain";
        values[name] = bad;
        const r = await t.options(alice, command, sub.name, values);
        const where = `/${command} ${sub.name} ${name}`;
        const sent = r.only();
        expect(sent.kind, where).toBe("private");
        const labelKey = sub.options[name]?.meta.labelKey;
        const label = labelKey ? translate("en", labelKey) : name;
        expect(sent.kind === "private" && sent.message.text, where).toBe(
          translate("en", "error.option_control_characters", { option: label }),
        );
      }
      expect(await counts(t)).toEqual(before);
    },
  );

  it("refuses a NUL typed in one line, as Slack and the console send it", async () => {
    await t.command(alice, "gather", "help");
    const before = await counts(t);
    const r = await t.command(alice, "update", "Seed\u0000library | Swapping seeds. | https://example.org");
    expect(r.only().kind).toBe("private");
    expect(JSON.stringify(r.only())).toContain("Title has a hidden control character in it");
    expect(await counts(t)).toEqual(before);
  });

  it("shows the refusal under the form field, before the form closes, storing nothing", async () => {
    await t.command(alice, "gather", "help");
    const before = await counts(t);
    const errors = await t.gather.dispatcher.checkForm({
      kind: "form",
      actor: alice,
      channelId: "C-test",
      formId: "update.post",
      values: { title: "Seed library", summary: "Swapping\u0000seeds.", links: "" },
      responder: new RecordingResponder(),
    });
    expect(errors).toEqual({
      summary: translate("en", "error.option_control_characters", { option: translate("en", "update.opt.summary") }),
    });
    expect(await counts(t)).toEqual(before);
  });

  it("keeps tabs, new lines and Windows line endings, and whole emoji", async () => {
    await t.command(alice, "gather", "help");
    const r = await t.command(alice, "ask", "Lift\tto town 🚗 | First line\r\nsecond line");
    expect(r.only().kind).toBe("public");
    const [ask] = await t.db.helpRequest.findMany();
    expect(ask).toMatchObject({ what: "Lift\tto town 🚗", details: "First line\r\nsecond line" });
  });
});
