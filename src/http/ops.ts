/**
 * The operator's routes: `/healthz` (the process answers), `/readyz` (the database answers a cheap
 * query and the adapters have started: send this instance traffic) and `/metrics` (Prometheus text).
 */
import { route, type HttpResponse, type HttpRoute } from "../core/http.js";
import { Prisma } from "../db/index.js";
import type { PrometheusMetrics } from "./metrics.js";

export interface OpsRoutesOptions {
  /** True once every adapter has started (and false again while stopping). */
  readonly ready: () => boolean;
  /** Serves `/metrics` when given. */
  readonly metrics?: PrometheusMetrics;
  /** How long `/readyz` waits for the database before saying 503. Default 2 s. */
  readonly databaseTimeoutMs?: number;
}

const text = (status: number, body: string): HttpResponse => ({
  status,
  headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  body,
});

export function opsRoutes(options: OpsRoutesOptions): HttpRoute[] {
  const timeoutMs = options.databaseTimeoutMs ?? 2000;
  const routes: HttpRoute[] = [
    route("GET", "/healthz", async () => text(200, "ok\n")),
    route("GET", "/readyz", async (_request, _params, deps) => {
      const problems: string[] = [];
      if (!options.ready()) problems.push("adapters: not started");
      try {
        await withTimeout(deps.db.$queryRaw(Prisma.sql`SELECT 1`), timeoutMs);
      } catch (error) {
        deps.logger.warn(
          { error: error instanceof Error ? error.message : String(error) },
          "readyz: database check failed",
        );
        problems.push("database: unreachable");
      }
      return problems.length === 0 ? text(200, "ready\n") : text(503, `${problems.join("\n")}\n`);
    }),
  ];
  const metrics = options.metrics;
  if (metrics) {
    routes.push(
      route("GET", "/metrics", async () => ({
        status: 200,
        headers: { "content-type": metrics.contentType, "cache-control": "no-store" },
        body: await metrics.text(),
      })),
    );
  }
  return routes;
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
