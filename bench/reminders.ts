/**
 * Reminder fan-out: 10,000 meeting reminders due in the same minute across 500 channels, sent by
 * the real scheduler (`gather.createScheduler`) running the real `meeting.remind` jobs, against a
 * Messenger that holds each channel to Slack's rate for posting (about one message a second per
 * channel) the way a client honouring 429 Retry-After does: a post waits for its channel's turn.
 *
 * The floor is what the rate limit alone allows: the busiest channel's messages × the interval.
 * At Slack's real 1 s it is 20 s for 20 messages a channel; the interval is scaled down for the run
 * (`channelIntervalMs`, default 250 ms) so the bench stays well under two minutes, and the result
 * reports total / floor. Several instances (`instances` > 1) are several schedulers, each with its
 * own database client, on one PostgreSQL database: duplicates and misses are counted across them.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) must be
 * allowed to CREATE DATABASE. One instance runs on SQLite (a temporary file) unless `postgres`.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { createGather } from "../src/app.js";
import { ManualClock } from "../src/core/clock.js";
import { silentLogger } from "../src/core/logger.js";
import { plainText, type Message, type PostedRef } from "../src/core/message.js";
import type { ChannelTarget, Messenger, UserTarget } from "../src/core/ports.js";
import { openDatabase, type Database } from "../src/db/index.js";
import { REMIND_JOB } from "../src/features/meetings/schedule.js";

export interface ReminderFanOutOptions {
  /** Scheduler instances on one database; more than one means PostgreSQL. */
  readonly instances: number;
  /** Default 10,000. */
  readonly reminders?: number;
  /** Default 500. */
  readonly channels?: number;
  /** The per-channel interval the fake Slack enforces (Slack: about 1,000 ms). Default 250. */
  readonly channelIntervalMs?: number;
  /** Jobs each instance runs at once. Default 64. */
  readonly concurrency?: number;
  /** Run a single instance on PostgreSQL too. */
  readonly postgres?: boolean;
}

export interface ReminderFanOutResult {
  /** From the first tick to the last reminder posted, milliseconds. */
  readonly totalMs: number;
  /** What the per-channel rate alone allows: the busiest channel's messages × the interval. */
  readonly floorMs: number;
  /** Reminders posted more than once (extra posts counted). */
  readonly duplicates: number;
  /** Reminders never posted. */
  readonly misses: number;
}

const DUE = new Date("2026-09-30T12:00:00Z");
const MEETING_NUMBER = /#(\d+)/;

/**
 * A Messenger with Slack's per-channel posting rate: each channel has a next free slot; a post
 * waits for it (as a client does after a 429 with Retry-After) and then takes it. Shared by every
 * instance, as Slack's limit is per workspace and channel, whoever sends.
 */
class RateLimitedSlack implements Messenger {
  readonly platform = "slack" as const;
  readonly posted = new Map<number, number>();
  readonly #nextFree = new Map<string, number>();
  lastPostAt = 0;
  waits = 0;

  constructor(private readonly intervalMs: number) {}

  async post(target: ChannelTarget, message: Message): Promise<PostedRef> {
    const now = performance.now();
    const free = this.#nextFree.get(target.channelId) ?? now;
    const at = Math.max(now, free);
    this.#nextFree.set(target.channelId, at + this.intervalMs);
    if (at > now) {
      this.waits++;
      await new Promise((resolve) => setTimeout(resolve, at - now));
    }
    const number = Number(MEETING_NUMBER.exec(plainText(message.context))?.[1] ?? 0);
    this.posted.set(number, (this.posted.get(number) ?? 0) + 1);
    this.lastPostAt = performance.now();
    return { channelId: target.channelId, messageId: randomUUID() };
  }

  async dm(_target: UserTarget, _message: Message): Promise<PostedRef> {
    throw new Error("no DMs in this bench");
  }
}

