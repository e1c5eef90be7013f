// The light Request/Response/Headers the sandbox server uses instead of Node's undici classes, and
// the adapter that writes either kind to a real node:http response.
import { readFileSync } from "node:fs";
import http, { type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { LightHeaders, LightResponse } from "../../src/http/light-web.js";
import { toWebRequest, type WebResponse, writeWebResponse } from "../../src/http/web-adapter.js";

/** Serves one response built by `make` and returns what a real client received. */
async function served(make: () => WebResponse) {
  const server = http.createServer((_req, res) => {
    void writeWebResponse(make(), res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/`);
    return { status: response.status, headers: response.headers, body: await response.text() };
  } finally {
    server.close();
  }
}

describe("LightHeaders", () => {
  it("is case-insensitive, skips undefined values and joins repeated ones", () => {
    const headers = new LightHeaders({
      "Content-Type": "application/json",
      accept: ["a", "b"],
      none: undefined,
    });
    expect(headers.get("content-type")).toBe("application/json");
    expect(headers.get("CONTENT-TYPE")).toBe("application/json");
    expect(headers.get("accept")).toBe("a, b");
    expect(headers.get("none")).toBeNull();
    expect(headers.has("Accept")).toBe(true);
    headers.set("X-Extra", "1");
    expect(Object.fromEntries(headers.entries())).toEqual({
      "content-type": "application/json",
      accept: "a, b",
      "x-extra": "1",
    });
    expect([...headers]).toHaveLength(3);
    const seen: string[] = [];
    headers.forEach((value, name) => {
      seen.push(`${name}=${value}`);
    });
    expect(seen).toEqual(["content-type=application/json", "accept=a, b", "x-extra=1"]);
  });
});

describe("toWebRequest", () => {
  it("gives the transport the method, the full URL and the headers", () => {
    const req = { method: "POST", headers: { "mcp-session-id": "abc", accept: "text/event-stream" } };
    const request = toWebRequest(
      req as unknown as IncomingMessage,
      new URL("https://sandbox-server/mcp?x=1"),
    );
    expect(request.method).toBe("POST");
    expect(request.url).toBe("https://sandbox-server/mcp?x=1");
    expect(request.headers.get("MCP-Session-Id")).toBe("abc");
    expect(Object.fromEntries(request.headers.entries())).toEqual({
      "mcp-session-id": "abc",
      accept: "text/event-stream",
    });
  });
});

describe("writeWebResponse", () => {
  it("writes a LightResponse with a string body: status, headers and body", async () => {
    const got = await served(
      () =>
        new LightResponse('{"ok":true}', { status: 406, headers: { "Content-Type": "application/json" } }),
    );
    expect(got).toMatchObject({ status: 406, body: '{"ok":true}' });
    expect(got.headers.get("content-type")).toBe("application/json");
  });

  it("writes a LightResponse with a stream body chunk by chunk, and one with none", async () => {
    const encoder = new TextEncoder();
    const stream = () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(encoder.encode("event: message\n"));
          controller.enqueue(encoder.encode("data: {}\n\n"));
          controller.close();
        },
      });
    const sse = await served(
      () => new LightResponse(stream(), { headers: { "Content-Type": "text/event-stream" } }),
    );
    expect(sse).toMatchObject({ status: 200, body: "event: message\ndata: {}\n\n" });
    expect(sse.headers.get("content-type")).toBe("text/event-stream");
    expect(await served(() => new LightResponse(null, { status: 202 }))).toMatchObject({
      status: 202,
      body: "",
    });
  });

  it("writes a real Response the same way (the host proxy's transport makes those)", async () => {
    const got = await served(() => new Response("hello", { status: 201, headers: { "x-kind": "real" } }));
    expect(got).toMatchObject({ status: 201, body: "hello" });
    expect(got.headers.get("x-kind")).toBe("real");
  });
});

describe("the sandbox server bundle", () => {
  it("builds every response of the SDK's transport as a LightResponse (esbuild inject)", () => {
    const bundle = readFileSync(join(inject("distDir"), "sandbox-server.js"), "utf8");
    expect(bundle).toContain("new LightResponse(");
    expect(bundle).not.toMatch(/new Response\(|new Headers\(|new Request\(/);
  });
});
