/**
 * What the benches share: child processes (Gather started by its real entry point, src/main.ts),
 * free ports on 127.0.0.1, scratch databases, a TCP round-robin proxy, percentiles.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { createServer, Socket, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const ADMIN_URL = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export const percentile = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** A port nobody listens on right now (there is a small race; fine on a quiet bench machine). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A scratch SQLite URL in a temporary folder, and how to remove it. */
export function scratchSqlite(): { url: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gather-bench-"));
  return { url: `file:${path.join(dir, "gather.db")}`, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty PostgreSQL database; null when the server is unreachable. */
export async function scratchPostgres(): Promise<{ url: string; remove(): Promise<void> } | null> {
  const name = `gather_bench_${randomBytes(6).toString("hex")}`;
  try {
    await admin(`CREATE DATABASE "${name}"`);
  } catch (error) {
    console.warn(`PostgreSQL unreachable at ${ADMIN_URL.replace(/\/\/[^@/]*@/, "//***@")}: ${String(error)}`);
    return null;
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), remove: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/**
 * A TypeScript file run by node with tsx's loader, as one process (no tsx wrapper process).
 * BENCH_PROFILE_DIR=<dir> makes each child write a V8 CPU profile there when it exits.
 */
export function runTs(
  file: string,
  env: Record<string, string>,
  options: { onStderr?: (line: string) => void } = {},
): ChildProcess {
  const profile = process.env.BENCH_PROFILE_DIR;
  const flags = profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`] : [];
  const child = spawn(process.execPath, [...flags, "--import", "tsx", path.resolve(ROOT, file)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let buffered = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    buffered += chunk.toString("utf8");
    const lines = buffered.split("\n");
    buffered = lines.pop() ?? "";
    for (const line of lines) options.onStderr?.(line);
  });
  child.stdout?.resume();
  return child;
}

/** Polls `url` until it answers 200 (a child's /readyz), or fails after `timeoutMs`. */
export async function waitForOk(url: string, child: ChildProcess, timeoutMs = 60_000, pollMs = 100): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the process for ${url} exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
  throw new Error(`${url} was not ready within ${timeoutMs} ms`);
}

/** SIGTERM, then wait for the exit (SIGKILL after `graceMs`). */
export async function stopChild(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

/**
 * A layer-4 round-robin proxy on 127.0.0.1: each new TCP connection goes to the next target. With
 * keep-alive clients that spreads connections (and so requests) evenly, as a simple load balancer does.
 */
export async function roundRobin(targets: readonly number[]): Promise<{ port: number; close(): Promise<void> }> {
  let next = 0;
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    const upstream = new Socket();
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on("close", () => sockets.delete(s));
      s.on("error", () => undefined);
    }
    upstream.connect(targets[next++ % targets.length]!, "127.0.0.1");
    client.pipe(upstream);
    upstream.pipe(client);
    client.on("close", () => upstream.destroy());
    upstream.on("close", () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as { port: number }).port,
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const CGROUP_CPU = "/sys/fs/cgroup/cpu";

/** Whether {@link cpuBudget} can work here: a cgroup can be made (and is removed at once). */
export function cpuBudgetsAvailable(): boolean {
  const probe = path.join(CGROUP_CPU, `gather-bench-probe-${process.pid}`);
  try {
    fs.mkdirSync(probe);
    fs.rmdirSync(probe);
    return true;
  } catch {
    return false;
  }
}

/**
 * Gives a process a fixed CPU budget of `cores` (0.4 = 40 % of one core) in a cgroup (v1 cpu
 * controller, needs root), as if it ran on a small host of its own; returns how to remove the
 * group once the process has exited, or undefined when cgroups cannot be written here. Used to
 * measure scaling on one machine: without budgets, three instances on two cores share the same
 * CPU one instance already saturates, and the bench measures the machine, not the instances.
 */
export function cpuBudget(pid: number | undefined, cores: number): (() => void) | undefined {
  if (pid === undefined || !(cores > 0)) return undefined;
  const group = path.join(CGROUP_CPU, `gather-bench-${pid}`);
  try {
    fs.mkdirSync(group);
    const period = 100_000;
    fs.writeFileSync(path.join(group, "cpu.cfs_period_us"), String(period));
    fs.writeFileSync(path.join(group, "cpu.cfs_quota_us"), String(Math.round(cores * period)));
    fs.writeFileSync(path.join(group, "cgroup.procs"), String(pid));
  } catch {
    try {
      fs.rmdirSync(group);
    } catch {
      // never made
    }
    return undefined;
  }
  return () => {
    try {
      fs.rmdirSync(group);
    } catch {
      // still has a process (it will be removed with the machine) or already gone
    }
  };
}

/**
 * Pins a process, all its threads, to the given CPUs (`taskset`); true when it could. The Slack
 * bench gives the server under test one core and the load generator the other, so each side has
 * a core of its own instead of the scheduler moving them about (without pinning, the same bare
 * Bolt app measured 4,900 and 7,300 acks/s in two runs a minute apart).
 */
export function pinTo(pid: number | undefined, cpus: string): boolean {
  if (pid === undefined || os.cpus().length < 2) return false;
  return spawnSync("taskset", ["-a", "-p", "-c", cpus, String(pid)], { stdio: "ignore" }).status === 0;
}

/** Every CPU of this machine, as taskset names them ("0-1" on two cores). */
export const ALL_CPUS = `0-${os.cpus().length - 1}`;
