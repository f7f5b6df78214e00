/**
 * Memory and start-up of Gather as production runs it: the compiled build (`npm run build`,
 * `node dist/src/main.js`, as `npm start` and the Docker image do), a child process, console off,
 * HTTP listener on. Resident set size (RSS) is read from /proc.
 *   - Idle with Slack and Discord configured (against the test fakes on 127.0.0.1), against a bare
 *     node process that loads the same platform libraries (@slack/bolt and discord.js) and idles:
 *     what Gather adds to what any bot on both platforms costs. Goal ≤ 1.5×.
 *   - Idle with no platform, against a bare node process; and under tsx (`npm run dev`), to show
 *     what the compiled build saves.
 *   - With 100,000 pending jobs (due over the coming year) and 100,000 stored updates, loaded in
 *     bulk before it starts, after its scheduler has ticked over them and /metrics was scraped
 *     (which counts the due jobs). The tick reads only due rows, so this should stay flat.
 *   - Cold start: process start to /readyz answering (Slack on, SQLite migrated), against a bare
 *     Bolt app's start to listening. Goal ≤ 2×.
 * On SQLite and, when reachable, PostgreSQL.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { openDatabase, type Database } from "../src/db/index.js";
import { startFakeDiscord } from "../test/fakes/discord/index.js";
import { startFakeSlack } from "../test/fakes/slack/index.js";
import type { BenchResult } from "./index.js";
import { freePort, ROOT, runTs, scratchPostgres, scratchSqlite, stopChild, waitForOk } from "./support.js";

const JOBS = 100_000;
const UPDATES = 100_000;
const SETTLE_MS = 6_000; // one scheduler tick (every 5 s) and a little

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A compiled JavaScript file run by plain node, as one process. */
function runJs(file: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [path.resolve(ROOT, file)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.resume();
  child.stderr?.resume();
  return child;
}

/**
 * A bare node process that imports `modules` and idles: what any service using those libraries
 * costs before doing anything. Run from the repository root, so it finds node_modules.
 */
async function bareRss(modules: readonly string[]): Promise<number> {
  const file = path.join(ROOT, `bench/.idle-${process.pid}.mjs`);
  const imports = modules.map((m) => `await import(${JSON.stringify(m)});`).join("\n");
  fs.writeFileSync(
    file,
    `${imports}\nsetInterval(() => undefined, 1000);\nprocess.once("SIGTERM", () => process.exit(0));\n`,
  );
  const child = runJs(file, {});
  try {
    await sleep(SETTLE_MS / 2);
    return rssMb(child.pid!);
  } finally {
    await stopChild(child);
    fs.rmSync(file, { force: true });
  }
}

type Platforms = Record<string, string>;

/** Gather started compiled (or under tsx), idle after a scheduler tick and a /metrics scrape. */
async function gatherRss(databaseUrl: string, platforms: Platforms = {}, { tsx = false } = {}): Promise<number> {
  const httpPort = await freePort();
  const env = { DATABASE_URL: databaseUrl, HTTP_PORT: String(httpPort), GATHER_CONSOLE: "off", LOG_LEVEL: "error" };
  const child = tsx
    ? runTs("src/main.ts", { ...env, ...platforms })
    : runJs("dist/src/main.js", { ...env, ...platforms });
  try {
    await waitForOk(`http://127.0.0.1:${httpPort}/readyz`, child);
    await sleep(SETTLE_MS);
    await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    return rssMb(child.pid!);
  } finally {
    await stopChild(child);
  }
}

/** Slack (HTTP mode) and Discord configured against the fakes, while `run` goes on. */
async function withPlatformFakes<T>(run: (platforms: Platforms, slackOnly: Platforms) => Promise<T>): Promise<T> {
  const [slack, discord] = [await startFakeSlack(), await startFakeDiscord({ heartbeatIntervalMs: 30_000 })];
  try {
    const slackOnly = {
      SLACK_BOT_TOKEN: slack.workspace.botToken,
      SLACK_SIGNING_SECRET: slack.workspace.signingSecret,
      SLACK_API_URL: slack.api.url,
      SLACK_PORT: String(await freePort()),
      SLACK_HOST: "127.0.0.1",
    };
    return await run(
      {
        ...slackOnly,
        DISCORD_BOT_TOKEN: discord.world.token,
        DISCORD_APPLICATION_ID: discord.world.application.id,
        DISCORD_API_URL: discord.apiUrl,
      },
      slackOnly,
    );
  } finally {
    await discord.close();
    await slack.close();
  }
}

/** Milliseconds from spawning `start()` until `ready()` resolves; the median of `runs`. */
async function startMs(
  runs: number,
  start: () => Promise<{ child: ChildProcess; ready: Promise<void> }>,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const { child, ready } = await start();
    try {
      await ready;
      times.push(performance.now() - t0);
    } finally {
      await stopChild(child);
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Cold start of compiled Gather (Slack on, migrated SQLite) vs a bare Bolt app, median of 5 each. */
async function coldStart(databaseUrl: string, slackOnly: Platforms): Promise<BenchResult> {
  const bolt = await startMs(5, async () => {
    const port = await freePort();
    const child = runTs("bench/bare-bolt.ts", { BENCH_PORT: String(port), BENCH_SIGNING_SECRET: "s" });
    const ready = new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => (chunk.toString().includes("listening") ? resolve() : undefined));
      child.once("exit", (code) => reject(new Error(`bare bolt exited with ${code}`)));
    });
    return { child, ready };
  });
  const gather = await startMs(5, async () => {
    const httpPort = await freePort();
    const child = runJs("dist/src/main.js", {
      DATABASE_URL: databaseUrl,
      HTTP_PORT: String(httpPort),
      GATHER_CONSOLE: "off",
      LOG_LEVEL: "error",
      ...slackOnly,
    });
    return { child, ready: waitForOk(`http://127.0.0.1:${httpPort}/readyz`, child, 60_000, 10) };
  });
  return {
    name: "Start: compiled Gather (Slack, SQLite) to /readyz",
    samples: 5,
    p50Ms: gather,
    p99Ms: NaN,
    baseline: { name: "bare Bolt app to listening", p50Ms: bolt },
    ratio: gather / bolt,
    ratioLabel: "vs bare Bolt start",
    notes: `${gather.toFixed(0)} ms vs ${bolt.toFixed(0)} ms (bare Bolt runs under tsx, as in the Slack bench)`,
  };
}

