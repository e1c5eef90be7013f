// A small Docker Engine API client: JSON requests, unbuffered streams and hijacked connections, on
// a negotiated API version. It speaks only the documented Engine API, so Docker and Podman's
// compatible service both work.
import type { Duplex, Readable } from "node:stream";
import { type Dispatcher, Pool } from "undici";
import { SandboxError } from "../types.js";
import { type DockerEndpoint, describeEndpoint, resolveDockerEndpoint } from "./endpoint.js";
import {
  DockerApiError,
  DockerTimeoutError,
  engineMessage,
  isConnectionError,
  noAnswer,
  unreachable,
} from "./errors.js";
import { hijack } from "./hijack.js";

export { demux } from "./demux.js";
export { type DockerEndpoint, describeEndpoint, resolveDockerEndpoint } from "./endpoint.js";
export { DockerApiError, DockerTimeoutError, DockerUnreachableError } from "./errors.js";
// `backend: auto` should import it from ./ping.js, which loads neither this module nor undici
export { pingDocker } from "./ping.js";

/**
 * The newest API version we speak. 1.44 (Docker 25), not lower: Docker 29.0-29.2 refuse every
 * client below 1.44. Nothing we use changed between 1.40 and 1.44.
 */
export const DOCKER_API_MAX = "1.44";
/** Docker 19.03; older engines lack what the backend relies on (e.g. /_ping over HEAD, PidsLimit). */
export const DOCKER_API_MIN = "1.40";

export interface RequestOptions {
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON-encoded when an object; sent as-is when Buffer/Readable (e.g. a tar for PUT /containers/{id}/archive) */
  body?: unknown;
  headers?: Record<string, string>;
  /** default 30 s; 0 = none (long polls like /wait). For stream() and hijack() it bounds the wait for the response head. */
  timeoutMs?: number;
  /** aborts the request; for stream() and hijack() it also destroys the stream later */
  signal?: AbortSignal;
}

export interface StreamResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

export interface DockerClient {
  readonly endpoint: DockerEndpoint;
  /** e.g. "1.41": min(what we speak, what the engine says it speaks) */
  readonly apiVersion: string;
  /**
   * which engine answered /_ping: Podman's compatible service says so in its headers (Libpod-*,
   * Server: Libpod/...). Where the two differ on the wire (a seccomp profile: Docker takes the
   * JSON itself, Podman a path to it), the backend asks this.
   */
  readonly engine: "docker" | "podman";
  /** JSON request to /v{apiVersion}{path}; the parsed JSON body (a string for non-JSON answers, undefined for empty ones) */
  request<T = unknown>(method: string, path: string, options?: RequestOptions): Promise<T>;
  /** the response body as a stream, unbuffered; errors for >= 400 are still thrown, with the engine's message */
  stream(method: string, path: string, options?: RequestOptions): Promise<StreamResponse>;
  /** takes over the connection (attach, exec start); end() half-closes our side, reading goes on until the engine closes */
  hijack(method: string, path: string, options?: RequestOptions): Promise<Duplex>;
  /** ends everything: pending requests, streams and hijacked connections */
  close(): Promise<void>;
}

const DEFAULT_TIMEOUT_MS = 30_000;
const CONNECT_TIMEOUT_MS = 5_000;

export async function connectDocker(
  options: { env?: Record<string, string | undefined>; endpoint?: DockerEndpoint; timeoutMs?: number } = {},
): Promise<DockerClient> {
  const endpoint = options.endpoint ?? resolveDockerEndpoint(options.env ?? process.env);
  const timeoutMs = options.timeoutMs ?? CONNECT_TIMEOUT_MS;
  const tls = endpoint.kind === "tcp" ? endpoint.tls : undefined;
  const pool = new Pool(origin(endpoint), {
    ...(endpoint.kind === "unix" ? { socketPath: endpoint.socketPath } : {}),
    connect: tls ? { ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: tls.verify } : {},
    // our own timers bound each request; undici's would cut long polls such as /wait
    headersTimeout: 0,
    bodyTimeout: 0,
  });
  const client = new EngineClient(endpoint, pool);
  try {
    await client.negotiate(timeoutMs);
  } catch (error) {
    await client.close();
    throw error;
  }
  return client;
}

class EngineClient implements DockerClient {
  apiVersion = "";
  engine: "docker" | "podman" = "docker";
  private readonly hijacked = new Set<Duplex>();

  constructor(
    readonly endpoint: DockerEndpoint,
    private readonly pool: Pool,
  ) {}

  /**
   * Docker's own client negotiates with /_ping's API-Version header; so do we, as Podman's /version
   * takes a second (it runs the OCI runtime to report its version). Unversioned paths: every engine
   * answers them whatever it speaks.
   */
  async negotiate(timeoutMs: number): Promise<void> {
    let engineMax: string | undefined;
    try {
      const ping = (await this.send("GET", "/_ping", { timeoutMs }, true, "")) as StreamResponse;
      ping.body.resume();
      engineMax = headerValue(ping.headers["api-version"]);
      if (isPodman(ping.headers)) this.engine = "podman";
      if (!engineMax) {
        const version = await this.send("GET", "/version", { timeoutMs }, false, "");
        engineMax = (version as { ApiVersion?: unknown } | undefined)?.ApiVersion as string | undefined;
      }
    } catch (error) {
      throw error instanceof DockerTimeoutError ? noAnswer(this.endpoint, timeoutMs) : error;
    }
    const where = describeEndpoint(this.endpoint);
    if (typeof engineMax !== "string" || !/^\d+\.\d+$/.test(engineMax)) {
      throw new SandboxError(
        `the engine at ${where} did not say which API version it speaks (no API-Version from /_ping or /version)`,
        "point DOCKER_HOST at a Docker Engine (or Podman's Docker-compatible service)",
      );
    }
    if (compareVersions(engineMax, DOCKER_API_MIN) < 0) {
      throw new SandboxError(
        `the Docker engine at ${where} speaks API ${engineMax}; sandbox-action needs ${DOCKER_API_MIN} or newer`,
        "upgrade Docker to 19.03 or newer (or Podman to 3.0 or newer), or run with --backend local",
      );
    }
    // an engine whose minimum is above this refuses each request with a 400 (see DockerApiError)
    this.apiVersion = compareVersions(engineMax, DOCKER_API_MAX) < 0 ? engineMax : DOCKER_API_MAX;
  }

