/**
 * Update search on 10,000 generated updates, SQLite (FTS5, temporary file) and PostgreSQL (GIN
 * expression index, fresh database on 127.0.0.1), through the Prisma client as the bot uses it.
 *
 * Each engine runs a fixed set of 50 queries (10 timed runs each, after a warm-up) and, in the same
 * run, two baselines: a primary-key lookup of one update (the cheapest query there is) and the
 * search done with LIKE '%word%' (what full-text search replaces). Ratios are against the lookup.
 *
 * PostgreSQL: BENCH_DATABASE_URL (default postgresql://postgres@127.0.0.1:5432/postgres) must be
 * allowed to CREATE DATABASE; unreachable means the SQLite half runs alone, with a warning.
 */
import { randomBytes, randomUUID } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { type Database, type Db, type Provider, Prisma, openDatabase } from "../src/db/index.js";
import { indexUpdate, reindexAll, searchStatement, searchUpdates } from "../src/features/updates/search.js";
import type { BenchResult } from "./index.js";

const BASE_SIZES = [4000, 3000, 1500, 1000, 500]; // 10,000 updates in five networks
/** Timed runs of each query: fewer at 100,000 updates, where LIKE takes long. */
const RUNS_AT: Record<number, number> = { 1: 10, 10: 3 };
let NETWORK_SIZES = BASE_SIZES;
let RUNS = 10;

/** Lists written compactly: items separated by "|". */
const list = (items: string): string[] => items.split("|");

/** The queries, fixed: common and rare words, two words, prefixes, accents, Welsh, Dutch, misses. */
const QUERIES = list(
  "garden|community garden|gard|repair|repair cafe|café|choir|singing|food|food bank|pantry|cardiff|llanelli|" +
    "swansea garden|online|youth|youth club|dementia|carers|bike|cycling repair|wheelchair|welsh|cymraeg|paned|" +
    "taalcafé|moestuin|buurt|utrecht|vol|volunteers needed|seed library|tool library|allotment|warm space|sewing|" +
    "knit|walking group|litter|beach clean|refugees|english conversation|homework|coding club|compost|orchard|" +
    "beekeeping|loneliness|saturday morning|xylophone",
);

/** Mulberry32: a small deterministic PRNG, so every run searches the same text. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Per topic: titles, activities (for summaries) and tags. */
const TOPICS = [
  [
    "Community garden|Seed library|Orchard|Allotment|Moestuin|Compost club",
    "planting|weeding|composting|pruning the orchard|beekeeping|seed swaps",
    "garden|food|environment",
  ],
  [
    "Repair café|Tool library|Bike kitchen|Sewing circle|Trwsio",
    "fixing toasters|bike repair|sewing and mending|knit and natter|sharpening tools",
    "repair|reuse|cycling",
  ],
  [
    "Food bank|Community pantry|Warm space|Breakfast club|Soup kitchen",
    "sorting donations|hot meals|a warm space with a paned|breakfast for children|delivering parcels",
    "food|poverty|warm space",
  ],
  [
    "Carers' choir|Singing for the brain|Ukulele group|Côr cymunedol|Music for dementia",
    "singing|rehearsals|music for people living with dementia|concerts|a choir for carers",
    "music|dementia|carers",
  ],
  [
    "Youth club|Homework club|Coding club|Skatepark project|Jeugdhonk",
    "homework help|coding for beginners|games nights|youth mentoring|trips",
    "youth|education",
  ],
  [
    "Walking group|Beach clean|Litter pick|Wheelchair walks|Nature reserve",
    "walking|a beach clean|litter picking|accessible walks for wheelchair users|bird surveys",
    "walking|environment|health",
  ],
  [
    "English conversation|Welsh learners|Taalcafé|Refugee welcome|Digital drop-in",
    "English conversation practice|Cymraeg for learners|Dutch conversation in the buurthuis|welcoming refugees|help with phones and laptops",
    "language|refugees|digital",
  ],
  [
    "Men's shed|Lunch club|Befriending|Chair yoga|Memory café",
    "woodwork|a shared lunch|befriending calls against loneliness|gentle exercise|a memory café",
    "loneliness|older people|health",
  ],
].map(([titles, activities, tags]) => ({ titles: list(titles!), activities: list(activities!), tags: list(tags!) }));
const PLACES = list(
  "Cardiff|Swansea|Llanelli|Newport|Aberystwyth|Bangor|Wrexham|Splott|Grangetown|Utrecht|Rotterdam|Amsterdam|Leiden|Bristol|Online",
);
const VENUES = list(
  "the library|the community centre|St Mary's hall|the buurthuis|the school|the chapel vestry|the park|the leisure centre",
);
const WHEN = list(
  "every Saturday morning|on Tuesday evenings|once a month|on weekday afternoons|every other Thursday|in the school holidays",
);
const ASKS = list(
  "We need volunteers for|Looking for help with|Funding secured for|Please share: we are starting|Still looking for a venue for",
);
const NAMES = list(
  "Aled|Bethan|Carys|Dafydd|Eleri|Gareth|Huw|Iwan|Lowri|Megan|Rhys|Siân|Priya|Amir|Grace|Tom|Sanne|Daan|Lotte|Bram|Fatima|Joost|Noor|Ruth",
);
const SYLLABLES = list("aber|bryn|caer|dol|glan|llan|pen|tre|ven|dam|berg|hof|wood|ford|ley|ton|wick|mor|nant|rhos");
const STREETS = list("Road|Street|Lane|Heol|straat|weg|Close");
const FILLER = list(
  "Everyone welcome, no experience needed.|Tea and cake provided.|Step-free access.|Bring a friend.|We have a small grant from the council.|Dogs welcome.|Croeso i bawb.|Iedereen is welkom.",
);

