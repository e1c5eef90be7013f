// The MCP client of `run`: initialize, then tools/call one at a time, then DELETE of the session,
// over Streamable HTTP on our TLS channels. `run` has no agent to relay progress, logging or
// server requests to, so it needs none of the SDK client's machinery, and the SDK's client costs
// ~70 ms of CPU (evaluating its zod schemas) while the sandbox boots on the other core: the server
// got slower by about half that (docs/adr/0004-start-up-and-call-cost.md). Sessions that serve
// agents (the daemon's proxy, `mcp`) keep the SDK's client.
import type { Agent, ClientRequest, IncomingMessage } from "node:http";
import http from "node:http";
import { SERVER_NAME } from "../mtls/index.js";
import { VERSION } from "../version.js";
import { REQUEST_TIMEOUT_CODE, type ToolCallResult } from "./call.js";
import { createChannelAgent } from "./channel-agent.js";
import { type ChannelOptions, openTlsChannel, warmUpTls } from "./tls-channel.js";

/** The protocol version we ask for: the SDK's LATEST_PROTOCOL_VERSION, which our server speaks. */
export const PROTOCOL_VERSION = "2025-11-25";

/** An answer longer than this is refused: the sandbox must not exhaust the host's memory. */
const MAX_ANSWER_CHARS = 64 * 1024 * 1024;

/** The SDK client's default request timeout, for initialize. */
const INITIALIZE_TIMEOUT_MS = 60_000;

const DELETE_TIMEOUT_MS = 2_000;

const tooBig = () => new Error("the sandbox's server sent an answer of more than 64 MiB; refused");

/** A JSON-RPC error answered by the server; named and worded as the SDK's McpError. */
export class McpError extends Error {
  override name = "McpError";
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(`MCP error ${code}: ${message}`);
  }
}

interface JsonRpcAnswer {
  id?: unknown;
  result?: unknown;
  error?: { code?: unknown; message?: unknown; data?: unknown };
}

export interface LeanConnection {
  client: LeanMcpClient;
  close(): Promise<void>;
}

export class LeanMcpClient {
  private sessionId: string | undefined;
  private protocolVersion: string | undefined;
  private nextId = 0;
  private readonly inFlight = new Set<ClientRequest>();
  private closed = false;

  constructor(private readonly agent: Agent) {}

  /** initialize and notifications/initialized; the session is ready when this resolves */
  async initialize(timeoutMs: number): Promise<void> {
    const result = (await this.request(
      "initialize",
      {
        protocolVersion: PROTOCOL_VERSION,
        capabilities: {},
        clientInfo: { name: "sandbox-action", version: VERSION },
      },
      timeoutMs,
    )) as { protocolVersion?: unknown } | undefined;
    if (result?.protocolVersion !== PROTOCOL_VERSION) {
      throw new Error(
        `the sandbox's server speaks MCP ${String(result?.protocolVersion)}, this client ${PROTOCOL_VERSION}: the CLI and dist/sandbox-server.js come from different builds`,
      );
    }
    this.protocolVersion = PROTOCOL_VERSION;
    await this.post({ jsonrpc: "2.0", method: "notifications/initialized" }, timeoutMs);
  }

  /** Same shape as the SDK client's callTool (src/host/call.ts takes either). */
  async callTool(
    params: { name: string; arguments?: Record<string, unknown> },
    _resultSchema?: undefined,
    options: { timeout?: number } = {},
  ): Promise<ToolCallResult> {
    const result = await this.request("tools/call", params, options.timeout ?? 60_000);
    if (typeof result !== "object" || result === null || Array.isArray(result)) {
      throw new McpError(-32603, "the server's tools/call result is not an object");
    }
    return result as ToolCallResult;
  }

