// The private channel between the server's compartment and the commands' compartment (ADR 0014):
// the server sends tool calls, the runner answers with their results. JSON, one message a line.
//
// It exists before the runner can start anything and cannot be taken over afterwards: a unix
// socket in a directory both compartments see, where the server accepts exactly one connection,
// the runner's (the first process of its compartment, which starts nothing before it is
// connected), then closes the listener and removes the socket. One mechanism for every backend:
// it needs nothing but a shared directory, which local, Docker, a pod's emptyDir and a Nomad
// allocation directory all have.
//
// The server treats what comes over it as untrusted: the runner lives beside the agent's commands.
import { lstatSync, unlinkSync } from "node:fs";
import net from "node:net";
import type { Duplex } from "node:stream";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import type { LinkAddress } from "./config.js";

export type LinkMessage =
  | { t: "call"; id: number; tool: string; args: unknown }
  | { t: "cancel"; id: number }
  | { t: "result"; id: number; result: CallToolResult }
  | { t: "ping" }
  | { t: "pong" };

/**
 * The server asks the runner for a sign of life this often, and gives up on it after this long
 * without one: a stopped or wedged runner (SIGSTOP, a regex that backtracks for ever) would
 * otherwise leave every call waiting. Giving up ends the link, and so the sandbox, which the
 * supervisor replaces.
 */
export const HEARTBEAT_MS = 1_000;
export const RUNNER_SILENCE_MS = 15_000;

/**
 * The longest message either side accepts. Results are capped far below it (each output stream
 * at the max-output setting, read_file likewise); a longer line means a broken or hostile peer.
 */
export const MAX_LINK_LINE_BYTES = 96 * 1024 * 1024;

/** How long the runner keeps trying to reach a server that is still starting. */
const CONNECT_DEADLINE_MS = 60_000;

/** The server's end: the first connection to a one-shot listener. */
export function acceptLink(address: LinkAddress): { ready: Promise<net.Socket> } {
  const path = address.path;
  removeStaleSocket(path);
  const listener = net.createServer();
  const ready = new Promise<net.Socket>((resolve, reject) => {
    listener.once("error", reject);
    listener.once("connection", (socket) => {
      // one peer, ever: nothing can connect after the runner
      listener.close();
      try {
        unlinkSync(path);
      } catch {
        // gone already
      }
      resolve(socket);
    });
  });
  listener.listen(path);
  return { ready };
}

/** The runner's end: a connection to the server, once it listens. */
export async function connectLink(address: LinkAddress): Promise<net.Socket> {
  const deadline = Date.now() + CONNECT_DEADLINE_MS;
  for (;;) {
    try {
      return await new Promise<net.Socket>((resolve, reject) => {
        const socket = net.connect(address.path);
        socket.once("connect", () => {
          socket.off("error", reject);
          resolve(socket);
        });
        socket.once("error", reject);
      });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

function removeStaleSocket(path: string): void {
  try {
    if (lstatSync(path).isSocket()) unlinkSync(path);
  } catch {
    // nothing there
  }
}

/**
 * Reads one JSON message per line from `stream`. A line longer than MAX_LINK_LINE_BYTES, or one
 * that is not JSON, ends the link (onBroken): the peer is broken or hostile.
 */
export function readMessages(
  stream: Duplex,
  onMessage: (message: unknown) => void,
  onBroken: (reason: string) => void,
): void {
  let parts: Buffer[] = [];
  let pending = 0;
  stream.on("data", (chunk: Buffer) => {
    let start = 0;
    for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, start)) {
      parts.push(chunk.subarray(start, newline));
      const line = Buffer.concat(parts).toString("utf8");
      parts = [];
      pending = 0;
      start = newline + 1;
      let message: unknown;
      try {
        message = JSON.parse(line);
      } catch {
        onBroken("a message that is not JSON");
        stream.destroy();
        return;
      }
      onMessage(message);
    }
    if (start < chunk.length) {
      parts.push(chunk.subarray(start));
      pending += chunk.length - start;
      if (pending > MAX_LINK_LINE_BYTES) {
        onBroken(`a message longer than ${MAX_LINK_LINE_BYTES} bytes`);
        stream.destroy();
      }
    }
  });
}

export function sendMessage(stream: Duplex, message: LinkMessage): void {
  stream.write(`${JSON.stringify(message)}\n`);
}

/** Where the tools run: in this process (the runner) or across the link (the server). */
export interface ToolExecutor {
  call(tool: string, args: unknown, signal: AbortSignal): Promise<CallToolResult>;
}

function isToolResult(value: unknown): value is CallToolResult {
  if (typeof value !== "object" || value === null) return false;
  const { content, structuredContent, isError } = value as Record<string, unknown>;
  return (
    Array.isArray(content) &&
    content.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        (item as { type?: unknown }).type === "text" &&
        typeof (item as { text?: unknown }).text === "string",
    ) &&
    (structuredContent === undefined ||
      (typeof structuredContent === "object" && structuredContent !== null)) &&
    (isError === undefined || typeof isError === "boolean")
  );
}

