import { SlackPayloads } from "./payloads.js";
import { FakeSocketMode } from "./socket-mode.js";
import { FakeSlackState } from "./state.js";
import { FakeWebApi } from "./web-api.js";
import { defaultWorkspace, type FakeWorkspace } from "./workspace.js";

export { SignedSlackClient, slackSignature, type SlackHttpResult, type Tampering } from "./signed-client.js";
export {
  inputBlocks,
  sentMessage,
  sharedFiles,
  openedView,
  postedTs,
  type OpenedView,
  type SentMessage,
  type SharedFile,
} from "./calls.js";
export type { ApiCall, FileUploadPost, ResponseUrlPost } from "./web-api.js";
export type { SocketAck } from "./socket-mode.js";
export type { Who } from "./payloads.js";
export * from "./workspace.js";

/**
 * A whole fake Slack on 127.0.0.1: the Web API and response URLs, the Socket
 * Mode server, and payload builders bound to both. No real network, ever.
 */
export interface FakeSlack {
  readonly workspace: FakeWorkspace;
  readonly api: FakeWebApi;
  readonly socket: FakeSocketMode;
  readonly payloads: SlackPayloads;
  /** Deletes a message the bot posted, as a member with the rights to can. */
  deleteMessage(channel: string, ts: string): void;
  close(): Promise<void>;
}

export async function startFakeSlack(overrides: Partial<FakeWorkspace> = {}): Promise<FakeSlack> {
  const state = new FakeSlackState(defaultWorkspace(overrides));
  const socket = await FakeSocketMode.start(state.workspace.appId);
  const api = await FakeWebApi.start(state, () => socket.issueUrl());
  return {
    workspace: state.workspace,
    api,
    socket,
    payloads: new SlackPayloads(state, api),
    deleteMessage: (channel, ts) => state.deleteMessage(channel, ts),
    close: async () => {
      await Promise.all([api.close(), socket.close()]);
    },
  };
}
