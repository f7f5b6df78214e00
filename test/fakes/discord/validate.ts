/**
 * The checks Discord makes on what a bot sends, as far as Gather uses them,
 * with Discord's numbers and error codes. A payload Discord would refuse is
 * refused here too (400, code 50035 "Invalid Form Body"), so the adapter's
 * tests fail where production would.
 */

export interface Problem {
  readonly path: readonly (string | number)[];
  readonly code: string;
  readonly message: string;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === "string" ? v : undefined);

class Checker {
  readonly problems: Problem[] = [];

  string(
    value: unknown,
    path: Problem["path"],
    { min = 0, max, required = false }: { min?: number; max: number; required?: boolean },
  ) {
    if (value === undefined || value === null) {
      if (required) this.problems.push({ path, code: "BASE_TYPE_REQUIRED", message: "This field is required" });
      return;
    }
    if (typeof value !== "string") {
      this.problems.push({ path, code: "STRING_TYPE_CONVERT", message: "Could not interpret value as string." });
      return;
    }
    if (value.length > max)
      this.problems.push({ path, code: "BASE_TYPE_MAX_LENGTH", message: `Must be ${max} or fewer in length.` });
    if (value.length < min)
      this.problems.push({ path, code: "BASE_TYPE_MIN_LENGTH", message: `Must be ${min} or more in length.` });
  }

  fail(path: Problem["path"], code: string, message: string) {
    this.problems.push({ path, code, message });
  }
}

/** Discord refuses a new message with nothing in it (400, code 50006). */
export function isEmptyMessage(body: unknown): boolean {
  if (!isObject(body)) return true;
  const filled = (v: unknown) => (Array.isArray(v) ? v.length > 0 : typeof v === "string" && v.length > 0);
  return !filled(body.content) && !filled(body.embeds) && !filled(body.components);
}

/** A message body: `POST /channels/:id/messages`, interaction responses 4 and 7, webhooks. */
export function checkMessage(body: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(body)) {
    c.fail([], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return c.problems;
  }
  c.string(body.content, ["content"], { max: 2000 });
  const embeds = Array.isArray(body.embeds) ? body.embeds : [];
  if (embeds.length > 10) c.fail(["embeds"], "BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.");
  let total = 0;
  embeds.forEach((embed, i) => (total += checkEmbed(c, embed, ["embeds", i])));
  if (total > 6000) c.fail(["embeds"], "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000");
  const components = Array.isArray(body.components) ? body.components : [];
  if (components.length > 5) c.fail(["components"], "BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.");
  components.forEach((row, i) => checkButtonRow(c, row, ["components", i]));
  if (body.flags !== undefined && (typeof body.flags !== "number" || (body.flags & ~(64 | 4 | 4096)) !== 0)) {
    c.fail(["flags"], "MESSAGE_FLAGS_INVALID", "Invalid flags");
  }
  return c.problems;
}

function checkEmbed(c: Checker, embed: unknown, path: (string | number)[]): number {
  if (!isObject(embed)) {
    c.fail(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return 0;
  }
  c.string(embed.title, [...path, "title"], { max: 256 });
  c.string(embed.description, [...path, "description"], { max: 4096 });
  let size = (text(embed.title)?.length ?? 0) + (text(embed.description)?.length ?? 0);
  const fields = Array.isArray(embed.fields) ? embed.fields : [];
  if (fields.length > 25) c.fail([...path, "fields"], "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  fields.forEach((field: unknown, i) => {
    const f = isObject(field) ? field : {};
    c.string(f.name, [...path, "fields", i, "name"], { min: 1, max: 256, required: true });
    c.string(f.value, [...path, "fields", i, "value"], { min: 1, max: 1024, required: true });
    size += (text(f.name)?.length ?? 0) + (text(f.value)?.length ?? 0);
  });
  if (isObject(embed.footer)) {
    c.string(embed.footer.text, [...path, "footer", "text"], { min: 1, max: 2048, required: true });
    size += text(embed.footer.text)?.length ?? 0;
  }
  return size;
}