/**
 * 100,000 updates over 10 networks and 100,000 pending jobs due in a year: one row of each written
 * by Prisma, then cloned in one INSERT … SELECT over a recursive sequence (the same SQL on both).
 */
async function fill(database: Database): Promise<void> {
  const db = database.prisma;
  for (let n = 0; n < 10; n++) {
    await db.network.create({ data: { id: `net-${n}`, name: `Bench ${n}`, timeZone: "Europe/London" } });
    await db.member.create({ data: { id: `author-${n}`, networkId: `net-${n}`, displayName: `Author ${n}` } });
  }
  await db.projectUpdate.create({
    data: {
      id: "template",
      networkId: "net-0",
      authorId: "author-0",
      number: 0,
      title: "Community garden",
      projectKey: "community garden",
      summary: "We run planting and weeding sessions every Saturday morning; volunteers needed.",
      tags: JSON.stringify(["garden", "food"]),
      area: "Cardiff",
    },
  });
  const text = database.provider === "sqlite" ? "" : "::text";
  const seq = `WITH RECURSIVE seq(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM seq WHERE j < ${UPDATES - 1})`;
  await db.$executeRawUnsafe(`${seq}
    INSERT INTO "ProjectUpdate" ("id", "networkId", "number", "authorId", "title", "projectKey", "summary", "links", "tags", "area", "status", "confirmedAt", "createdAt", "updatedAt")
    SELECT 'u-' || j${text}, 'net-' || (j % 10)${text}, j, 'author-' || (j % 10)${text}, t."title" || ' ' || j${text}, t."projectKey" || ' ' || j${text},
      t."summary", t."links", t."tags", t."area", t."status", t."confirmedAt", t."createdAt", t."updatedAt"
    FROM seq, "ProjectUpdate" t WHERE t."id" = 'template'`);
  if (database.provider === "sqlite") {
    await db.$executeRaw`INSERT INTO "ProjectUpdateSearch" ("updateId", "networkId", "title", "summary", "tags", "area")
      SELECT "id", "networkId", "title", "summary", "tags", "area" FROM "ProjectUpdate"`;
  }
  await db.job.create({
    data: {
      id: "job-template",
      kind: "update.freshness",
      dueAt: new Date(Date.now() + 365 * 86_400_000),
      payload: JSON.stringify({ updateId: "template" }),
      dedupeKey: "bench:template",
      networkId: "net-0",
    },
  });
  const jobSeq = `WITH RECURSIVE seq(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM seq WHERE j < ${JOBS - 1})`;
  await db.$executeRawUnsafe(`${jobSeq}
    INSERT INTO "Job" ("id", "kind", "payload", "dueAt", "status", "dedupeKey", "attempts", "networkId", "createdAt", "updatedAt")
    SELECT 'job-' || j${text}, t."kind", t."payload", t."dueAt", t."status", 'bench:' || j${text}, 0, 'net-' || (j % 10)${text}, t."createdAt", t."updatedAt"
    FROM seq, "Job" t WHERE t."id" = 'job-template'`);
  const [updates, jobs] = [await db.projectUpdate.count(), await db.job.count()];
  if (updates !== UPDATES || jobs !== JOBS) throw new Error(`filled ${updates} updates and ${jobs} jobs`);
}

