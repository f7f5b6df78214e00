/**
 * Memory: the resident set size (RSS, from /proc) of Gather started by its real entry point
 * (src/main.ts, a child process, no platforms, console off, HTTP listener on), idle:
 *   - on an empty database, against the baseline of a bare node process with the same loader;
 *   - with 100,000 pending jobs (due over the coming year) and 100,000 stored updates, loaded in
 *     bulk before it starts, after its scheduler has ticked over them and /metrics was scraped
 *     (which counts the due jobs). The tick reads only due rows, so this should stay flat.
 * On SQLite and, when reachable, PostgreSQL.
 */
import fs from "node:fs";
import type { ChildProcess } from "node:child_process";
import { openDatabase, type Database } from "../src/db/index.js";
import type { BenchResult } from "./index.js";
import { freePort, runTs, scratchPostgres, scratchSqlite, stopChild, waitForOk } from "./support.js";

const JOBS = 100_000;
const UPDATES = 100_000;
const SETTLE_MS = 6_000; // one scheduler tick (every 5 s) and a little

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A bare node process with tsx's loader, idle: what any TypeScript service costs before doing anything. */
async function bareNodeRss(): Promise<number> {
  const dir = fs.mkdtempSync("/tmp/gather-bench-node-");
  const file = `${dir}/idle.ts`;
  fs.writeFileSync(file, `setInterval(() => undefined, 1000);\nprocess.once("SIGTERM", () => process.exit(0));\n`);
  const child = runTs(file, {});
  try {
    await sleep(SETTLE_MS / 2);
    return rssMb(child.pid!);
  } finally {
    await stopChild(child);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function gatherRss(databaseUrl: string): Promise<number> {
  const httpPort = await freePort();
  const child: ChildProcess = runTs("src/main.ts", {
    DATABASE_URL: databaseUrl,
    HTTP_PORT: String(httpPort),
    GATHER_CONSOLE: "off",
    LOG_LEVEL: "error",
  });
  try {
    await waitForOk(`http://127.0.0.1:${httpPort}/readyz`, child);
    await sleep(SETTLE_MS);
    await (await fetch(`http://127.0.0.1:${httpPort}/metrics`)).text();
    return rssMb(child.pid!);
  } finally {
    await stopChild(child);
  }
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

async function onDatabase(engine: string, url: string, bare: number): Promise<BenchResult[]> {
  await (await openDatabase({ url })).close(); // migrate once, outside the measured process
  const empty = await gatherRss(url);
  const database = await openDatabase({ url, migrate: false });
  try {
    await fill(database);
  } finally {
    await database.close();
  }
  const full = await gatherRss(url);
  return [
    {
      name: `Memory: Gather idle RSS, ${engine}, empty`,
      samples: 1,
      p50Ms: NaN,
      p99Ms: NaN,
      ratio: empty / bare,
      ratioLabel: "vs bare node",
      notes: `${empty.toFixed(0)} MB RSS (bare node + tsx: ${bare.toFixed(0)} MB)`,
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
  ];
}

export async function benchMemory(): Promise<BenchResult[]> {
  const bare = await bareNodeRss();
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
