import type {
  APIApplicationCommandBasicOption,
  APIApplicationCommandSubcommandOption,
  RESTPutAPIApplicationCommandsJSONBody,
} from "discord-api-types/v10";
import { ApplicationCommandOptionType } from "discord-api-types/v10";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { buildApplicationCommands } from "../../../adapters/discord/index.js";
import { defineCommand, defineSubcommand } from "../../../src/core/command.js";
import { GatherError } from "../../../src/errors.js";
import { translate } from "../../../src/core/i18n/index.js";
import { opt, type Option } from "../../../src/core/options.js";
import { reply } from "../../../src/core/reply.js";
import { Registry } from "../../../src/core/registry.js";
import { createRegistry } from "../../../src/features/index.js";
import { checkCommands } from "../../fakes/discord/validate.js";

/** The Discord command JSON generated from the registry. */

const registry = createRegistry();
// Checked by the compiler against discord-api-types: the body of a bulk overwrite.
const commands: RESTPutAPIApplicationCommandsJSONBody = buildApplicationCommands(registry);
const generated = buildApplicationCommands(registry);

describe("generated Discord commands", () => {
  it("pass Discord's checks (as the fake Discord applies them)", () => {
    expect(checkCommands(commands)).toEqual([]);
  });

  it("have one slash command per registry command, each with its subcommands and typed options", () => {
    expect(generated.map((c) => c.name)).toEqual(registry.commands.map((c) => c.name));
    for (const command of registry.commands) {
      const json = generated.find((c) => c.name === command.name);
      expect(json?.type).toBe(1);
      expect(json?.contexts).toEqual([0]);
      const subs = (json?.options ?? []) as APIApplicationCommandSubcommandOption[];
      expect(subs.map((s) => [s.name, s.type])).toEqual(
        command.subcommands.map((s) => [s.name, ApplicationCommandOptionType.Subcommand]),
      );
      for (const sub of command.subcommands) {
        const options = subs.find((s) => s.name === sub.name)?.options ?? [];
        expect(options.map((o) => o.name).sort()).toEqual(Object.keys(sub.options).sort());
        for (const option of options) {
          const meta = sub.options[option.name]?.meta;
          expect(option.type).toBe({ string: 3, integer: 4, boolean: 5 }[meta?.kind ?? "string"]);
          if (option.type === ApplicationCommandOptionType.String) expect(option.max_length).toBe(meta?.maxLength);
        }
      }
    }
  });

  it("register /update post's options as optional, because with none given a form asks for them", () => {
    const post = (generated.find((c) => c.name === "update")?.options as APIApplicationCommandSubcommandOption[]).find(
      (s) => s.name === "post",
    );
    expect(post?.options?.every((o) => o.required === false)).toBe(true);
    expect(
      post?.options?.slice(0, 3).map((o) => [o.name, o.type, "max_length" in o ? o.max_length : undefined]),
    ).toEqual([
      ["title", 3, 100],
      ["summary", 3, 1000],
      ["links", 3, 1000],
    ]);
  });

  it("register /update edit with its number required (what the edit form is about) and the rest optional", () => {
    const edit = (generated.find((c) => c.name === "update")?.options as APIApplicationCommandSubcommandOption[]).find(
      (s) => s.name === "edit",
    );
    expect(edit?.options?.[0]).toMatchObject({ name: "number", type: 4, required: true, min_value: 1 });
    expect(edit?.options?.slice(1).every((o) => o.required === false)).toBe(true);
  });

  it("describe in English, with Dutch for Discord's nl locale, within 100 characters", () => {
    const update = generated.find((c) => c.name === "update");
    expect(update?.description).toBe(translate("en", "update.description"));
    expect(update?.description_localizations).toEqual({ nl: translate("nl", "update.description") });
    const post = (update?.options as APIApplicationCommandSubcommandOption[])[0];
    expect(post?.options?.find((o) => o.name === "summary")?.description).toBe(
      "One paragraph (up to 1000 characters) on what is going on",
    );
    const all = JSON.stringify(generated);
    expect(all).not.toMatch(/"cy"/);
    for (const text of all.match(/"description":"[^"]*"/g) ?? [])
      expect(text.length - '"description":""'.length).toBeLessThanOrEqual(100);
  });
});

describe("options without a form", () => {
  const number: Option<number> = {
    meta: {
      kind: "integer",
      labelKey: "update.opt.title",
      descriptionKey: "update.opt.title.description",
      required: true,
      min: 1,
      max: 99,
      style: "short",
    },
    schema: z.number().int(),
  };
  const flag: Option<boolean | undefined> = {
    meta: {
      kind: "boolean",
      labelKey: "update.opt.links",
      descriptionKey: "update.opt.links.description",
      required: false,
      style: "short",
    },
    schema: z.boolean().optional(),
  };
  const text = opt.string({ label: "update.opt.summary", description: "update.opt.summary.description", max: 50 });
  const make = (name: string) =>
    new Registry(
      [
        defineCommand({
          name,
          descriptionKey: "update.description",
          subcommands: [
            defineSubcommand({
              name: "set",
              descriptionKey: "update.post.description",
              options: { flag, number, text },
              handle: async () => reply.private("ok"),
            }),
          ],
        }),
      ],
      [],
    );

  it("are typed, keep their required flag, and list required ones first", () => {
    const [command] = buildApplicationCommands(make("shift"));
    const set = (command?.options as APIApplicationCommandSubcommandOption[]).find((s) => s.name === "set");
    const options = set?.options as APIApplicationCommandBasicOption[];
    expect(options.map((o) => [o.name, o.type, o.required])).toEqual([
      ["number", 4, true],
      ["text", 3, true],
      ["flag", 5, false],
    ]);
    expect(options[0]).toMatchObject({ min_value: 1, max_value: 99 });
    expect(checkCommands([command])).toEqual([]);
  });

  it("with a form about one of them (an edit form), keep only that one required", () => {
    const registry = new Registry(
      [
        defineCommand({
          name: "shift",
          descriptionKey: "update.description",
          subcommands: [
            defineSubcommand({
              name: "edit",
              descriptionKey: "update.post.description",
              options: { flag, number, text },
              form: { titleKey: "update.form.title", submitKey: "update.form.submit", argOption: "number" },
              handle: async () => reply.private("ok"),
            }),
          ],
        }),
      ],
      [],
    );
    const [command] = buildApplicationCommands(registry);
    const edit = (command?.options as APIApplicationCommandSubcommandOption[]).find((s) => s.name === "edit");
    expect(edit?.options?.map((o) => [o.name, o.required])).toEqual([
      ["number", true],
      ["flag", false],
      ["text", false],
    ]);
  });

  it("refuse a name Discord would refuse, before Discord does", () => {
    expect(() => buildApplicationCommands(make("Shift"))).toThrow(GatherError);
    expect(() => buildApplicationCommands(make("a-name-that-is-longer-than-thirty-two"))).toThrow(/1–32 lower-case/);
  });
});
