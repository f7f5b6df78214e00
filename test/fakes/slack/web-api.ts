import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { checkMessageBlocks } from "./block-kit.js";
import { LocalHttpServer, type RawRequest, type RawResponse } from "./http-server.js";
import { METHODS, type ApiResult, type Args } from "./methods.js";
import { Recorder } from "./recorder.js";
import type { FakeFile, FakeSlackState } from "./state.js";

/** One Web API call as the fake received and answered it. */
export interface ApiCall {
  readonly method: string;
  /** Arguments, with JSON-encoded form fields (blocks, view, …) decoded as Slack does. */
  readonly args: Args;
  readonly token: string | undefined;
  readonly result: ApiResult;
  /** performance.now() when the fake received it, to compare with other records (a Socket Mode ack). */
  readonly receivedAt: number;
}

/** One POST to a response_url. */
export interface ResponseUrlPost {
  /** The id in the url (one per payload). */
  readonly id: string;
  readonly body: Args;
  /** The HTTP status the fake answered: 200, or 404 once the url is used up. */
  readonly status: number;
}

/** One POST of a file's bytes to the upload URL files.getUploadURLExternal gave out. */
export interface FileUploadPost {
  readonly fileId: string;
  /** The bytes as received: the file part of a multipart body, or the whole body when sent raw. */
  readonly bytes: Buffer;
  /** 200, or 404 for a URL the fake never gave out. */
  readonly status: number;
}

/** Form-encoded fields that carry JSON, as Slack's Web API reads them. */
const JSON_FIELDS = new Set(["blocks", "view", "attachments", "metadata", "files"]);

/** Where upload URLs point (Slack's are https://files.slack.com/upload/v1/…, opaque and unauthenticated). */
const UPLOAD_PATH = "/upload/v1/";

/** Slack accepts five posts per response_url (within 30 minutes). */
const RESPONSE_URL_USES = 5;

/**
 * Slack's Web API (`/api/<method>`) and response URLs (`/response/<id>`) on
 * 127.0.0.1. Reads what Slack's SDKs send (form-encoded or JSON bodies, a
 * Bearer token or a `token` field), checks tokens, scopes and payload shapes,
 * and answers `{ ok, … }` — recording every call for the tests.
 */
export class FakeWebApi {
  readonly calls = new Recorder<ApiCall>((c) => (c.result.ok ? c.method : `${c.method}→${c.result.error}`));
  readonly responses = new Recorder<ResponseUrlPost>((r) => `response_url ${r.id}→${r.status}`);
  readonly uploads = new Recorder<FileUploadPost>((u) => `upload ${u.fileId}→${u.status}`);
  readonly #state: FakeSlackState;
  readonly #socketUrl: () => string;
  readonly #responseUses = new Map<string, number>();
  /** Methods answered with an HTTP error status until released (Slack down), and how often they were. */
  readonly #outages = new Map<string, number>();
  readonly #refused = new Map<string, number>();
  /** Methods whose calls wait, unanswered, until released (a slow Slack). */
  readonly #held = new Map<string, Promise<void>>();
  #server: LocalHttpServer | undefined;

  private constructor(state: FakeSlackState, socketUrl: () => string) {
    this.#state = state;
    this.#socketUrl = socketUrl;
  }

  static async start(state: FakeSlackState, socketUrl: () => string): Promise<FakeWebApi> {
    const api = new FakeWebApi(state, socketUrl);
    api.#server = await LocalHttpServer.start((request) => api.#handle(request));
    return api;
  }

  /** What to give the adapter as SLACK_API_URL. */
  get url(): string {
    return `${this.#origin()}/api/`;
  }

  /** A new response_url, as Slack puts one in each command and interaction payload. */
  issueResponseUrl(): string {
    const id = randomBytes(8).toString("hex");
    this.#responseUses.set(id, 0);
    return `${this.#origin()}/response/${id}`;
  }