  /** Ends the session on the server (DELETE) and drops the connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const pending of this.inFlight) pending.destroy(new Error("the MCP session was closed"));
    if (this.sessionId) {
      // bounded as a whole: a stuck sandbox must not hold up the teardown that follows
      await new Promise<void>((resolve) => {
        const req = http.request({
          agent: this.agent,
          host: SERVER_NAME,
          path: "/mcp",
          method: "DELETE",
          headers: this.headers(),
        });
        const timer = setTimeout(() => req.destroy(), DELETE_TIMEOUT_MS);
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        req.once("response", (res) => {
          res.resume();
          res.once("end", done);
          res.on("error", done);
        });
        req.on("error", done);
        req.end();
      });
    }
    this.agent.destroy();
  }

  private async request(method: string, params: unknown, timeoutMs: number): Promise<unknown> {
    const id = this.nextId++;
    let answer: JsonRpcAnswer | undefined;
    try {
      answer = await this.post({ jsonrpc: "2.0", id, method, params }, timeoutMs, id);
    } catch (error) {
      if (error instanceof McpError && error.code === REQUEST_TIMEOUT_CODE && !this.closed) {
        // best effort, as the SDK does: the server may still be able to stop the work
        void this.post(
          {
            jsonrpc: "2.0",
            method: "notifications/cancelled",
            params: { requestId: id, reason: error.message },
          },
          5_000,
        ).catch(() => {});
      }
      throw error;
    }
    if (!answer) throw new Error(`the sandbox's server answered ${method} without a JSON-RPC response`);
    if (answer.error) {
      const { code, message, data } = answer.error;
      throw new McpError(typeof code === "number" ? code : -32603, String(message ?? "unknown error"), data);
    }
    return answer.result;
  }

  private headers(): Record<string, string> {
    return {
      ...(this.sessionId ? { "mcp-session-id": this.sessionId } : {}),
      ...(this.protocolVersion ? { "mcp-protocol-version": this.protocolVersion } : {}),
    };
  }

  /**
   * POSTs one message. Resolves with the JSON-RPC response carrying `id` (from a JSON body or an
   * SSE stream; other messages on the stream are notifications we have no use for), or undefined
   * for a notification's 202.
   */
  private post(message: object, timeoutMs: number, id?: number): Promise<JsonRpcAnswer | undefined> {
    if (this.closed) return Promise.reject(new Error("the MCP session was closed"));
    const body = JSON.stringify(message);
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error: Error | undefined, answer?: JsonRpcAnswer) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.inFlight.delete(req);
        if (error) reject(error);
        else resolve(answer);
      };
      const req = http.request({
        agent: this.agent,
        host: SERVER_NAME,
        path: "/mcp",
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/json, text/event-stream",
          "content-length": String(Buffer.byteLength(body)),
          ...this.headers(),
        },
      });
      this.inFlight.add(req);
      const timer = setTimeout(() => {
        finish(new McpError(REQUEST_TIMEOUT_CODE, "Request timed out", { timeout: timeoutMs }));
        req.destroy();
      }, timeoutMs);
      req.on("error", (error) => finish(error));
      req.once("response", (res) => {
        const sessionId = res.headers["mcp-session-id"];
        if (typeof sessionId === "string" && !this.sessionId) this.sessionId = sessionId;
        readAnswer(res, id).then(
          (answer) => finish(undefined, answer),
          (error: Error) => {
            finish(error);
            res.destroy();
          },
        );
      });
      req.end(body);
    });
  }
}

/** Reads a response to a POST: 202, a JSON body, or an SSE stream until the response `id`. */
async function readAnswer(res: IncomingMessage, id: number | undefined): Promise<JsonRpcAnswer | undefined> {
  const status = res.statusCode ?? 0;
  if (status === 202) {
    res.resume();
    return undefined;
  }
  const type = String(res.headers["content-type"] ?? "");
  if (status !== 200) {
    const text = await readBody(res);
    let detail = text.trim().slice(0, 500);
    try {
      const parsed = JSON.parse(text) as JsonRpcAnswer;
      if (typeof parsed.error?.message === "string") detail = parsed.error.message;
    } catch {}
    throw new Error(`the sandbox's server answered HTTP ${status}${detail ? `: ${detail}` : ""}`);
  }
  if (type.startsWith("application/json")) return parseAnswer(await readBody(res));
  if (!type.startsWith("text/event-stream")) {
    res.resume();
    throw new Error(`the sandbox's server answered with content-type "${type}"`);
  }
  return readEventStream(res, id);
}