function checkButtonRow(c: Checker, row: unknown, path: (string | number)[]) {
  if (!isObject(row) || row.type !== 1 || !Array.isArray(row.components)) {
    c.fail(path, "UNION_TYPE_CHOICES", 'Value of field "type" must be one of (1,).');
    return;
  }
  if (row.components.length < 1 || row.components.length > 5)
    c.fail([...path, "components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
  row.components.forEach((button: unknown, i) => {
    const b = isObject(button) ? button : {};
    const at = [...path, "components", i];
    if (b.type !== 2) c.fail([...at, "type"], "COMPONENT_TYPE_INVALID", "Only buttons are checked by this fake");
    if (typeof b.style !== "number" || b.style < 1 || b.style > 5)
      c.fail([...at, "style"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5}.");
    if (b.style !== 5) c.string(b.custom_id, [...at, "custom_id"], { min: 1, max: 100, required: true });
    c.string(b.label, [...at, "label"], { max: 80 });
  });
}

/** A modal (interaction response type 9): label components holding text inputs, or legacy action rows. */
export function checkModal(data: unknown): Problem[] {
  const c = new Checker();
  const d = isObject(data) ? data : {};
  c.string(d.custom_id, ["custom_id"], { min: 1, max: 100, required: true });
  c.string(d.title, ["title"], { min: 1, max: 45, required: true });
  const components = Array.isArray(d.components) ? d.components : [];
  if (components.length < 1 || components.length > 5)
    c.fail(["components"], "BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.");
  components.forEach((component: unknown, i) => {
    const at = ["components", i];
    const comp = isObject(component) ? component : {};
    if (comp.type === 18) {
      c.string(comp.label, [...at, "label"], { min: 1, max: 45, required: true });
      c.string(comp.description, [...at, "description"], { max: 100 });
      checkTextInput(c, comp.component, [...at, "component"], false);
    } else if (comp.type === 1 && Array.isArray(comp.components) && comp.components.length === 1) {
      checkTextInput(c, comp.components[0], [...at, "components", 0], true);
    } else {
      c.fail([...at, "type"], "UNION_TYPE_CHOICES", 'Value of field "type" must be one of (1, 10, 18).');
    }
  });
  return c.problems;
}

function checkTextInput(c: Checker, input: unknown, path: (string | number)[], legacy: boolean) {
  const t = isObject(input) ? input : {};
  if (t.type !== 4) c.fail([...path, "type"], "COMPONENT_TYPE_INVALID", "Expected a text input (4)");
  c.string(t.custom_id, [...path, "custom_id"], { min: 1, max: 100, required: true });
  if (t.style !== 1 && t.style !== 2) c.fail([...path, "style"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2}.");
  if (legacy) c.string(t.label, [...path, "label"], { min: 1, max: 45, required: true });
  c.string(t.placeholder, [...path, "placeholder"], { max: 100 });
  c.string(t.value, [...path, "value"], { max: 4000 });
  for (const key of ["min_length", "max_length"] as const) {
    const n = t[key];
    if (
      n !== undefined &&
      (typeof n !== "number" || !Number.isInteger(n) || n < (key === "max_length" ? 1 : 0) || n > 4000)
    ) {
      c.fail([...path, key], "NUMBER_TYPE_MAX", "int value should be between 0 and 4000");
    }
  }
}

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
/** Discord's locales (discord-api-types' Locale), for localization maps. */
const LOCALES = new Set([
  "id",
  "en-US",
  "en-GB",
  "bg",
  "zh-CN",
  "zh-TW",
  "hr",
  "cs",
  "da",
  "nl",
  "fi",
  "fr",
  "de",
  "el",
  "hi",
  "hu",
  "it",
  "ja",
  "ko",
  "lt",
  "no",
  "pl",
  "pt-BR",
  "ro",
  "ru",
  "es-ES",
  "es-419",
  "sv-SE",
  "th",
  "tr",
  "uk",
  "vi",
]);

/** A bulk overwrite of application commands (chat input commands only). */
export function checkCommands(body: unknown): Problem[] {
  const c = new Checker();
  if (!Array.isArray(body)) {
    c.fail([], "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
    return c.problems;
  }
  if (body.length > 100) c.fail([], "BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
  const names = new Set<string>();
  body.forEach((command: unknown, i) => {
    const cmd = isObject(command) ? command : {};
    if (cmd.type !== undefined && cmd.type !== 1)
      c.fail([i, "type"], "BASE_TYPE_CHOICES", "Only chat input commands are checked by this fake");
    const name = text(cmd.name) ?? "";
    if (names.has(name))
      c.fail([i, "name"], "APPLICATION_COMMANDS_DUPLICATE_NAME", `Application command names must be unique`);
    names.add(name);
    checkNamed(c, cmd, [i]);
    checkOptions(c, cmd.options, [i, "options"], 0);
  });
  return c.problems;
}

function checkNamed(c: Checker, item: Json, path: (string | number)[]) {
  const name = text(item.name);
  if (!name || !NAME.test(name) || name !== name.toLowerCase())
    c.fail([...path, "name"], "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid");
  c.string(item.description, [...path, "description"], { min: 1, max: 100, required: true });
  for (const key of ["name_localizations", "description_localizations"] as const) {
    const map = item[key];
    if (map === undefined || map === null) continue;
    if (!isObject(map)) {
      c.fail([...path, key], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
      continue;
    }
    for (const [locale, value] of Object.entries(map)) {
      if (!LOCALES.has(locale))
        c.fail([...path, key, locale], "ENUM_TYPE_COERCE", `Value "${locale}" is not a valid enum value.`);
      c.string(value, [...path, key, locale], { min: 1, max: key === "name_localizations" ? 32 : 100, required: true });
    }
  }
}

function checkOptions(c: Checker, options: unknown, path: (string | number)[], depth: number) {
  if (options === undefined) return;
  if (!Array.isArray(options)) {
    c.fail(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType");
    return;
  }
  if (options.length > 25) c.fail(path, "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.");
  let optionalSeen = false;
  options.forEach((option: unknown, i) => {
    const o = isObject(option) ? option : {};
    const at = [...path, i];
    checkNamed(c, o, at);
    const type = o.type;
    if (type === 1 || type === 2) {
      if (depth > 0 && type === 2)
        c.fail([...at, "type"], "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID", "Subcommand groups cannot be nested");
      if (o.required !== undefined && o.required !== false)
        c.fail([...at, "required"], "APPLICATION_COMMAND_OPTION_REQUIRED_INVALID", "Subcommands cannot be required");
      checkOptions(c, o.options, [...at, "options"], depth + 1);
      return;
    }
    if (typeof type !== "number" || type < 3 || type > 11)
      c.fail([...at, "type"], "BASE_TYPE_CHOICES", "Value must be a valid option type.");
    if (o.required === true && optionalSeen) {
      c.fail(
        [...at, "required"],
        "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
        "Required options must be placed before non-required options",
      );
    }
    if (o.required !== true) optionalSeen = true;
    if (type === 4) {
      for (const key of ["min_value", "max_value"] as const) {
        const n = o[key];
        if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n))) {
          c.fail([...at, key], "NUMBER_TYPE_COERCE", "Value is not int.");
        }
      }
    }
    if (type === 3) {
      for (const key of ["min_length", "max_length"] as const) {
        const n = o[key];
        if (n !== undefined && (typeof n !== "number" || n < (key === "max_length" ? 1 : 0) || n > 6000)) {
          c.fail([...at, key], "NUMBER_TYPE_MAX", "int value should be less than or equal to 6000.");
        }
      }
    }
  });
}

/** Discord's error body for refused input, nested by path as Discord nests it. */
export function invalidFormBody(problems: readonly Problem[]): { code: number; message: string; errors: Json } {
  const errors: Json = {};
  for (const problem of problems) {
    let node = errors;
    for (const key of problem.path) {
      const k = String(key);
      if (!isObject(node[k])) node[k] = {};
      node = node[k] as Json;
    }
    const list = (node._errors as unknown[] | undefined) ?? [];
    list.push({ code: problem.code, message: problem.message });
    node._errors = list;
  }
  return { code: 50035, message: "Invalid Form Body", errors };
}

/** Discord's limits for a guild scheduled event (guild scheduled event resource). */
export const ScheduledEventLimits = { name: 100, description: 1000, location: 100 } as const;

const isTimestamp = (v: unknown): v is string => typeof v === "string" && !Number.isNaN(Date.parse(v));

/**
 * A scheduled event as it would stand after `POST` (the body) or `PATCH` (the stored event with
 * the body over it), checked as Discord checks one: name 1–100, description ≤ 1000, a GUILD_ONLY
 * (2) privacy level, a type, and for EXTERNAL (3) no channel, a location of 1–100 characters and an
 * end time after the start.
 */
export function checkScheduledEvent(event: unknown): Problem[] {
  const c = new Checker();
  if (!isObject(event)) {
    c.fail([], "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType");
    return c.problems;
  }
  c.string(event.name, ["name"], { min: 1, max: ScheduledEventLimits.name, required: true });
  c.string(event.description, ["description"], { max: ScheduledEventLimits.description });
  if (event.privacy_level !== 2) c.fail(["privacy_level"], "BASE_TYPE_CHOICES", "Value must be one of {2}.");
  if (![1, 2, 3].includes(event.entity_type as number))
    c.fail(["entity_type"], "BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3}.");
  if (!isTimestamp(event.scheduled_start_time))
    c.fail(["scheduled_start_time"], "DATE_TIME_TYPE_PARSE", "Could not parse the timestamp.");
  if (event.scheduled_end_time !== undefined && event.scheduled_end_time !== null) {
    if (!isTimestamp(event.scheduled_end_time))
      c.fail(["scheduled_end_time"], "DATE_TIME_TYPE_PARSE", "Could not parse the timestamp.");
    else if (
      isTimestamp(event.scheduled_start_time) &&
      Date.parse(event.scheduled_end_time) <= Date.parse(event.scheduled_start_time)
    )
      c.fail(
        ["scheduled_end_time"],
        "GUILD_SCHEDULED_EVENT_END_BEFORE_START",
        "The end time must be after the start time.",
      );
  }
  if (event.entity_type === 3) {
    if (event.channel_id !== undefined && event.channel_id !== null)
      c.fail(["channel_id"], "GUILD_SCHEDULED_EVENT_CHANNEL", "An external event cannot have a channel.");
    if (event.scheduled_end_time === undefined || event.scheduled_end_time === null)
      c.fail(["scheduled_end_time"], "BASE_TYPE_REQUIRED", "This field is required");
    const metadata = isObject(event.entity_metadata) ? event.entity_metadata : {};
    c.string(metadata.location, ["entity_metadata", "location"], {
      min: 1,
      max: ScheduledEventLimits.location,
      required: true,
    });
  }
  return c.problems;
}