const failed = (text: string): CallToolResult => ({ content: [{ type: "text", text }], isError: true });

/**
 * The server's end of the link: each tool call goes to the runner; its answer comes back by id.
 * `onClosed` fires once when the link ends (the runner or its compartment is gone).
 */
export function linkedTools(
  socket: Duplex,
  onClosed: (reason: string) => void,
  silenceMs = RUNNER_SILENCE_MS,
): ToolExecutor {
  const pending = new Map<number, (result: CallToolResult) => void>();
  let nextId = 1;
  let closedReason: string | undefined;
  let lastHeard = Date.now();
  const heartbeat = setInterval(
    () => {
      if (Date.now() - lastHeard > silenceMs) {
        close(`it did not answer for ${Math.round(silenceMs / 1000)} s`);
        socket.destroy();
      } else sendMessage(socket, { t: "ping" });
    },
    Math.min(HEARTBEAT_MS, silenceMs / 2),
  );
  heartbeat.unref();
  const close = (reason: string) => {
    if (closedReason !== undefined) return;
    closedReason = reason;
    clearInterval(heartbeat);
    for (const resolve of pending.values())
      resolve(failed(`the sandbox's command runner is gone (${reason})`));
    pending.clear();
    onClosed(reason);
  };
  readMessages(
    socket,
    (message) => {
      lastHeard = Date.now();
      const { t, id, result } = (message ?? {}) as { t?: unknown; id?: unknown; result?: unknown };
      const resolve = typeof id === "number" ? pending.get(id) : undefined;
      if (t !== "result" || !resolve) return; // nothing asked for it
      pending.delete(id as number);
      resolve(isToolResult(result) ? result : failed("the sandbox's command runner sent a malformed result"));
    },
    (reason) => close(`it sent ${reason}`),
  );
  socket.on("close", () => close("the link closed"));
  socket.on("error", () => {}); // close follows
  return {
    call(tool, args, signal) {
      if (closedReason !== undefined) {
        return Promise.resolve(failed(`the sandbox's command runner is gone (${closedReason})`));
      }
      const id = nextId++;
      return new Promise<CallToolResult>((resolve) => {
        pending.set(id, resolve);
        sendMessage(socket, { t: "call", id, tool, args });
        signal.addEventListener(
          "abort",
          () => {
            if (pending.has(id)) sendMessage(socket, { t: "cancel", id });
          },
          { once: true },
        );
      });
    },
  };
}

/** How long the server waits for its runner to connect before it gives the sandbox up. */
export const RUNNER_CONNECT_MS = 30_000;

/** linkedTools once the link is there: calls made before wait for it. */
export function afterLink(ready: Promise<Duplex>, onClosed: (reason: string) => void): ToolExecutor {
  const linked = ready.then((socket) => linkedTools(socket, onClosed));
  linked.catch(() => {}); // the server ends itself when the runner does not come
  return { call: (tool, args, signal) => linked.then((tools) => tools.call(tool, args, signal)) };
}

/** The runner's end: carries out each call with `tools` and answers; a cancel aborts its call. */
export function serveTools(socket: Duplex, tools: ToolExecutor, onClosed: () => void): void {
  const running = new Map<number, AbortController>();
  readMessages(
    socket,
    (message) => {
      const { t, id, tool, args } = (message ?? {}) as {
        t?: unknown;
        id?: unknown;
        tool?: unknown;
        args?: unknown;
      };
      if (t === "ping") {
        sendMessage(socket, { t: "pong" });
        return;
      }
      if (typeof id !== "number") return;
      if (t === "cancel") {
        running.get(id)?.abort();
        return;
      }
      if (t !== "call" || typeof tool !== "string" || running.has(id)) return;
      const controller = new AbortController();
      running.set(id, controller);
      tools
        .call(tool, args, controller.signal)
        .catch((error: Error) => failed(`the tool failed: ${error.message}`))
        .then((result) => {
          running.delete(id);
          if (!socket.destroyed) sendMessage(socket, { t: "result", id, result });
        });
    },
    () => socket.destroy(),
  );
  socket.on("close", () => {
    for (const controller of running.values()) controller.abort();
    onClosed();
  });
  socket.on("error", () => {}); // close follows
}
