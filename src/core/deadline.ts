/**
 * The dispatcher's deadline: a request that a hung database keeps unanswered gets "I can't reach my
 * records just now" in under 3 s, and what its handler says later is dropped.
 */
import type { Db } from "../db/index.js";
import type { Responder } from "./invocation.js";
import type { Form, Message, PostedRef } from "./message.js";

/**
 * A request not answered within this long (real time) is checked: if the database does not answer
 * a trivial query within {@link DATABASE_PROBE_MS} either, the member gets "I can't reach my
 * records just now" (under 3 s in all). A request that is merely slow (a busy machine) while the
 * database answers goes on to its real answer.
 */
export const COMMAND_DEADLINE_MS = 2000;

/** How long the deadline's check waits for the database's answer to `SELECT 1`. */
export const DATABASE_PROBE_MS = 700;

/** Whether the database leaves `SELECT 1` unanswered (or fails it) for {@link DATABASE_PROBE_MS}. */
export async function databaseHung(db: Db): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const probe = db.$queryRawUnsafe("SELECT 1").then(
    () => false,
    () => true,
  );
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), DATABASE_PROBE_MS);
  });
  try {
    return await Promise.race([probe, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A Responder that notes whether the request was answered, and once closed (the deadline answered
 * it) drops what the handler says later, so the member never gets a second, contradicting answer.
 */
export class GuardedResponder implements Responder {
  /** Whether the handler has answered (or begun to). */
  answered = false;
  #closed = false;
  readonly #inner: Responder;

  constructor(inner: Responder) {
    this.#inner = inner;
  }

  get canOpenForms(): boolean {
    return this.#inner.canOpenForms;
  }

  /** From now on, drops what the handler says. */
  close(): void {
    this.#closed = true;
  }

  async reply(message: Message): Promise<PostedRef | undefined> {
    return this.#pass(() => this.#inner.reply(message));
  }
  async replyPrivately(message: Message): Promise<void> {
    return this.#pass(() => this.#inner.replyPrivately(message));
  }
  async openForm(form: Form): Promise<void> {
    return this.#pass(() => this.#inner.openForm(form));
  }
  async update(message: Message): Promise<void> {
    return this.#pass(() => this.#inner.update(message));
  }

  async #pass<T>(send: () => Promise<T>): Promise<T | undefined> {
    if (this.#closed) return undefined;
    this.answered = true;
    return send();
  }
}
