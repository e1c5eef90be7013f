// A `fetch` for the MCP SDK's HTTP transport that sends HTTP/1.1 over our own mutually
// authenticated TLS channels, with keep-alive. Built on node:http rather than undici: the SDK only
// needs request/response with a streaming body, and undici's fetch costs ~150 ms of module
// loading on every start (bench/results/local.md has the measurement).

import http from "node:http";
import type { Duplex } from "node:stream";
import { Readable } from "node:stream";
import { LightHeaders, type LightHeadersInit, LightResponse } from "../http/light-web.js";
import { createChannelAgent } from "./channel-agent.js";

export interface ChannelFetch {
  fetch: (url: string | URL, init?: RequestInit) => Promise<Response>;
  close(): void;
}

const NO_BODY_STATUS = new Set([101, 204, 205, 304]);

export function createChannelFetch(connect: () => Promise<Duplex>): ChannelFetch {
  const agent = createChannelAgent(connect);

  const fetch = (input: string | URL, init: RequestInit = {}): Promise<Response> =>
    new Promise<Response>((resolve, reject) => {
      const url = new URL(input);
      const headers = Object.fromEntries(new LightHeaders(init.headers as LightHeadersInit | undefined));
      const body = init.body;
      if (body !== undefined && body !== null && typeof body !== "string") {
        reject(new TypeError("channel fetch only sends string bodies"));
        return;
      }
      if (body) headers["content-length"] = String(Buffer.byteLength(body));
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason ?? new DOMException("aborted", "AbortError"));
        return;
      }
      const request = http.request({
        agent,
        host: url.hostname,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? "GET",
        headers,
      });
      const onAbort = () => request.destroy(signal?.reason ?? new DOMException("aborted", "AbortError"));
      signal?.addEventListener("abort", onAbort, { once: true });
      request.once("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(error);
      });
      request.once("response", (response) => {
        response.once("close", () => signal?.removeEventListener("abort", onAbort));
        const status = response.statusCode ?? 500;
        const stream = NO_BODY_STATUS.has(status)
          ? null
          : (Readable.toWeb(response) as ReadableStream<Uint8Array>);
        if (!stream) response.resume();
        // A LightResponse has what the SDK's client transport reads (light-web.ts); a real one
        // would load Node's undici while the sandbox boots.
        const light = new LightResponse(stream, {
          status,
          statusText: response.statusMessage ?? "",
          headers: response.headers,
        });
        resolve(light as unknown as Response);
      });
      request.end(body ?? undefined);
    });

  return { fetch, close: () => agent.destroy() };
}