function parseAnswer(text: string): JsonRpcAnswer {
  const parsed: unknown = JSON.parse(text);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error("the sandbox's server answered with something that is not a JSON-RPC message");
  }
  return parsed as JsonRpcAnswer;
}

/**
 * Feeds a response's text to `onText` until it says it has what it wanted (true) or the body ends
 * (false); the rest of a stream then drains. Refuses more than MAX_ANSWER_CHARS.
 */
function readText(res: IncomingMessage, onText: (text: string) => boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    res.setEncoding("utf8");
    let size = 0;
    let settled = false;
    const settle = (error: Error | undefined, satisfied = false) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(satisfied);
    };
    res.on("data", (text: string) => {
      if (settled) return;
      size += text.length;
      if (size > MAX_ANSWER_CHARS) {
        settle(tooBig());
        res.destroy();
        return;
      }
      try {
        if (onText(text)) settle(undefined, true);
      } catch (error) {
        settle(error as Error);
        res.destroy();
      }
    });
    res.once("end", () => settle(undefined, false));
    res.on("error", (error) => settle(error));
    res.once("close", () => {
      if (!res.complete) settle(new Error("the connection to the sandbox's server closed mid-answer"));
    });
  });
}

async function readBody(res: IncomingMessage): Promise<string> {
  const parts: string[] = [];
  await readText(res, (text) => {
    parts.push(text);
    return false;
  });
  return parts.join("");
}

/**
 * Server-sent events (the WHATWG format): `data:` lines up to a blank line make one event.
 * Resolves with the first JSON-RPC response whose id is `id`; the rest of the stream drains.
 */
async function readEventStream(res: IncomingMessage, id: number | undefined): Promise<JsonRpcAnswer> {
  let answer: JsonRpcAnswer | undefined;
  let data: string[] = [];
  let eventType = "";
  const dispatch = () => {
    const payload = data.join("\n");
    const type = eventType;
    data = [];
    eventType = "";
    if (!payload || (type !== "" && type !== "message")) return;
    const message = parseAnswer(payload);
    if (message.id === id && ("result" in message || "error" in message)) answer = message;
  };
  const onLine = (line: string) => {
    if (line === "") dispatch();
    else if (line.startsWith("data:")) data.push(line.slice(line.startsWith("data: ") ? 6 : 5));
    else if (line.startsWith("event:")) eventType = line.slice(6).trim();
  };
  // The start of a line that has not ended yet, in pieces: a long line arriving in many chunks is
  // joined once, not copied again with every chunk.
  let lineParts: string[] = [];
  // the previous chunk ended in CR: a LF at the start of this one belongs to it
  let afterCr = false;
  const onChunk = (chunk: string): boolean => {
    let i = afterCr && chunk.startsWith("\n") ? 1 : 0;
    afterCr = false;
    let lf = chunk.indexOf("\n", i);
    let cr = chunk.indexOf("\r", i);
    while (i < chunk.length && !answer) {
      if (lf >= 0 && lf < i) lf = chunk.indexOf("\n", i);
      if (cr >= 0 && cr < i) cr = chunk.indexOf("\r", i);
      const end = cr >= 0 && (lf < 0 || cr < lf) ? cr : lf;
      if (end < 0) {
        lineParts.push(chunk.slice(i));
        break;
      }
      lineParts.push(chunk.slice(i, end));
      const line = lineParts.join("");
      lineParts = [];
      if (end === cr) {
        if (end + 1 === chunk.length) afterCr = true;
        i = chunk.startsWith("\r\n", end) ? end + 2 : end + 1;
      } else {
        i = end + 1;
      }
      onLine(line);
    }
    return answer !== undefined;
  };
  await readText(res, onChunk);
  if (!answer) throw new Error("the sandbox's server ended its event stream without an answer");
  return answer;
}

/** Connects and initializes; the counterpart of connectMcp (connect.ts) for `run`. */
export async function connectLean(options: ChannelOptions): Promise<LeanConnection> {
  warmUpTls(options.identity);
  const client = new LeanMcpClient(createChannelAgent(() => openTlsChannel(options)));
  try {
    await client.initialize(INITIALIZE_TIMEOUT_MS);
  } catch (error) {
    await client.close();
    throw error;
  }
  return { client, close: () => client.close() };
}