interface Baselines {
  readonly node: number;
  readonly platformLibs: number;
}

async function onDatabase(engine: string, url: string, bare: Baselines): Promise<BenchResult[]> {
  await (await openDatabase({ url })).close(); // migrate once, outside the measured process
  const { both, start } = await withPlatformFakes(async (platforms, slackOnly) => ({
    both: await gatherRss(url, platforms),
    start: engine === "SQLite" ? await coldStart(url, slackOnly) : undefined,
  }));
  const empty = await gatherRss(url);
  const dev = await gatherRss(url, {}, { tsx: true });
  const database = await openDatabase({ url, migrate: false, queryTimeoutMs: 300_000 });
  try {
    await fill(database);
  } finally {
    await database.close();
  }
  const full = await gatherRss(url);
  return [
    {
      name: `Memory: compiled Gather idle, Slack + Discord, ${engine}`,
      samples: 1,
      p50Ms: NaN,
      p99Ms: NaN,
      ratio: both / bare.platformLibs,
      ratioLabel: "vs bare node + Bolt + discord.js",
      notes: `${both.toFixed(0)} MB RSS (bare node with both libraries: ${bare.platformLibs.toFixed(0)} MB)`,
    },
    {
      name: `Memory: compiled Gather idle, no platform, ${engine}`,
      samples: 1,
      p50Ms: NaN,
      p99Ms: NaN,
      ratio: empty / bare.node,
      ratioLabel: "vs bare node",
      notes: `${empty.toFixed(0)} MB RSS (bare node: ${bare.node.toFixed(0)} MB; under tsx, npm run dev: ${dev.toFixed(0)} MB)`,
    },
    {
      name: `Memory: Gather RSS, ${engine}, 100k pending jobs + 100k updates`,
      samples: 1,
      p50Ms: NaN,
      p99Ms: NaN,
      ratio: full / empty,
      ratioLabel: "vs empty",
      notes: `${full.toFixed(0)} MB RSS after a scheduler tick and a /metrics scrape`,
    },
    ...(start ? [start] : []),
  ];
}

export async function benchMemory(): Promise<BenchResult[]> {
  const { build } = await import("../scripts/build.mjs");
  await build({ log: () => undefined }); // measure the sources as they are now
  const bare = { node: await bareRss([]), platformLibs: await bareRss(["@slack/bolt", "discord.js"]) };
  const results: BenchResult[] = [];
  const sqlite = scratchSqlite();
  try {
    results.push(...(await onDatabase("SQLite", sqlite.url, bare)));
  } finally {
    sqlite.remove();
  }
  const pg = await scratchPostgres();
  if (pg) {
    try {
      results.push(...(await onDatabase("PostgreSQL", pg.url, bare)));
    } finally {
      await pg.remove();
    }
  }
  return results;
}
