/**
 * The fake's Block Kit checks: the subset of Slack's validation that
 * Gather's renderer could get wrong (types, required fields, length limits,
 * counts, unique ids). Slack answers `invalid_blocks` / `invalid_arguments`
 * with JSON-pointer messages like these; so does the fake.
 */
export type Problems = string[];

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function checkMessageBlocks(blocks: unknown): Problems {
  return checkBlocks(blocks, "/blocks", { max: 50, surface: "message" });
}

/** A modal as views.open takes it. */
export function checkModal(view: unknown): Problems {
  const problems: Problems = [];
  if (!isObject(view)) return ["/view: must be an object"];
  if (view["type"] !== "modal") problems.push("/view/type: must be modal");
  text(view["title"], "/view/title", problems, { plainOnly: true, max: 24 });
  if (view["submit"] !== undefined) text(view["submit"], "/view/submit", problems, { plainOnly: true, max: 24 });
  optionalString(view["callback_id"], "/view/callback_id", 255, problems);
  optionalString(view["private_metadata"], "/view/private_metadata", 3000, problems);
  problems.push(...checkBlocks(view["blocks"], "/view/blocks", { max: 100, surface: "modal" }));
  return problems;
}

interface Surface {
  readonly max: number;
  readonly surface: "message" | "modal";
}

function checkBlocks(blocks: unknown, at: string, surface: Surface): Problems {
  const problems: Problems = [];
  if (!Array.isArray(blocks)) return [`${at}: must be an array`];
  if (blocks.length > surface.max) problems.push(`${at}: no more than ${surface.max} items allowed`);
  const blockIds = new Set<string>();
  const actionIds = new Set<string>();
  blocks.forEach((block: unknown, i) => {
    const path = `${at}/${i}`;
    if (!isObject(block)) return void problems.push(`${path}: must be an object`);
    const blockId = block["block_id"];
    if (blockId !== undefined) {
      optionalString(blockId, `${path}/block_id`, 255, problems);
      if (typeof blockId === "string" && blockIds.has(blockId)) problems.push(`${path}/block_id: duplicate block_id`);
      if (typeof blockId === "string") blockIds.add(blockId);
    }
    checkBlock(block, path, surface, problems, actionIds);
  });
  return problems;
}

function checkBlock(block: Json, path: string, surface: Surface, problems: Problems, actionIds: Set<string>): void {
  switch (block["type"]) {
    case "header":
      return text(block["text"], `${path}/text`, problems, { plainOnly: true, max: 150 });
    case "divider":
      return;
    case "section": {
      if (block["text"] === undefined && block["fields"] === undefined)
        problems.push(`${path}: must have text or fields`);
      if (block["text"] !== undefined) text(block["text"], `${path}/text`, problems, { max: 3000 });
      const fields = block["fields"];
      if (fields !== undefined) {
        if (!Array.isArray(fields) || fields.length === 0 || fields.length > 10)
          problems.push(`${path}/fields: 1 to 10 items`);
        else fields.forEach((f: unknown, i) => text(f, `${path}/fields/${i}`, problems, { max: 2000 }));
      }
      return;
    }
    case "context": {
      const elements = block["elements"];
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 10)
        return void problems.push(`${path}/elements: 1 to 10 items`);
      return elements.forEach((e: unknown, i) => text(e, `${path}/elements/${i}`, problems, { max: 3000 }));
    }
    case "actions": {
      const elements = block["elements"];
      if (!Array.isArray(elements) || elements.length === 0 || elements.length > 25)
        return void problems.push(`${path}/elements: 1 to 25 items`);
      return elements.forEach((e: unknown, i) => button(e, `${path}/elements/${i}`, problems, actionIds));
    }
    case "input":
      if (surface.surface !== "modal") return void problems.push(`${path}/type: input blocks belong in modals`);
      text(block["label"], `${path}/label`, problems, { plainOnly: true, max: 2000 });
      return plainTextInput(block["element"], `${path}/element`, problems, actionIds);
    default:
      problems.push(`${path}/type: unsupported or unknown block type ${JSON.stringify(block["type"])}`);
  }
}

function text(value: unknown, path: string, problems: Problems, rule: { plainOnly?: boolean; max: number }): void {
  if (!isObject(value)) return void problems.push(`${path}: must be a text object`);
  const type = value["type"];
  if (type !== "plain_text" && (rule.plainOnly || type !== "mrkdwn"))
    problems.push(`${path}/type: must be ${rule.plainOnly ? "plain_text" : "plain_text or mrkdwn"}`);
  const body = value["text"];
  if (typeof body !== "string" || body.length === 0) problems.push(`${path}/text: must be more than 0 characters`);
  else if (body.length > rule.max) problems.push(`${path}/text: must be less than ${rule.max + 1} characters`);
}

function button(value: unknown, path: string, problems: Problems, actionIds: Set<string>): void {
  if (!isObject(value) || value["type"] !== "button")
    return void problems.push(`${path}: only buttons are expected here`);
  text(value["text"], `${path}/text`, problems, { plainOnly: true, max: 75 });
  actionId(value["action_id"], path, problems, actionIds);
  const style = value["style"];
  if (style !== undefined && style !== "primary" && style !== "danger")
    problems.push(`${path}/style: must be primary or danger`);
}

function plainTextInput(value: unknown, path: string, problems: Problems, actionIds: Set<string>): void {
  if (!isObject(value) || value["type"] !== "plain_text_input")
    return void problems.push(`${path}: only plain_text_input is expected here`);
  actionId(value["action_id"], path, problems, actionIds);
  const max = value["max_length"];
  if (max !== undefined && (typeof max !== "number" || max < 1 || max > 3000))
    problems.push(`${path}/max_length: 1 to 3000`);
  if (value["placeholder"] !== undefined)
    text(value["placeholder"], `${path}/placeholder`, problems, { plainOnly: true, max: 150 });
  const initial = value["initial_value"];
  if (initial !== undefined && (typeof initial !== "string" || (typeof max === "number" && initial.length > max))) {
    problems.push(`${path}/initial_value: must be a string within max_length`);
  }
}

function actionId(value: unknown, path: string, problems: Problems, seen: Set<string>): void {
  if (typeof value !== "string" || value.length === 0 || value.length > 255)
    return void problems.push(`${path}/action_id: 1 to 255 characters`);
  if (seen.has(value)) problems.push(`${path}/action_id: duplicate action_id`);
  seen.add(value);
}

function optionalString(value: unknown, path: string, max: number, problems: Problems): void {
  if (value === undefined) return;
  if (typeof value !== "string" || value.length > max)
    problems.push(`${path}: must be a string of at most ${max} characters`);
}