  /**
   * Holds every call of `method` (arriving now or later) unanswered until the
   * returned function is called: Slack being slow, as it sometimes is.
   */
  hold(method: string): () => void {
    let release!: () => void;
    this.#held.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.#held.delete(method);
      release();
    };
  }

  /**
   * Answers every call of `method` with HTTP `status` (Slack down: 503; 500 and 502 are seen too)
   * until the returned function is called. Each refused call is counted in {@link refused}.
   */
  outage(method: string, status = 503): () => void {
    this.#outages.set(method, status);
    return () => this.#outages.delete(method);
  }

  /** How many calls of `method` an {@link outage} refused. */
  refused(method: string): number {
    return this.#refused.get(method) ?? 0;
  }

  /** Calls of one method, answered ok. */
  waitForCall(method: string, matches: (call: ApiCall) => boolean = () => true): Promise<ApiCall> {
    return this.calls.waitFor((c) => c.method === method && c.result.ok && matches(c), `successful ${method} call`);
  }

  /** A file by its id, with what was uploaded and where it was shared. */
  file(id: string): FakeFile | undefined {
    return this.#state.file(id);
  }

  waitForResponse(matches: (post: ResponseUrlPost) => boolean = () => true): Promise<ResponseUrlPost> {
    return this.responses.waitFor((r) => r.status === 200 && matches(r), "response_url post");
  }

  async close(): Promise<void> {
    await this.#server?.close();
    this.#server = undefined;
  }

  #origin(): string {
    if (!this.#server) throw new Error("the fake Web API is not running");
    return this.#server.origin;
  }

  #handle(request: RawRequest): RawResponse | Promise<RawResponse> {
    if (request.method === "POST" && request.path.startsWith("/api/")) {
      const method = request.path.slice("/api/".length);
      const down = this.#outages.get(method);
      if (down !== undefined) {
        this.#refused.set(method, this.refused(method) + 1);
        return { status: down, headers: { "Content-Type": "text/html" }, body: "<html>Slack is down</html>" };
      }
      const held = this.#held.get(method);
      return held ? held.then(() => this.#apiCall(request)) : this.#apiCall(request);
    }
    if (request.method === "POST" && request.path.startsWith("/response/")) return this.#responsePost(request);
    if (request.method === "POST" && request.path.startsWith(UPLOAD_PATH)) return this.#upload(request);
    return { status: 404, body: "not found" };
  }

  /**
   * Step 2 of the external upload: the file's bytes, "as raw bytes or
   * multipart form encoded" (Slack's words). Slack answers 200 "OK - <size>".
   */
  async #upload(request: RawRequest): Promise<RawResponse> {
    const fileId = request.path.slice(UPLOAD_PATH.length);
    const file = this.#state.file(fileId);
    const bytes = await uploadedBytes(request);
    const status = file && !file.completed ? 200 : 404;
    if (file && status === 200) file.bytes = bytes;
    this.uploads.record({ fileId, bytes, status });
    return { status, headers: { "Content-Type": "text/plain" }, body: status === 200 ? `OK - ${bytes.length}` : "" };
  }

  #apiCall(request: RawRequest): RawResponse {
    const receivedAt = performance.now();
    const method = request.path.slice("/api/".length);
    const args = parseArgs(request);
    const token = bearer(request) ?? (typeof args["token"] === "string" ? args["token"] : undefined);
    const result =
      args === INVALID ? { ok: false as const, error: "invalid_form_data" } : this.#run(method, args, token);
    this.calls.record({ method, args, token, result, receivedAt });
    return {
      status: 200,
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "X-OAuth-Scopes": this.#state.workspace.scopes.join(","),
      },
      body: JSON.stringify(result),
    };
  }

  #run(method: string, args: Args, token: string | undefined): ApiResult {
    const spec = METHODS[method];
    if (!spec) return { ok: false, error: "unknown_method" };
    const w = this.#state.workspace;
    if (token === undefined) return { ok: false, error: "not_authed" };
    if (token !== w.botToken && token !== w.appToken) return { ok: false, error: "invalid_auth" };
    if ((spec.token === "app") !== (token === w.appToken)) return { ok: false, error: "not_allowed_token_type" };
    if (spec.scope && !w.scopes.includes(spec.scope)) return { ok: false, error: "missing_scope", needed: spec.scope };
    return spec.run(args, {
      state: this.#state,
      socketUrl: this.#socketUrl,
      uploadUrl: (fileId) => `${this.#origin()}${UPLOAD_PATH}${fileId}`,
    });
  }

  #responsePost(request: RawRequest): RawResponse {
    const id = request.path.slice("/response/".length);
    const uses = this.#responseUses.get(id);
    let body: Args = {};
    try {
      body = JSON.parse(request.body) as Args;
    } catch {
      return this.#answerResponse(id, body, 400, "invalid_payload");
    }
    if (uses === undefined) return this.#answerResponse(id, body, 404, "no_service");
    if (uses >= RESPONSE_URL_USES) return this.#answerResponse(id, body, 404, "used_url");
    if (body["blocks"] !== undefined && checkMessageBlocks(body["blocks"]).length)
      return this.#answerResponse(id, body, 400, "invalid_blocks");
    if (typeof body["text"] !== "string" && body["blocks"] === undefined)
      return this.#answerResponse(id, body, 400, "no_text");
    this.#responseUses.set(id, uses + 1);
    return this.#answerResponse(id, body, 200, "ok");
  }

  #answerResponse(id: string, body: Args, status: number, text: string): RawResponse {
    this.responses.record({ id, body, status });
    return { status, headers: { "Content-Type": "text/plain" }, body: text };
  }
}

const INVALID: Args = Object.freeze({});

/** A multipart body's first file part (what @slack/web-api sends), or the raw body. */
async function uploadedBytes(request: RawRequest): Promise<Buffer> {
  const type = request.headers["content-type"] ?? "";
  if (!type.startsWith("multipart/form-data")) return request.raw;
  const form = await new Response(request.raw, { headers: { "Content-Type": type } }).formData();
  for (const value of form.values()) {
    if (typeof value !== "string") return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

function bearer(request: RawRequest): string | undefined {
  const header = request.headers.authorization;
  return header?.startsWith("Bearer ") ? header.slice("Bearer ".length) : undefined;
}

/** Form-encoded (what @slack/web-api sends) or JSON bodies, as Slack's Web API accepts both. */
function parseArgs(request: RawRequest): Args {
  const type = request.headers["content-type"] ?? "";
  try {
    if (type.startsWith("application/json")) return (request.body ? JSON.parse(request.body) : {}) as Args;
    const args: Record<string, unknown> = {};
    for (const [key, value] of new URLSearchParams(request.body)) {
      args[key] = JSON_FIELDS.has(key) ? JSON.parse(value) : value;
    }
    return args;
  } catch {
    return INVALID;
  }
}