  request<T = unknown>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    return this.send(method, path, options, false) as Promise<T>;
  }

  stream(method: string, path: string, options: RequestOptions = {}): Promise<StreamResponse> {
    return this.send(method, path, options, true) as Promise<StreamResponse>;
  }

  async hijack(method: string, path: string, options: RequestOptions = {}): Promise<Duplex> {
    const { body, contentType } = encodeBody(options.body);
    if (body !== undefined && !Buffer.isBuffer(body)) {
      throw new TypeError("hijack() takes a JSON or Buffer body, not a stream");
    }
    const stream = await hijack(this.endpoint, {
      method,
      path,
      target: this.target(path, options.query),
      headers: { ...(contentType ? { "Content-Type": contentType } : {}), ...options.headers },
      ...(body ? { body } : {}),
      timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    this.hijacked.add(stream);
    stream.once("close", () => this.hijacked.delete(stream));
    return stream;
  }

  async close(): Promise<void> {
    for (const stream of this.hijacked) stream.destroy();
    this.hijacked.clear();
    if (!this.pool.destroyed) await this.pool.destroy();
  }

  private target(path: string, query: RequestOptions["query"], prefix = `/v${this.apiVersion}`): string {
    if (!path.startsWith("/")) throw new TypeError(`Docker API paths start with "/": ${path}`);
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined) params.append(key, String(value));
    }
    const search = params.toString();
    return `${prefix}${path}${search ? `?${search}` : ""}`;
  }

  private async send(
    method: string,
    path: string,
    options: RequestOptions,
    streaming: boolean,
    prefix?: string,
  ): Promise<unknown> {
    options.signal?.throwIfAborted();
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            controller.abort();
          }, timeoutMs)
        : undefined;
    const onAbort = () => controller.abort(options.signal?.reason);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const release = () => options.signal?.removeEventListener("abort", onAbort);
    const { body, contentType } = encodeBody(options.body);
    let handedOver = false;
    try {
      const response = await this.pool.request({
        method: method as Dispatcher.HttpMethod,
        path: this.target(path, options.query, prefix),
        headers: { ...(contentType ? { "content-type": contentType } : {}), ...options.headers },
        ...(body !== undefined ? { body } : {}),
        signal: controller.signal,
      });
      if (response.statusCode >= 400) {
        const text = await response.body.text().catch(() => "");
        throw new DockerApiError(
          this.endpoint,
          method,
          path,
          response.statusCode,
          engineMessage(text, response.statusCode),
        );
      }
      if (streaming) {
        clearTimeout(timer);
        handedOver = true;
        response.body.once("close", release);
        return { status: response.statusCode, headers: response.headers, body: response.body };
      }
      const text = await response.body.text();
      if (text === "") return undefined;
      if (!/json/i.test(String(response.headers["content-type"] ?? ""))) return text;
      try {
        return JSON.parse(text);
      } catch (error) {
        throw new SandboxError(
          `the Docker engine at ${describeEndpoint(this.endpoint)} sent invalid JSON for ${method} ${path}`,
          undefined,
          { cause: error },
        );
      }
    } catch (error) {
      if (error instanceof SandboxError) throw error;
      if (timedOut) throw new DockerTimeoutError(this.endpoint, method, path, timeoutMs);
      if (options.signal?.aborted) throw options.signal.reason;
      if (isConnectionError(error)) {
        throw unreachable(this.endpoint, error);
      }
      throw new SandboxError(
        `${method} ${path} to the Docker engine at ${describeEndpoint(this.endpoint)} failed: ${(error as Error)?.message ?? String(error)}`,
        undefined,
        { cause: error },
      );
    } finally {
      clearTimeout(timer);
      if (!handedOver) release();
    }
  }
}

function encodeBody(body: unknown): { body?: string | Buffer | Readable; contentType?: string } {
  if (body === undefined) return {};
  if (Buffer.isBuffer(body)) return { body };
  if (body instanceof Uint8Array) return { body: Buffer.from(body.buffer, body.byteOffset, body.byteLength) };
  if (isReadable(body)) return { body };
  return { body: Buffer.from(JSON.stringify(body)), contentType: "application/json" };
}

function isReadable(value: unknown): value is Readable {
  return (
    typeof (value as Readable | null)?.pipe === "function" && typeof (value as Readable).on === "function"
  );
}

function origin(endpoint: DockerEndpoint): string {
  if (endpoint.kind === "unix") return "http://localhost";
  const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
  return `${endpoint.tls ? "https" : "http"}://${host}:${endpoint.port}`;
}

/** Podman's service marks its answers (Libpod-Api-Version since 2.0; Server: Libpod/x.y) */
export function isPodman(headers: Record<string, string | string[] | undefined>): boolean {
  return (
    headerValue(headers["libpod-api-version"]) !== undefined ||
    /^libpod\//i.test(headerValue(headers.server) ?? "")
  );
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** "1.41" vs "1.9": numeric per part */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}
