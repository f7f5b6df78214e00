import type { webApi } from "@slack/bolt";
import { fileText } from "../../src/core/files.js";
import type { Attachment, Inline, Message } from "../../src/core/message.js";

/**
 * Shares a message's files in a channel or DM with Slack's external upload
 * flow, which the WebClient's `files.uploadV2` runs (the old files.upload is
 * retired):
 *
 * 1. files.getUploadURLExternal, per file, with its name and byte length →
 *    an `upload_url` and a file id;
 * 2. a POST of the bytes to that `upload_url`. It is an absolute URL Slack
 *    picks, not under slackApiUrl: the WebClient posts to it as given;
 * 3. files.completeUploadExternal with `channel_id`: one message holding every
 *    file, opened by `comment` (mrkdwn, so pass escaped text).
 *
 * Needs the files:write scope. Slack finishes processing after it answers, so
 * the files appear a moment later and no message ts comes back.
 */
export async function shareFiles(
  client: webApi.WebClient,
  channelId: string,
  files: readonly Attachment[],
  comment?: string,
): Promise<void> {
  if (files.length === 0) return;
  await client.files.uploadV2({
    channel_id: channelId,
    ...(comment?.trim() ? { initial_comment: comment } : {}),
    // CSV with a byte order mark, so spreadsheets read it as UTF-8 (src/core/files.ts).
    file_uploads: files.map((file) => ({ content: fileText(file), filename: file.name, title: file.name })),
  });
}

/**
 * The message a member sees privately when its files went to their DM:
 * ephemeral messages cannot carry files, so it says where they are.
 *
 * English only: Slack sends no locale with a request, and the core's
 * catalogue has no such line yet.
 */
export function pointingToDm(message: Message): Message {
  const { files = [], ...rest } = message;
  const text: Inline[] =
    message.text === undefined ? [] : typeof message.text === "string" ? [message.text] : [...message.text];
  const note = `📎 Sent to you by direct message: ${files.map((f) => f.name).join(", ")}`;
  return { ...rest, text: text.length ? [...text, "\n\n", note] : [note] };
}