/** 10,000 one-off meetings an hour after DUE, each with its one-hour reminder due at DUE. */
async function seed(database: Database, reminders: number, channels: number): Promise<void> {
  const db = database.prisma;
  const network = await db.network.create({
    data: { name: "Bench network", timeZone: "Europe/London", reminderOffsets: "[60]" },
  });
  const space = await db.space.create({
    data: { networkId: network.id, platform: "slack", externalId: "T-bench", name: "Bench" },
  });
  const start = new Date(DUE.getTime() + 3600_000);
  const meetings = Array.from({ length: reminders }, (_, i) => ({
    id: `bench-meeting-${i + 1}`,
    networkId: network.id,
    number: i + 1,
    title: `Meeting ${i + 1}`,
    startsAt: start,
    timeZone: "Europe/London",
    place: "Town hall",
    spaceId: space.id,
    // Round robin: consecutive jobs go to different channels, as a real backlog would.
    channelId: `C${String(i % channels).padStart(5, "0")}`,
  }));
  const now = new Date();
  const jobs = meetings.map((m) => ({
    kind: REMIND_JOB,
    payload: JSON.stringify({ meetingId: m.id, occurrence: "once", offset: 60 }),
    dueAt: DUE,
    dedupeKey: `${REMIND_JOB}:${m.id}:once:60:0`,
    networkId: network.id,
    createdAt: now,
    updatedAt: now,
  }));
  for (let i = 0; i < reminders; i += 1000) {
    await db.meeting.createMany({ data: meetings.slice(i, i + 1000) });
    await db.job.createMany({ data: jobs.slice(i, i + 1000) });
  }
}

async function withDatabase<T>(
  kind: "sqlite" | "postgresql",
  clients: number,
  run: (databases: Database[]) => Promise<T>,
): Promise<T> {
  if (kind === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-bench-reminders-"));
    const database = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
    try {
      return await run([database]);
    } finally {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `gather_bench_reminders_${randomBytes(5).toString("hex")}`;
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  try {
    for (let i = 0; i < clients; i++) opened.push(await openDatabase({ url: url.toString(), migrate: i === 0 }));
    return await run(opened);
  } finally {
    for (const database of opened) await database.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** Runs the fan-out once and counts what arrived. */
export async function benchReminderFanOut(opts: ReminderFanOutOptions): Promise<ReminderFanOutResult> {
  const reminders = opts.reminders ?? 10_000;
  const channels = opts.channels ?? 500;
  const intervalMs = opts.channelIntervalMs ?? 250;
  const instances = Math.max(1, opts.instances);
  const kind = instances > 1 || opts.postgres ? "postgresql" : "sqlite";
  return withDatabase(kind, instances, async (databases) => {
    const [first] = databases;
    if (!first) throw new Error("no database");
    await seed(first, reminders, channels);
    const slack = new RateLimitedSlack(intervalMs);
    const clock = new ManualClock(DUE);
    const schedulers = databases.map((database, i) => {
      const gather = createGather({
        db: database.prisma,
        provider: database.provider,
        clock,
        logger: silentLogger,
        defaults: { timeZone: "Europe/London", locale: "en" },
      });
      gather.messengers.register(slack);
      return gather.createScheduler({ owner: `bench-${i}`, concurrency: opts.concurrency ?? 64, batchSize: 200 });
    });
    const pending = () =>
      first.prisma.job.count({ where: { kind: REMIND_JOB, status: { in: ["pending", "running"] } } });
    const started = performance.now();
    // Each instance ticks until nothing is left, as its cron would every few seconds.
    await Promise.all(
      schedulers.map(async (scheduler) => {
        for (let rounds = 0; rounds < 1000; rounds++) {
          await scheduler.tick();
          if ((await pending()) === 0) return;
        }
      }),
    );
    const totalMs = Math.max(slack.lastPostAt, performance.now()) - started;
    for (const scheduler of schedulers) await scheduler.stop();
    const perChannel = Math.ceil(reminders / channels);
    let duplicates = 0;
    let misses = 0;
    for (let n = 1; n <= reminders; n++) {
      const count = slack.posted.get(n) ?? 0;
      if (count === 0) misses++;
      else duplicates += count - 1;
    }
    return { totalMs, floorMs: perChannel * intervalMs, duplicates, misses };
  });
}
