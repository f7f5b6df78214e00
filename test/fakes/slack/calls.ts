import type { Block, InputBlock, KnownBlock, ModalView } from "@slack/types";
import type { Args } from "./methods.js";
import type { ApiCall, FakeWebApi, ResponseUrlPost } from "./web-api.js";

/**
 * Typed views of what the fake recorded. The casts are safe because the fake
 * answers ok only after checking these shapes (block-kit.ts), and these
 * helpers refuse calls it did not answer ok.
 */

/** A message as chat.postMessage / postEphemeral / update / a response_url received it. */
export interface SentMessage {
  readonly channel?: string;
  readonly user?: string;
  readonly text: string;
  readonly blocks: readonly KnownBlock[];
  readonly responseType?: "in_channel" | "ephemeral";
  readonly replaceOriginal?: boolean;
}

export function sentMessage(source: ApiCall | ResponseUrlPost): SentMessage {
  const args = "method" in source ? okArgs(source) : source.body;
  return {
    ...(typeof args["channel"] === "string" ? { channel: args["channel"] } : {}),
    ...(typeof args["user"] === "string" ? { user: args["user"] } : {}),
    text: typeof args["text"] === "string" ? args["text"] : "",
    blocks: Array.isArray(args["blocks"]) ? (args["blocks"] as KnownBlock[]) : [],
    ...(args["response_type"] === "in_channel" || args["response_type"] === "ephemeral"
      ? { responseType: args["response_type"] }
      : {}),
    ...(args["replace_original"] === true ? { replaceOriginal: true } : {}),
  };
}

/** A modal as views.open returned it: what the adapter sent, plus the id and team Slack added. */
export type OpenedView = ModalView & {
  readonly id: string;
  readonly team_id: string;
  readonly app_id: string;
  readonly bot_id: string;
  readonly hash: string;
};

export function openedView(call: ApiCall): OpenedView {
  okArgs(call);
  if (call.method !== "views.open" || !call.result.ok) throw new Error(`not a successful views.open: ${call.method}`);
  return call.result["view"] as OpenedView;
}

/** A modal's input blocks, in order. */
export function inputBlocks(view: ModalView): InputBlock[] {
  return view.blocks.filter((b: KnownBlock | Block): b is InputBlock => b.type === "input");
}

/** A message's posted ts (chat.postMessage's answer). */
export function postedTs(call: ApiCall): string {
  okArgs(call);
  const ts = call.result["ts"];
  if (typeof ts !== "string") throw new Error(`${call.method} answered without a ts`);
  return ts;
}

/** A file files.completeUploadExternal shared (or kept private), with the bytes that were uploaded for it. */
export interface SharedFile {
  readonly id: string;
  readonly filename: string;
  readonly title: string;
  /** Undefined: completed without a channel, so private to the bot. */
  readonly channel: string | undefined;
  readonly initialComment: string | undefined;
  /** The announced size, to compare with what arrived. */
  readonly length: number;
  /** The uploaded bytes as UTF-8 text. */
  readonly content: string;
}

/** The files one successful files.completeUploadExternal call completed, in its order. */
export function sharedFiles(call: ApiCall, api: FakeWebApi): SharedFile[] {
  okArgs(call);
  if (call.method !== "files.completeUploadExternal") throw new Error(`not a file upload: ${call.method}`);
  const answered = call.result["files"] as readonly { id: string }[];
  return answered.map(({ id }) => {
    const file = api.file(id);
    if (!file?.completed || !file.bytes) throw new Error(`fake Slack: file ${id} was not completed`);
    return {
      id,
      filename: file.filename,
      title: file.completed.title,
      channel: file.completed.channel,
      initialComment: file.completed.initialComment,
      length: file.length,
      content: file.bytes.toString("utf8"),
    };
  });
}

function okArgs(call: ApiCall): Args {
  if (!call.result.ok) throw new Error(`${call.method} failed with ${call.result.error}`);
  return call.args;
}
