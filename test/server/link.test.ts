// The link between the server and the runner (src/server/link.ts, ADR 0014): calls and results by
// id, cancels, a runner that lies or breaks, and the one-shot listener of the unix-socket form.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, describe, expect, it } from "vitest";
import {
  acceptLink,
  connectLink,
  linkedTools,
  MAX_LINK_LINE_BYTES,
  serveTools,
  type ToolExecutor,
} from "../../src/server/link.js";

const dir = mkdtempSync(join(tmpdir(), "sbx-link-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

/** Two connected sockets: the server's end and the runner's, through the one-shot listener. */
async function pair(): Promise<{ server: net.Socket; runner: net.Socket; path: string }> {
  const path = join(dir, `l${count++}.sock`);
  const accepted = acceptLink({ path });
  const runner = await connectLink({ path });
  return { server: await accepted.ready, runner, path };
}

const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

describe("link", () => {
  it("carries calls to the runner's tools and their results back, concurrently, by id", async () => {
    const { server, runner } = await pair();
    const tools: ToolExecutor = {
      async call(tool, args) {
        const { delay } = args as { delay: number };
        await new Promise((resolve) => setTimeout(resolve, delay));
        return { content: [{ type: "text", text: `${tool}:${delay}` }], structuredContent: { delay } };
      },
    };
    serveTools(runner, tools, () => {});
    const linked = linkedTools(server, () => {});
    const signal = new AbortController().signal;
    const results = await Promise.all([
      linked.call("slow", { delay: 60 }, signal),
      linked.call("fast", { delay: 1 }, signal),
    ]);
    expect(results.map(text)).toEqual(["slow:60", "fast:1"]);
    expect(results[0]?.structuredContent).toEqual({ delay: 60 });
    server.destroy();
  });

  it("passes a cancel on as an abort of that call only", async () => {
    const { server, runner } = await pair();
    const aborted: string[] = [];
    serveTools(
      runner,
      {
        call: (tool, _args, signal) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => resolve({ content: [{ type: "text", text: "done" }] }), 300);
            signal.addEventListener("abort", () => {
              aborted.push(tool);
              clearTimeout(timer);
              resolve({ content: [{ type: "text", text: "cancelled" }], isError: true });
            });
          }),
      },
      () => {},
    );
    const linked = linkedTools(server, () => {});
    const cancel = new AbortController();
    const first = linked.call("first", {}, cancel.signal);
    const second = linked.call("second", {}, new AbortController().signal);
    setTimeout(() => cancel.abort(), 20);
    expect(text(await first)).toBe("cancelled");
    expect(text(await second)).toBe("done");
    expect(aborted).toEqual(["first"]);
    server.destroy();
  });

  it("turns a malformed result into an error result, and ignores answers nobody asked for", async () => {
    const { server, runner } = await pair();
    runner.on("data", (chunk: Buffer) => {
      const { id } = JSON.parse(chunk.toString().trim()) as { id: number };
      runner.write(`${JSON.stringify({ t: "result", id: id + 100, result: { content: [] } })}\n`);
      runner.write(
        `${JSON.stringify({ t: "result", id, result: { content: [{ type: "image", data: "x" }] } })}\n`,
      );
    });
    const closed: string[] = [];
    const linked = linkedTools(server, (reason) => closed.push(reason));
    const result = await linked.call("x", {}, new AbortController().signal);
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/malformed result/);
    expect(closed).toEqual([]);
    server.destroy();
  });

  it("ends the link on a line that is not JSON, and answers every pending call", async () => {
    const { server, runner } = await pair();
    const closed: string[] = [];
    const linked = linkedTools(server, (reason) => closed.push(reason));
    const pending = linked.call("x", {}, new AbortController().signal);
    runner.write("not json\n");
    const result = await pending;
    expect(result.isError).toBe(true);
    expect(text(result)).toMatch(/runner is gone/);
    expect(closed[0]).toMatch(/not JSON/);
    // and later calls fail at once
    expect(text(await linked.call("y", {}, new AbortController().signal))).toMatch(/runner is gone/);
  });

  it("ends the link on a line longer than the cap instead of buffering it", async () => {
    const { server, runner } = await pair();
    const closed: string[] = [];
    linkedTools(server, (reason) => closed.push(reason));
    runner.on("error", () => {}); // the server's end resets the connection
    const chunk = Buffer.alloc(8 * 1024 * 1024, 0x61);
    for (let sent = 0; sent <= MAX_LINK_LINE_BYTES && !runner.destroyed && closed.length === 0; ) {
      if (!runner.write(chunk)) {
        await new Promise((resolve) => {
          runner.once("drain", resolve);
          runner.once("close", resolve);
        });
      }
      sent += chunk.length;
    }
    for (let wait = 0; wait < 100 && closed.length === 0; wait++) await new Promise((r) => setTimeout(r, 20));
    expect(closed[0]).toMatch(/longer than/);
    runner.destroy();
  });

  it("answers pings on the runner's end, and gives up on a runner that stops answering", async () => {
    const alive = await pair();
    serveTools(alive.runner, { call: async () => ({ content: [] }) }, () => {});
    const aliveClosed: string[] = [];
    linkedTools(alive.server, (reason) => aliveClosed.push(reason), 200);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(aliveClosed).toEqual([]);
    alive.server.destroy();

    // a runner that reads but never answers (as one stopped with SIGSTOP): every pending call is
    // answered with the reason, and the link ends
    const { server, runner } = await pair();
    runner.on("data", () => {});
    const closed: string[] = [];
    const linked = linkedTools(server, (reason) => closed.push(reason), 200);
    const result = await linked.call("x", {}, new AbortController().signal);
    expect(text(result)).toMatch(/runner is gone \(it did not answer/);
    expect(closed).toHaveLength(1);
    runner.destroy();
  });

  it("a one-shot listener: the runner's connection only; then the socket is gone", async () => {
    const { server, runner, path } = await pair();
    expect(existsSync(path)).toBe(false);
    await expect(connectLinkOnce(path)).rejects.toThrow(/ENOENT|ECONNREFUSED/);
    server.destroy();
    runner.destroy();
  });
});

function connectLinkOnce(path: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(path);
    socket.once("connect", () => resolve(socket));
    socket.once("error", reject);
  });
}
