// Latency a sandbox pays for network allowlist: a small HTTP GET to a loopback server, direct
// versus through the egress proxy (its unix socket, as the sandbox reaches it) and through the
// in-sandbox forwarder in front of it (TCP 127.0.0.1 -> unix socket -> proxy), plus an HTTPS-style
// CONNECT tunnel. Every request opens fresh connections, as a proxy client does for each host.
// Run: node bench/run.mjs egress [--requests 500]
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type RequestOptions, request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { startEgressProxy } from "../src/egress/proxy.js";
import { startEgressForwarder } from "../src/server/egress-forwarder.js";
import { median, percentile, writeResults } from "./stats.js";

const { values } = parseArgs({ options: { requests: { type: "string", default: "500" } } });
const REQUESTS = Number(values.requests);
const WARMUP = 50;

const body = "x".repeat(512);
const upstream = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "text/plain", "content-length": body.length });
  res.end(body);
});
await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.2", resolve));
const port = (upstream.address() as { port: number }).port;

const dir = mkdtempSync(join(tmpdir(), "sbx-bench-egress-"));
const socketPath = join(dir, "egress.sock");
const proxy = await startEgressProxy({
  allowedDomains: [`bench.test:${port}`, "127.0.0.2"],
  listen: { path: socketPath },
  resolveOverride: (host) => (host === "bench.test" ? ["127.0.0.2"] : undefined),
});
const forwarder = await startEgressForwarder({ socketPath, listen: "127.0.0.1:0", log: () => {} });
const forwarderPort = (forwarder.address() as { port: number }).port;

function readAll(res: IncomingMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    res.on("data", (c: Buffer) => {
      bytes += c.length;
    });
    res.on("end", () =>
      bytes === body.length && res.statusCode === 200
        ? resolve()
        : reject(new Error(`status ${res.statusCode}, ${bytes} bytes`)),
    );
    res.on("error", reject);
  });
}

function get(options: RequestOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ agent: false, ...options }, (res) => readAll(res).then(resolve, reject));
    req.on("error", reject);
    req.end();
  });
}

/** CONNECT through the proxy, then a GET inside the tunnel (what an HTTPS client does, minus TLS). */
function tunnel(options: RequestOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ agent: false, method: "CONNECT", path: `bench.test:${port}`, ...options });
    req.on("connect", (res, socket) => {
      if (res.statusCode !== 200) {
        reject(new Error(`CONNECT ${res.statusCode}`));
        return;
      }
      const inner = request(
        { createConnection: () => socket, path: "/", headers: { host: "bench.test" } },
        (r) =>
          readAll(r).then(() => {
            socket.destroy();
            resolve();
          }, reject),
      );
      inner.on("error", reject);
      inner.end();
    });
    req.on("error", reject);
    req.end();
  });
}

async function measure(run: () => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < REQUESTS + WARMUP; i++) {
    const start = performance.now();
    await run();
    if (i >= WARMUP) samples.push(performance.now() - start);
  }
  return samples;
}

try {
  const cases = {
    direct: await measure(() => get({ host: "127.0.0.2", port, path: "/" })),
    proxy_http: await measure(() => get({ socketPath, path: `http://bench.test:${port}/` })),
    forwarder_proxy_http: await measure(() =>
      get({ host: "127.0.0.1", port: forwarderPort, path: `http://bench.test:${port}/` }),
    ),
    forwarder_proxy_connect: await measure(() => tunnel({ host: "127.0.0.1", port: forwarderPort })),
  };
  const directMedian = median(cases.direct);
  const rows = Object.entries(cases).map(([name, samples]) => ({
    name,
    median_ms: median(samples),
    p95_ms: percentile(samples, 95),
    ratio_to_direct: median(samples) / directMedian,
    requests: samples.length,
  }));
  const describe: Record<string, string> = {
    direct: "GET straight to the loopback server (fresh TCP connection)",
    proxy_http: "GET in absolute form to the egress proxy's unix socket",
    forwarder_proxy_http: "the same through the in-sandbox forwarder (127.0.0.1 TCP -> unix socket)",
    forwarder_proxy_connect:
      "CONNECT through forwarder and proxy, then GET in the tunnel (HTTPS without TLS)",
  };
  const fmt = (n: number) => n.toFixed(3);
  writeResults("egress", { requests: REQUESTS, body_bytes: body.length, cases: rows }, [
    `${REQUESTS} sequential requests per case after ${WARMUP} warm-up, ${body.length}-byte body, every request on fresh connections.`,
    "",
    "| path | median ms | p95 ms | median / direct |",
    "| --- | --- | --- | --- |",
    ...rows.map(
      (r) =>
        `| ${describe[r.name]} | ${fmt(r.median_ms)} | ${fmt(r.p95_ms)} | ${r.ratio_to_direct.toFixed(2)}x |`,
    ),
  ]);
} finally {
  forwarder.close();
  await proxy.close();
  upstream.close();
  rmSync(dir, { recursive: true, force: true });
}
