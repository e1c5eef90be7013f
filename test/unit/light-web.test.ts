// The light Request/Response/Headers the sandbox server uses instead of Node's undici classes, and
// the adapter that writes either kind to a real node:http response.
import { readdirSync, readFileSync } from "node:fs";
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

describe("LightHeaders, as the SDK's client builds and merges them", () => {
  it("takes name/value pairs, Node's real Headers and another LightHeaders; appends and deletes", () => {
    const fromPairs = new LightHeaders([
      ["Accept", "a"],
      ["accept", "b"],
    ]);
    expect(fromPairs.get("accept")).toBe("a, b");
    const fromReal = new LightHeaders(new Headers({ "Mcp-Session-Id": "s1", "Content-Type": "x" }));
    expect(Object.fromEntries(fromReal)).toEqual({ "mcp-session-id": "s1", "content-type": "x" });
    const copy = new LightHeaders(fromReal);
    copy.append("x-more", "1");
    copy.append("X-More", "2");
    copy.delete("content-type");
    expect(Object.fromEntries(copy.entries())).toEqual({ "mcp-session-id": "s1", "x-more": "1, 2" });
    expect([...copy.keys()]).toEqual(["mcp-session-id", "x-more"]);
    expect([...copy.values()]).toEqual(["s1", "1, 2"]);
    // Node's fetch takes it as headers, as the SDK passes them when an agent uses the default fetch
    expect(Object.fromEntries(new Headers(copy as unknown as Headers))).toEqual({
      "mcp-session-id": "s1",
      "x-more": "1, 2",
    });
  });
});

describe("LightResponse, as the SDK's client reads it", () => {
  it("has ok, status, statusText, text() and json()", async () => {
    const ok = new LightResponse('{"a":1}', { status: 200, headers: { "content-type": "application/json" } });
    expect(ok).toMatchObject({ ok: true, status: 200, statusText: "", type: "default", url: "" });
    expect(await ok.json()).toEqual({ a: 1 });
    const refused = new LightResponse("nope \u00e9", { status: 404, statusText: "Not Found" });
    expect(refused).toMatchObject({ ok: false, status: 404, statusText: "Not Found" });
    expect(await refused.text()).toBe("nope \u00e9");
    expect(await new LightResponse(null, { status: 202 }).text()).toBe("");
  });

  it("has Response.json, which the proxy answers a session it cannot open with", async () => {
    const refused = LightResponse.json(
      { error: "no sandbox" },
      { status: 503, headers: { "retry-after": "5" } },
    );
    expect(refused.status).toBe(503);
    expect(Object.fromEntries(refused.headers)).toEqual({
      "retry-after": "5",
      "content-type": "application/json",
    });
    expect(await refused.json()).toEqual({ error: "no sandbox" });
    expect(
      LightResponse.json([], { headers: { "Content-Type": "application/x" } }).headers.get("content-type"),
    ).toBe("application/x");
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

describe("the bundles", () => {
  // esbuild inject: the SDK's transports get the light classes. The docker backend's chunk bundles
  // undici, which has classes of its own by those names.
  it("construct no web Headers, Response or Request of Node's: the SDK's transports get light ones", () => {
    const dist = inject("distDir");
    const server = readFileSync(join(dist, "sandbox-server.js"), "utf8");
    expect(server).toContain("new LightResponse(");
    expect(server).not.toMatch(/new (Response|Headers|Request)\(/);
    const chunks = readdirSync(join(dist, "chunks")).filter((name) => !name.startsWith("docker-"));
    const cli = chunks.map((name) => readFileSync(join(dist, "chunks", name), "utf8")).join("\n");
    expect(cli).toContain("new LightHeaders(");
    expect(cli).not.toMatch(/new (Response|Headers|Request)\(/);
  });
});
