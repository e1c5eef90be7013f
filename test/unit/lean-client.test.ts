// The lean MCP client of `run`: its protocol handling against a scripted HTTP server (the answers
// a real server may give, and broken ones), and agreement with the SDK on the protocol version.
import http from "node:http";
import net from "node:net";
import { LATEST_PROTOCOL_VERSION } from "@modelcontextprotocol/sdk/types.js";
import { afterEach, describe, expect, it } from "vitest";
import { createChannelAgent } from "../../src/host/channel-agent.js";
import { LeanMcpClient, McpError, PROTOCOL_VERSION } from "../../src/host/lean-client.js";

interface Seen {
  method: string;
  headers: http.IncomingHttpHeaders;
  body: { id?: number; method?: string; params?: Record<string, unknown> } | undefined;
}

type Answer = (seen: Seen, res: http.ServerResponse) => void;

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** A plain HTTP server that answers each request with `answer`; records what it saw. */
async function scripted(answer: Answer): Promise<{ client: LeanMcpClient; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => {
      text += chunk;
    });
    req.on("end", () => {
      const entry = {
        method: req.method ?? "",
        headers: req.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      seen.push(entry);
      answer(entry, res);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  const agent = createChannelAgent(
    () =>
      new Promise((resolve, reject) => {
        const socket = net.connect(port, "127.0.0.1");
        socket.once("connect", () => resolve(socket));
        socket.once("error", reject);
      }),
  );
  return { client: new LeanMcpClient(agent), seen };
}

const sse = (res: http.ServerResponse, events: string) => {
  res.writeHead(200, { "content-type": "text/event-stream" });
  res.end(events);
};

const initializeResult = (id: number | undefined) =>
  JSON.stringify({
    jsonrpc: "2.0",
    id,
    result: {
      protocolVersion: PROTOCOL_VERSION,
      capabilities: { tools: {} },
      serverInfo: { name: "t", version: "1" },
    },
  });

/** Answers initialize over SSE with a session id, notifications with 202, then `then`. */
const mcpServer =
  (then: Answer): Answer =>
  (seen, res) => {
    if (seen.method === "POST" && seen.body?.method === "initialize") {
      res.setHeader("mcp-session-id", "session-1");
      sse(res, `event: message\ndata: ${initializeResult(seen.body.id)}\n\n`);
    } else if (seen.method === "POST" && seen.body?.id === undefined) {
      res.writeHead(202).end();
    } else {
      then(seen, res);
    }
  };

describe("lean MCP client", () => {
  it("asks for the protocol version the SDK's server speaks", () => {
    expect(PROTOCOL_VERSION).toBe(LATEST_PROTOCOL_VERSION);
  });

  it("initializes, then sends the session id and protocol version on every request and DELETE", async () => {
    const { client, seen } = await scripted(
      mcpServer((entry, res) => {
        if (entry.method === "DELETE") {
          res.writeHead(200).end();
          return;
        }
        res.writeHead(200, { "content-type": "application/json" });
        res.end(JSON.stringify({ jsonrpc: "2.0", id: entry.body?.id, result: { content: [] } }));
      }),
    );
    await client.initialize(5_000);
    await client.callTool({ name: "list_directory", arguments: { path: "." } }, undefined, {
      timeout: 5_000,
    });
    await client.close();
    expect(seen.map((entry) => entry.body?.method ?? entry.method)).toEqual([
      "initialize",
      "notifications/initialized",
      "tools/call",
      "DELETE",
    ]);
    expect(seen[0]?.headers["mcp-session-id"]).toBeUndefined();
    expect(seen[0]?.headers.accept).toBe("application/json, text/event-stream");
    expect(seen[0]?.body?.params?.protocolVersion).toBe(PROTOCOL_VERSION);
    for (const entry of seen.slice(1)) {
      expect(entry.headers["mcp-session-id"]).toBe("session-1");
      expect(entry.headers["mcp-protocol-version"]).toBe(PROTOCOL_VERSION);
    }
    expect(seen[2]?.body?.params).toEqual({ name: "list_directory", arguments: { path: "." } });
  });

  it("reads the answer out of an SSE stream with notifications, CRLF lines and multi-line data", async () => {
    const { client } = await scripted(
      mcpServer((entry, res) => {
        const answer = {
          jsonrpc: "2.0",
          id: entry.body?.id,
          result: { content: [{ type: "text", text: "a\nb" }] },
        };
        const [first, second] = [JSON.stringify(answer).slice(0, 20), JSON.stringify(answer).slice(20)];
        sse(
          res,
          [
            ": a comment\r\n",
            'event: message\r\ndata: {"jsonrpc":"2.0","method":"notifications/message","params":{"level":"info","data":"x"}}\r\n\r\n',
            'event: other\r\ndata: {"jsonrpc":"2.0","id":999,"result":{}}\r\n\r\n',
            // the JSON of one message split over two data lines is joined with a newline, which
            // JSON.parse reads as whitespace between tokens only when split between them
            `data: ${first.slice(0, first.lastIndexOf(","))}\r\ndata: ${first.slice(first.lastIndexOf(","))}${second}\r\n\r\n`,
          ].join(""),
        );
      }),
    );
    await client.initialize(5_000);
    const result = await client.callTool({ name: "read_file", arguments: {} }, undefined, { timeout: 5_000 });
    expect(result.content).toEqual([{ type: "text", text: "a\nb" }]);
    await client.close();
  });

  it("turns a JSON-RPC error into an McpError worded like the SDK's", async () => {
    const { client } = await scripted(
      mcpServer((entry, res) =>
        sse(
          res,
          `data: ${JSON.stringify({ jsonrpc: "2.0", id: entry.body?.id, error: { code: -32602, message: "Tool nope not found" } })}\n\n`,
        ),
      ),
    );
    await client.initialize(5_000);
    const error = await client
      .callTool({ name: "nope", arguments: {} }, undefined, { timeout: 5_000 })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(McpError);
    expect(error).toMatchObject({
      name: "McpError",
      code: -32602,
      message: "MCP error -32602: Tool nope not found",
    });
    await client.close();
  });

  it("gives up at the timeout with code -32001 and tells the server to cancel", async () => {
    const { client, seen } = await scripted(
      mcpServer((entry, res) => {
        if (entry.body?.method === "tools/call") return; // never answered
        res.writeHead(200).end();
      }),
    );
    await client.initialize(5_000);
    const started = performance.now();
    const error = await client
      .callTool({ name: "run_command", arguments: { command: "sleep 100" } }, undefined, { timeout: 200 })
      .catch((caught: unknown) => caught);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(error).toMatchObject({ name: "McpError", code: -32001 });
    await expect
      .poll(() => seen.find((entry) => entry.body?.method === "notifications/cancelled")?.body)
      .toEqual({
        jsonrpc: "2.0",
        method: "notifications/cancelled",
        params: { requestId: 1, reason: "MCP error -32001: Request timed out" },
      });
    await client.close();
  });

  it("refuses a server that answers another protocol version", async () => {
    const { client } = await scripted((entry, res) =>
      sse(
        res,
        `data: ${JSON.stringify({ jsonrpc: "2.0", id: entry.body?.id, result: { protocolVersion: "2024-11-05", capabilities: {} } })}\n\n`,
      ),
    );
    await expect(client.initialize(5_000)).rejects.toThrow(/speaks MCP 2024-11-05, this client 2025-11-25/);
    await client.close();
  });

  it.each<[string, Answer, RegExp]>([
    [
      "an HTTP error with a JSON-RPC body",
      (_entry, res) => {
        res.writeHead(400, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            jsonrpc: "2.0",
            id: null,
            error: { code: -32000, message: "Bad Request: no session" },
          }),
        );
      },
      /answered HTTP 400: Bad Request: no session/,
    ],
    [
      "a stream that ends without the answer",
      (_entry, res) => sse(res, "data: {}\n\n"),
      /ended its event stream without an answer/,
    ],
    ["malformed JSON on the stream", (_entry, res) => sse(res, "data: {nope\n\n"), /JSON/],
    [
      "an unexpected content type",
      (_entry, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<html>");
      },
      /content-type "text\/html"/,
    ],
    [
      "a connection dropped mid-answer",
      (_entry, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        res.write("data: {");
        setTimeout(() => res.socket?.destroy(), 20);
      },
      /closed mid-answer|socket hang up|aborted/,
    ],
  ])("fails cleanly on %s", async (_name, answer, message) => {
    const { client } = await scripted(answer);
    await expect(client.initialize(5_000)).rejects.toThrow(message);
    await client.close();
  });

  it("refuses an answer bigger than 64 MiB instead of buffering it", async () => {
    const { client } = await scripted(
      mcpServer((_entry, res) => {
        res.writeHead(200, { "content-type": "text/event-stream" });
        const chunk = `data: ${"x".repeat(1024 * 1024)}`;
        let sent = 0;
        const more = () => {
          while (sent < 80 && !res.destroyed) {
            sent++;
            if (!res.write(chunk)) {
              res.once("drain", more);
              return;
            }
          }
          res.end();
        };
        more();
      }),
    );
    await client.initialize(5_000);
    await expect(
      client.callTool({ name: "read_file", arguments: {} }, undefined, { timeout: 20_000 }),
    ).rejects.toThrow(/more than 64 MiB; refused/);
    await client.close();
  });

  it("fails calls in flight when closed", async () => {
    const { client } = await scripted(
      mcpServer((entry, res) => {
        if (entry.method === "DELETE") res.writeHead(200).end();
      }),
    );
    await client.initialize(5_000);
    const pending = client
      .callTool({ name: "run_command", arguments: {} }, undefined, { timeout: 10_000 })
      .catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await client.close();
    expect(String(await pending)).toMatch(/the MCP session was closed/);
    await expect(client.callTool({ name: "x" }, undefined, { timeout: 1_000 })).rejects.toThrow(/closed/);
  });

  it("gives up on the DELETE after 2 s when the server never answers it", async () => {
    const { client, seen } = await scripted(mcpServer(() => {}));
    await client.initialize(5_000);
    const started = performance.now();
    await client.close();
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(seen.at(-1)?.method).toBe("DELETE");
  });
});