interface Row {
  networkIndex: number;
  title: string;
  summary: string;
  tags: string;
  area: string | null;
  status: string;
  at: Date;
}

/** 10,000 (× the scale) varied, realistic updates; the same ones on every run. */
function generate(): Row[] {
  const random = prng(20261123);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: Row[] = [];
  NETWORK_SIZES.forEach((size, networkIndex) => {
    for (let i = 0; i < size; i++) {
      const topic = pick(TOPICS);
      const place = pick(PLACES);
      const sentences = [
        `We run ${pick(topic.activities)} at ${pick(VENUES)} in ${place} ${pick(WHEN)}.`,
        `${pick(ASKS)} ${pick(topic.activities)}.`,
      ];
      if (random() < 0.7) {
        const street = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(STREETS)}`;
        sentences.push(`Ask ${pick(NAMES)} or drop in at ${street[0]!.toUpperCase()}${street.slice(1)}.`);
      }
      for (let s = Math.floor(random() * 4); s > 0; s--) sentences.push(pick(FILLER));
      const tags = [...new Set([pick(topic.tags), pick(topic.tags)])];
      rows.push({
        networkIndex,
        title: `${pick(topic.titles)} ${place}`,
        summary: sentences.join(" "),
        tags: JSON.stringify(tags),
        area: random() < 0.8 ? place : null,
        status: random() < 0.1 ? "archived" : "active",
        at: new Date(Date.UTC(2025, 0, 1) + Math.floor(random() * 600 * 86_400_000)),
      });
    }
  });
  return rows;
}

/** Inserts the rows; returns the network ids and every update id. */
async function load(db: Db, provider: Provider, rows: readonly Row[]): Promise<{ networks: string[]; ids: string[] }> {
  const networks: string[] = [];
  const authors: string[] = [];
  for (const [i] of NETWORK_SIZES.entries()) {
    const network = await db.network.create({ data: { name: `Bench ${i}`, timeZone: "Europe/London" } });
    networks.push(network.id);
    authors.push((await db.member.create({ data: { networkId: network.id, displayName: `Author ${i}` } })).id);
  }
  const numbers = NETWORK_SIZES.map(() => 0);
  const data = rows.map((r) => ({
    networkId: networks[r.networkIndex]!,
    authorId: authors[r.networkIndex]!,
    number: ++numbers[r.networkIndex]!,
    title: r.title,
    projectKey: r.title.toLowerCase(),
    summary: r.summary,
    tags: r.tags,
    area: r.area,
    status: r.status,
    createdAt: r.at,
    updatedAt: r.at,
    confirmedAt: r.at,
  }));
  // Multi-row INSERTs with bound parameters: createMany spent ~0.4 ms of Prisma's time per row (40 s
  // for 100k). Date parameters go through the same adapter encoding as Prisma's own writes.
  const columns = Object.keys({ id: "", ...data[0] }) as (keyof (typeof data)[number] | "id")[];
  const perInsert = Math.floor((provider === "sqlite" ? 32_000 : 65_000) / columns.length);
  for (let i = 0; i < data.length; i += perInsert) {
    const chunk = data.slice(i, i + perInsert);
    const params: unknown[] = [];
    const tuples = chunk.map((row) => {
      const values = columns.map((c) => (c === "id" ? randomUUID() : row[c]));
      const marks = values.map((v) => {
        params.push(v);
        return provider === "sqlite" ? "?" : `$${params.length}`;
      });
      return `(${marks.join(", ")})`;
    });
    await db.$executeRawUnsafe(
      `INSERT INTO "ProjectUpdate" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${tuples.join(", ")}`,
      ...params,
    );
  }
  if (provider === "sqlite") {
    // Bulk load as the migration backfills; indexUpdate's own cost is measured separately below.
    await reindexAll(db, provider);
  } else {
    await db.$executeRawUnsafe(`ANALYZE "ProjectUpdate"`);
  }
  const ids = (await db.projectUpdate.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map((r) => r.id);
  return { networks, ids };
}

/** Times `run(i)` for every i, after one untimed warm-up each; returns milliseconds, sorted. */
async function time(count: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < count; i++) await run(i);
  const samples: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (let i = 0; i < count; i++) {
      const start = performance.now();
      await run(i);
      samples.push(performance.now() - start);
    }
  }
  return samples.sort((a, b) => a - b);
}

const percentile = (sorted: readonly number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function result(name: string, samples: readonly number[], baseline?: BenchResult, notes?: string): BenchResult {
  return {
    name,
    samples: samples.length,
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    ...(baseline ? { baseline: { name: baseline.name, p50Ms: baseline.p50Ms } } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** Runs the search bench on one open, empty database. */
async function benchOne(database: Database, rows: readonly Row[]): Promise<BenchResult[]> {
  const { prisma: db, provider } = database;
  const loadStarted = Date.now();
  const { networks, ids } = await load(db, provider, rows);
  const loadSeconds = (Date.now() - loadStarted) / 1000;
  const networkOf = (i: number): string => networks[i % networks.length]!;
  const total = NETWORK_SIZES.reduce((a, b) => a + b, 0);
  const engine = `${provider === "sqlite" ? "SQLite" : "PostgreSQL"} ${total / 1000}k`;
  console.log(`search: ${engine} loaded in ${loadSeconds.toFixed(1)} s`);

  const pk = result(
    `${engine}: primary-key lookup (baseline)`,
    await time(QUERIES.length, (i) => db.projectUpdate.findUnique({ where: { id: ids[(i * 197) % ids.length]! } })),
  );
  const matches: number[] = [];
  const fts = await time(QUERIES.length, async (i) => {
    const found = await searchUpdates(db, provider, {
      networkId: networkOf(i),
      words: QUERIES[i]!,
      limit: 10,
      offset: 0,
    });
    matches[i] = found.total;
  });
  // The same filter, page and count with LIKE: one lower-cased haystack, every word a '%word%'.
  const like = await time(QUERIES.length, (i) => {
    const haystack = Prisma.sql`lower("title" || ' ' || "summary" || ' ' || "tags" || ' ' || coalesce("area", ''))`;
    const words = QUERIES[i]!.toLowerCase()
      .split(" ")
      .map((w) => Prisma.sql`AND ${haystack} LIKE ${`%${w}%`}`);
    return db.$queryRaw`SELECT "id", COUNT(*) OVER () AS "total" FROM "ProjectUpdate"
      WHERE "networkId" = ${networkOf(i)} AND "status" = 'active' ${Prisma.join(words, " ")}
      ORDER BY "updatedAt" DESC LIMIT 10`;
  });
  const median = [...matches].sort((a, b) => a - b)[matches.length >> 1];
  const results = [
    pk,
    result(`${engine}: full-text search`, fts, pk, `median ${median} matches per query, max ${Math.max(...matches)}`),
    result(`${engine}: LIKE '%word%' search`, like, pk),
  ];
  // An edit's write: the row (PostgreSQL recomputes its stored search document and GIN entries) and
  // the index (SQLite's FTS row, replaced through its key token), in one transaction as the store does.
  const edits = await time(20, (i) =>
    db.$transaction(async (tx) => {
      const id = ids[(i * 499) % ids.length]!;
      const { summary } = await tx.projectUpdate.findUniqueOrThrow({ where: { id }, select: { summary: true } });
      const row = await tx.projectUpdate.update({ where: { id }, data: { summary: `${summary} ` } });
      await indexUpdate(tx, provider, row);
    }),
  );
  const how = provider === "sqlite" ? "row update + FTS delete/insert" : "row update (generated tsvector, GIN)";
  results.push(result(`${engine}: re-index one update (edit)`, edits, pk, `read + ${how}, in a transaction`));
  for (const n of [0, networks.length - 1]) {
    const size = NETWORK_SIZES[n]!;
    console.log(
      `\n${engine} plan for "${QUERIES[0]}" in a network of ${size}:\n${await plan(db, provider, networks[n]!)}`,
    );
  }
  return results;
}

/** The query plan of one search, to show the index is used. */
async function plan(db: Db, provider: Provider, networkId: string): Promise<string> {
  const statement = searchStatement(provider, { networkId, words: QUERIES[0]!, limit: 10, offset: 0 })!;
  if (provider === "sqlite") {
    const rows = await db.$queryRaw<Array<{ detail: string }>>(Prisma.sql`EXPLAIN QUERY PLAN ${statement}`);
    return rows.map((r) => `  ${r.detail}`).join("\n");
  }
  const rows = await db.$queryRaw<Array<{ "QUERY PLAN": string }>>(
    Prisma.sql`EXPLAIN (ANALYZE, COSTS OFF) ${statement}`,
  );
  return rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n");
}

async function withSqlite<T>(run: (database: Database) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-bench-"));
  const database = await openDatabase({ url: `file:${path.join(dir, "bench.db")}` });
  try {
    return await run(database);
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs `run` on a fresh PostgreSQL database, dropped afterwards; null when the server is unreachable. */
async function withPostgres<T>(run: (database: Database) => Promise<T>): Promise<T | null> {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const name = `gather_bench_${randomBytes(6).toString("hex")}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    console.warn(
      `PostgreSQL unreachable at ${adminUrl.replace(/\/\/[^@/]*@/, "//***@")}: ${String(error)}; SQLite only.`,
    );
    return null;
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  try {
    const database = await openDatabase({ url: url.toString(), queryTimeoutMs: 300_000 });
    try {
      return await run(database);
    } finally {
      await database.close();
    }
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** The search bench at 10,000 and 100,000 updates: SQLite, then PostgreSQL when reachable. */
export async function benchSearch(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const byScale: Array<Map<string, BenchResult>> = [];
  for (const scale of [1, 10]) {
    const found = new Map<string, BenchResult>();
    byScale.push(found);
    NETWORK_SIZES = BASE_SIZES.map((n) => n * scale);
    RUNS = RUNS_AT[scale] ?? 3;
    const rows = generate();
    for (const run of [withSqlite, withPostgres]) {
      const started = Date.now();
      const found = await run((database) => benchOne(database, rows));
      if (found) {
        results.push(...found);
        for (const r of found) byScale.at(-1)!.set(r.name.replace(/ \d+k:/, ":"), r);
        console.log(`search: ${found[0]?.name.split(":")[0]} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    }
  }
  results.push(...growthRows(byScale[0]!, byScale[1]!));
  return results;
}

/**
 * The growth rows: the same operation at 100,000 updates against 10,000, measured in this run.
 * Goals (ISSUE-22): re-indexing an edit within 2×, search p50 within 3×.
 */
function growthRows(small: Map<string, BenchResult>, large: Map<string, BenchResult>): BenchResult[] {
  const rows: BenchResult[] = [];
  for (const [operation, label, goal] of [
    ["re-index one update (edit)", "re-index edit 100k vs 10k", 2],
    ["full-text search", "search p50 100k vs 10k", 3],
  ] as const) {
    for (const engine of ["SQLite", "PostgreSQL"]) {
      const [at10k, at100k] = [small, large].map((m) => m.get(`${engine}: ${operation}`));
      if (!at10k || !at100k) continue;
      rows.push({
        name: `${engine}: ${label}`,
        samples: at100k.samples,
        p50Ms: at100k.p50Ms,
        p99Ms: at100k.p99Ms,
        baseline: { name: at10k.name, p50Ms: at10k.p50Ms },
        ratio: at100k.p50Ms / at10k.p50Ms,
        ratioLabel: "p50 100k/10k",
        notes: `goal ≤ ${goal}×`,
      });
    }
  }
  return rows;
}
