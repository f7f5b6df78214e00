import type { IncomingMessage } from "node:http";
import type { APIAttachment, APIMessage } from "discord-api-types/v10";
import { snowflake } from "./ids.js";
import type { MessageContent } from "./store.js";
import { invalidFormBody, type Problem } from "./validate.js";

/** What a route answers: a status and, unless 204, a JSON body. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
}

/** A file uploaded with a multipart request (`files[n]`). */
export interface UploadedFile {
  readonly field: string;
  readonly name: string;
  readonly contentType: string;
  readonly text: string;
}

/** A request as routes see it: the path without `/api/v10`, the body parsed (from `payload_json` when multipart). */
export interface Request {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage["headers"];
  readonly body: unknown;
  readonly files: readonly UploadedFile[];
}

/** The message flag that shows a message only to the member who acted. */
export const EPHEMERAL = 64;
const SUPPRESS_EMBEDS = 4;

/** Discord's error body: a JSON code and a message. */
export const error = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });

/** 400 Invalid Form Body, with the problems nested by path. */
export const refused = (problems: readonly Problem[]): Reply => ({ status: 400, body: invalidFormBody(problems) });

/** The parts of a message body the fake keeps, with uploaded files as the message's attachments. */
export function content(data: unknown, files: readonly UploadedFile[] = []): MessageContent {
  const d = (data ?? {}) as Partial<APIMessage> & { flags?: number };
  return {
    ...(files.length ? { attachments: files.map(attachment) } : {}),
    ...(d.content !== undefined && d.content !== null ? { content: d.content } : {}),
    ...(d.embeds ? { embeds: d.embeds } : {}),
    ...(d.components ? { components: d.components } : {}),
    ...(d.flags !== undefined ? { flags: d.flags & (EPHEMERAL | SUPPRESS_EMBEDS) } : {}),
  };
}

function attachment(file: UploadedFile): APIAttachment {
  const id = snowflake();
  const url = `https://cdn.discordapp.com/attachments/0/${id}/${file.name}`;
  return {
    id,
    filename: file.name,
    size: Buffer.byteLength(file.text),
    url,
    proxy_url: url,
    content_type: file.contentType,
  };
}

/**
 * Reads a JSON body, or a multipart one as discord.js sends it with files:
 * the JSON in `payload_json`, each file in `files[n]`.
 */
export async function readBody(req: IncomingMessage): Promise<{ body: unknown; files: UploadedFile[] }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (chunks.length === 0) return { body: undefined, files: [] };
  const raw = Buffer.concat(chunks);
  const type = req.headers["content-type"] ?? "";
  if (type.startsWith("application/json")) return { body: JSON.parse(raw.toString("utf8")), files: [] };
  if (!type.startsWith("multipart/form-data"))
    throw new Error(`fake Discord takes JSON or multipart bodies, not ${type || "no content type"}`);
  const form = await new Response(raw, { headers: { "content-type": type } }).formData();
  const payload = form.get("payload_json");
  const files: UploadedFile[] = [];
  for (const [field, value] of form) {
    if (typeof value === "string") continue;
    files.push({
      field,
      name: value.name,
      contentType: value.type,
      text: Buffer.from(await value.arrayBuffer()).toString("utf8"),
    }); // every byte: Blob.text() would drop a byte order mark
  }
  return { body: typeof payload === "string" ? JSON.parse(payload) : undefined, files };
}
