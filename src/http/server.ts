import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { HttpDeps, HttpRequest, HttpResponse, HttpRoute } from "../core/http.js";

export interface HttpListenerOptions {
  readonly routes: readonly HttpRoute[];
  readonly deps: HttpDeps;
}

/** The bot's own HTTP listener: serves the features' routes; 404 for anything else. */
export class HttpListener {
  readonly #server: Server;
  readonly #routes: readonly HttpRoute[];
  readonly #deps: HttpDeps;

  constructor(options: HttpListenerOptions) {
    this.#routes = options.routes;
    this.#deps = options.deps;
    this.#server = createServer((req, res) => void this.#serve(req, res));
  }

  /** Listens; resolves with the bound port (useful with port 0 in tests). */
  async listen(port: number, host = "127.0.0.1"): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      this.#server.once("error", reject);
      this.#server.listen(port, host, () => {
        this.#server.off("error", reject);
        resolve();
      });
    });
    return (this.#server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    if (!this.#server.listening) return;
    this.#server.closeIdleConnections();
    await new Promise<void>((resolve, reject) => this.#server.close((err) => (err ? reject(err) : resolve())));
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://localhost");
    const request: HttpRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: url.searchParams,
      headers: req.headers,
    };
    let response: HttpResponse;
    try {
      response = await this.#dispatch(request);
    } catch (err) {
      this.#deps.logger.error({ err, path: request.path }, "http route failed");
      response = { status: 500, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Internal error\n" };
    }
    res.writeHead(response.status, response.headers);
    res.end(request.method === "HEAD" ? undefined : response.body);
  }

  async #dispatch(request: HttpRequest): Promise<HttpResponse> {
    const method = request.method === "HEAD" ? "GET" : request.method;
    let pathMatched = false;
    for (const candidate of this.#routes) {
      const params = candidate.match(request.path);
      if (!params) continue;
      pathMatched = true;
      if (candidate.method === method) return candidate.handle(request, params, this.#deps);
    }
    return pathMatched
      ? { status: 405, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Method not allowed\n" }
      : { status: 404, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Not found\n" };
  }
}
