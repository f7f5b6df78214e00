import { randomBytes } from "node:crypto";
import type { FakeChannel, FakeUser, FakeWorkspace } from "./workspace.js";

/** Slack lets a trigger_id open one view, within 3 seconds of the member's action. */
export const TRIGGER_TTL_MS = 3_000;

/**
 * A file on its way through Slack's external upload flow: announced by
 * files.getUploadURLExternal, its bytes posted to the upload URL, then
 * shared (or left private) by files.completeUploadExternal.
 */
export interface FakeFile {
  readonly id: string;
  readonly filename: string;
  /** The size announced in files.getUploadURLExternal. */
  readonly length: number;
  /** What reached the upload URL; undefined until then. */
  bytes?: Buffer;
  /** Set once files.completeUploadExternal has taken it (Slack allows that once). */
  completed?: {
    readonly channel: string | undefined;
    readonly initialComment: string | undefined;
    readonly title: string;
  };
}

/** What Slack remembers between calls: channels (DMs appear when opened), posted messages, trigger ids, files. */
export class FakeSlackState {
  readonly workspace: FakeWorkspace;
  readonly #channels = new Map<string, FakeChannel>();
  readonly #files = new Map<string, FakeFile>();
  readonly #messages = new Set<string>();
  readonly #triggers = new Map<string, { issuedAt: number; used: boolean }>();
  #tsCounter = 0;
  #ids = 0;

  constructor(workspace: FakeWorkspace) {
    this.workspace = workspace;
    for (const channel of workspace.channels) this.#channels.set(channel.id, channel);
  }

  channel(id: string): FakeChannel | undefined {
    return this.#channels.get(id);
  }

  user(id: string): FakeUser | undefined {
    return this.workspace.users.find((u) => u.id === id);
  }

  /** The bot's DM with a member, created on first open like conversations.open does. */
  openIm(user: FakeUser): FakeChannel {
    const id = `D${user.id.slice(1)}`;
    const existing = this.#channels.get(id);
    if (existing) return existing;
    const im: FakeChannel = { id, name: user.name, kind: "im", botIsMember: true };
    this.#channels.set(id, im);
    return im;
  }

  /** A message ts: seconds.micro-ish, unique and increasing, as Slack's are. */
  nextTs(): string {
    this.#tsCounter += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(this.#tsCounter).padStart(6, "0")}`;
  }

  rememberMessage(channel: string, ts: string): void {
    this.#messages.add(`${channel}/${ts}`);
  }

  /** A member (or an admin) deleted the bot's message: chat.update answers message_not_found from now on. */
  deleteMessage(channel: string, ts: string): void {
    this.#messages.delete(`${channel}/${ts}`);
  }

  hasMessage(channel: string, ts: string): boolean {
    return this.#messages.has(`${channel}/${ts}`);
  }

  /** A fresh id with a Slack-like prefix ("V" for views). */
  nextId(prefix: string): string {
    this.#ids += 1;
    return `${prefix}0${String(this.#ids).padStart(8, "0")}`;
  }

  /** A file announced for upload, with a fresh "F…" id. */
  announceFile(filename: string, length: number): FakeFile {
    const file: FakeFile = { id: this.nextId("F"), filename, length };
    this.#files.set(file.id, file);
    return file;
  }

  file(id: string): FakeFile | undefined {
    return this.#files.get(id);
  }

  issueTrigger(): string {
    const id = `${Date.now()}.${randomBytes(4).readUInt32BE()}.${randomBytes(8).toString("hex")}`;
    this.#triggers.set(id, { issuedAt: Date.now(), used: false });
    return id;
  }

  /** Spends a trigger_id; the error Slack gives when it cannot be used, or undefined when it can. */
  useTrigger(id: string): "invalid_trigger_id" | "expired_trigger_id" | "exchanged_trigger_id" | undefined {
    const trigger = this.#triggers.get(id);
    if (!trigger) return "invalid_trigger_id";
    if (trigger.used) return "exchanged_trigger_id";
    if (Date.now() - trigger.issuedAt > TRIGGER_TTL_MS) return "expired_trigger_id";
    trigger.used = true;
    return undefined;
  }
}
