import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A request body as read off the wire. */
export interface RawRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage["headers"];
  /** The body as UTF-8 text (API calls and response_url posts are text). */
  readonly body: string;
  /** The body's bytes, untouched (file uploads). */
  readonly raw: Buffer;
}

export interface RawResponse {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body: string;
}

/** A small HTTP server on 127.0.0.1 and a free port, for the fakes: whole bodies in, whole bodies out. */
export class LocalHttpServer {
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(handle: (request: RawRequest) => Promise<RawResponse> | RawResponse): Promise<LocalHttpServer> {
    const server = createServer((req, res) => {
      void respond(req, res, handle);
    });
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    return new LocalHttpServer(server);
  }

  get origin(): string {
    const { port } = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** Closes the server and every connection still open to it (keep-alive clients included). */
  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.#server.close((error) => (error ? reject(error) : resolve()));
      this.#server.closeAllConnections();
    });
  }
}

async function respond(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (request: RawRequest) => Promise<RawResponse> | RawResponse,
) {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = Buffer.concat(chunks);
    const answer = await handle({
      method: req.method ?? "GET",
      path: url.pathname,
      headers: req.headers,
      body: raw.toString("utf8"),
      raw,
    });
    res.writeHead(answer.status, answer.headers ?? {});
    res.end(answer.body);
  } catch (error) {
    res.writeHead(500, { "Content-Type": "text/plain" });
    res.end(error instanceof Error ? error.message : String(error));
  }
}
