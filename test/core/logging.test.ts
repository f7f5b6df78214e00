import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Actor, Responder } from "../../src/core/invocation.js";
import { createLogger, type Logger } from "../../src/core/logger.js";
import type { Form, Message, PostedRef } from "../../src/core/message.js";
import type { Database } from "../../src/db/index.js";
import { databases } from "../support/db.js";
import { alice, testGather, type TestGather } from "../support/gather.js";

/** Strings that must never reach a log line: a name, free text, and secret-looking tokens. */
const NAME = "Zanele Okonkwo-Abernethy";
const TITLE = "Hidden Orchard Cooperative";
const SUMMARY = "Confidential notes about the orchard tenancy";
const TOKEN = "xoxb-918273645512-SECRETTOKENVALUE";
const DETAILS = "My carer Priyanka visits on Tuesdays";
const SECRETS = [NAME, "Zanele", "Okonkwo", TITLE, "Orchard", SUMMARY, TOKEN, "SECRETTOKENVALUE", DETAILS, "Priyanka"];

/** A pino destination that keeps every line in memory. */
function memoryLog(): { logger: Logger; output: () => string; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const logger = createLogger({ level: "trace", destination: { write: (chunk: string) => void chunks.push(chunk) } });
  return {
    logger,
    output: () => chunks.join(""),
    lines: () =>
      chunks
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

/**
 * A platform call failing the way discord.js's DiscordAPIError does: the error carries the request
 * body (with the message's text) as a property, which a naive error serializer would log.
 */
class PlatformApiError extends Error {
  readonly code = 50035;
  readonly status = 400;
  readonly method = "POST";
  readonly url = "https://discord.com/api/v10/interactions/1/token/callback";
  readonly requestBody: { json: unknown };

  constructor(body: unknown) {
    super(`Invalid Form Body\nembeds[0].description[BASE_TYPE_MAX_LENGTH]: Must be 4096 or fewer in length.`);
    this.name = "DiscordAPIError[50035]";
    this.requestBody = { json: body };
  }
}

class FailingResponder implements Responder {
  readonly canOpenForms = false;
  async reply(message: Message): Promise<PostedRef> {
    throw new PlatformApiError(message);
  }
  async replyPrivately(message: Message): Promise<void> {
    throw new PlatformApiError(message);
  }
  async openForm(form: Form): Promise<void> {
    throw new PlatformApiError(form);
  }
  async update(message: Message): Promise<void> {
    throw new PlatformApiError(message);
  }
}

describe.each(databases)("logs carry no personal data or secrets on $provider", (database) => {
  let db: Database;
  let t: TestGather;
  let log: ReturnType<typeof memoryLog>;
  const zanele: Actor = { ...alice, userExternalId: "U-zanele", displayName: NAME, platformAdmin: true };

  beforeEach(async () => {
    db = await database.open();
    log = memoryLog();
    t = testGather(db, { logger: log.logger, now: "2026-03-23T10:00:00Z" });
  });
  afterEach(async () => {
    await db.close();
  });

  const expectClean = () => {
    const text = log.output();
    for (const secret of SECRETS) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());
  };

  it("through commands, forms, refusals, buttons, jobs and an export", async () => {
    await t.command(
      zanele,
      "update",
      `${TITLE} | ${SUMMARY} ${TOKEN} | https://example.org/${TOKEN} #orchard | ${NAME}`,
    );
    await t.command(zanele, "ask", `${TITLE} needs a van | ${DETAILS} ${TOKEN} | #transport`);
    await t.form(zanele, "update.post", { title: `${TITLE} two`, summary: `${SUMMARY} ${TOKEN}` });
    // Refusals carrying the text: too long, a bad date, a bad number.
    await t.command(zanele, "update", `${TITLE} | ${SUMMARY.repeat(40)} | ${NAME}`);
    await t.command(zanele, "gather", `report ${TOKEN} 2026-01-01`);
    await t.command(zanele, "gather", `${NAME} ${TOKEN}`);
    await t.command(zanele, "gather", "privacy");
    await t.command(zanele, "gather", "my-data");
    await t.command(zanele, "gather", "report 2026-01-01 2026-03-31");
    // A button that no longer works, with text in its id.
    await t.press(zanele, `privacy.forget:${TOKEN}`);
    t.clock.advance(3 * 24 * 3600 * 1000);
    await t.tick();

    const lines = log.lines();
    // The log did record the work (so the test can fail): handled commands and refusals at debug/info.
    expect(lines.filter((l) => l.msg === "handled").length).toBeGreaterThanOrEqual(5);
    expect(lines.filter((l) => l.msg === "refused").length).toBeGreaterThanOrEqual(3);
    expectClean();
  });

  it("when the platform rejects a reply and the error carries the message body", async () => {
    await t.command(zanele, "update", `${TITLE} | ${SUMMARY} ${TOKEN} | https://example.org | Cardiff`);
    // Her export holds every text of hers; the platform rejects the reply and the apology too.
    await t.gather.dispatcher.handle({
      kind: "command",
      actor: zanele,
      channelId: "C-test",
      command: "gather",
      input: { kind: "text", text: "my-data" },
      responder: new FailingResponder(),
    });
    await t.gather.dispatcher.handle({
      kind: "command",
      actor: zanele,
      channelId: "C-test",
      command: "update",
      input: { kind: "text", text: `${TITLE} | ${SUMMARY} edited ${TOKEN} | https://example.org | Cardiff` },
      responder: new FailingResponder(),
    });
    const failed = log.lines().filter((l) => l.msg === "failed");
    expect(failed).toHaveLength(2);
    // What is useful stays: the error's type, code, status and where it was thrown.
    expect(failed[0]?.err).toMatchObject({ type: "PlatformApiError", code: 50035, status: 400, method: "POST" });
    expect(JSON.stringify(failed[0]?.err)).toContain("Invalid Form Body");
    expect(log.lines().some((l) => l.msg === "could not send the error reply")).toBe(true);
    expectClean();
  });

  it("when the database rejects a query that carries member text", async () => {
    let error: unknown;
    try {
      // A query Prisma refuses before sending: its error message quotes the arguments.
      await t.db.member.create({ data: { displayName: NAME, networkId: 42 as unknown as string } });
    } catch (e) {
      error = e;
    }
    expect(String(error)).toContain(NAME); // Prisma's own message does quote it
    log.logger.error({ err: error }, "failed");
    log.logger.warn({ error: error instanceof Error ? error.message : String(error) }, "database unavailable");
    const [line, warned] = log.lines();
    expect(JSON.stringify(line?.err)).toMatch(/Argument `networkId`/);
    expect(JSON.stringify(warned?.error)).toMatch(/Argument `networkId`/);
    expectClean();
  });
});
