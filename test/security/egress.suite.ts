// Network policy `allowlist` through a real sandbox: from inside, with the sandbox's own tools
// (its node, busybox wget), an allowed test domain is reachable through the proxy; everything else
// is refused with a 403 that explains the policy, and a program that ignores the proxy variables
// has no network at all. Test domains resolve to loopback servers on the host only through the
// code-only egressResolveOverride. Parameterised by backend.
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { writeFileSync } from "node:fs";
import { createServer as createHttpServer, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import { createServer as createTcpServer, type Server as TcpServer } from "node:net";
import { networkInterfaces } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EgressDecision } from "../../src/egress/decision.js";
import type { SessionOptions } from "../../src/host/session.js";
import { generateIdentity } from "../../src/mtls/identity.js";
import type { Target } from "../support/target.js";

export type StartEgressTarget = (
  config: { network: "allowlist"; allowedDomains: string[] },
  options: Omit<SessionOptions, "serverBundle">,
) => Promise<Target>;

/** Servers for the allowed names listen here; the allowlist lists this address explicitly. */
const SERVER_IP = "127.0.0.2";

// One probe script, run with the sandbox's node: prints one JSON line and exits 0.
const PROBE = `
const [mode, a, b] = process.argv.slice(2);
const net = require("node:net");
const out = (o) => { console.log(JSON.stringify(o)); process.exit(0); };
setTimeout(() => out({ error: "TIMEOUT" }), 8000);
if (mode === "fetch") {
  fetch(a).then(async (r) => out({ status: r.status, body: await r.text() }))
    .catch((e) => out({ error: String(e.cause?.code ?? e.message), message: String(e.cause?.message ?? e.message) }));
} else if (mode === "get") {
  // node's own http client: with NODE_USE_ENV_PROXY it sends http:// URLs to the proxy in absolute form
  require("node:http").get(a, (r) => {
    let body = "";
    r.on("data", (d) => { body += d; });
    r.on("end", () => out({ status: r.statusCode, body }));
  }).on("error", (e) => out({ error: e.code ?? e.message }));
} else if (mode === "connect") {
  // an HTTPS client's first step through HTTPS_PROXY, by hand: CONNECT, then TLS in the tunnel
  const u = new URL(process.env.HTTPS_PROXY);
  const s = net.connect(Number(u.port), u.hostname, () => s.write("CONNECT " + a + " HTTP/1.1\\r\\nHost: " + a + "\\r\\n\\r\\n"));
  let buf = "";
  s.on("error", (e) => out({ error: e.code }));
  s.on("data", function onData(d) {
    buf += d;
    const end = buf.indexOf("\\r\\n\\r\\n");
    if (end < 0) return;
    const status = Number(buf.split(" ")[1]);
    if (status !== 200) { s.on("end", () => out({ status, body: buf.slice(end + 4) })); return; }
    s.off("data", onData);
    const t = require("node:tls").connect({ socket: s, rejectUnauthorized: false, servername: a.split(":")[0] }, () =>
      t.write("GET / HTTP/1.1\\r\\nHost: " + a + "\\r\\nConnection: close\\r\\n\\r\\n"));
    let body = "";
    t.on("data", (x) => { body += x; });
    t.on("end", () => out({ status, body }));
    t.on("error", (e) => out({ error: e.code ?? e.message }));
  });
} else if (mode === "tcp") {
  const s = net.connect(Number(b), a);
  s.on("connect", () => s.on("data", (d) => out({ connected: true, data: String(d) })));
  s.on("error", (e) => out({ error: e.code }));
} else if (mode === "udp") {
  const s = require("node:dgram").createSocket(a.includes(":") ? "udp6" : "udp4");
  s.send("escaped-by-udp", Number(b), a, (e) => setTimeout(() => out({ error: e ? e.code : null }), 300));
} else if (mode === "dns") {
  require("node:dns").lookup(a, (e, address) => out(e ? { error: e.code } : { address }));
} else if (mode === "resolve") {
  require("node:dns").resolve4(a, (e, addresses) => out(e ? { error: e.code } : { addresses }));
}
`;

export function defineEgressSuite(backend: string, start: StartEgressTarget): void {
  describe(`network allowlist (${backend})`, () => {
    let target: Target;
    let httpServer: Server;
    let httpsServer: Server;
    let hostTcp: TcpServer;
    let hostUdp: UdpSocket;
    let httpPort = 0;
    let httpsPort = 0;
    let tcpPort = 0;
    let udpPort = 0;
    let hostConnections = 0;
    let udpMessages = 0;
    let httpRequests = 0;
    const decisions: EgressDecision[] = [];
    // a non-loopback address of this host, if it has one
    const hostIp = Object.values(networkInterfaces())
      .flat()
      .find((i) => i && !i.internal && i.family === "IPv4")?.address;

    const listen = (server: Server | TcpServer, host: string) =>
      new Promise<number>((resolve) =>
        server.listen(0, host, () => resolve((server.address() as { port: number }).port)),
      );

    beforeAll(async () => {
      httpServer = createHttpServer((req, res) => {
        httpRequests++;
        res.end(`allowed-upstream ${req.method} ${req.url}`);
      });
      httpPort = await listen(httpServer, SERVER_IP);
      const identity = generateIdentity("server");
      httpsServer = createHttpsServer({ key: identity.keyPem, cert: identity.certPem }, (_req, res) =>
        res.end("allowed-over-tls"),
      );
      httpsPort = await listen(httpsServer, SERVER_IP);
      // A service on the host's loopback (and every interface): what an escape would reach.
      hostTcp = createTcpServer((socket) => {
        hostConnections++;
        socket.end("reached-the-host\n");
      });
      tcpPort = await listen(hostTcp, "0.0.0.0");
      hostUdp = createSocket("udp4");
      hostUdp.on("message", () => udpMessages++);
      await new Promise<void>((resolve) => hostUdp.bind(0, "0.0.0.0", resolve));
      udpPort = hostUdp.address().port;

      target = await start(
        {
          network: "allowlist",
          allowedDomains: [
            `allowed.test:${httpPort}`,
            `tls.test:${httpsPort}`,
            `loopback.test:${tcpPort}`,
            "metadata.test",
            SERVER_IP,
          ],
        },
        {
          onEgress: (d) => decisions.push(d),
          egressResolveOverride: (host) =>
            ({
              "allowed.test": [SERVER_IP],
              "tls.test": [SERVER_IP],
              "loopback.test": ["127.0.0.1"],
              "metadata.test": ["169.254.169.254"],
            })[host],
        },
      );
      writeFileSync(join(target.workspace, "probe.js"), PROBE, { mode: 0o644 });
    });

    afterAll(async () => {
      await target?.close();
      httpServer?.close();
      httpsServer?.close();
      hostTcp?.close();
      hostUdp?.close();
    });

    async function sh(command: string) {
      const result = await target.client.callTool({
        name: "run_command",
        arguments: { command, timeout_ms: 20_000 },
      });
      return result.structuredContent as { exit_code: number; stdout: string; stderr: string };
    }

    async function probe(...args: string[]): Promise<Record<string, unknown>> {
      const result = await sh(`node /workspace/probe.js ${args.map((a) => `'${a}'`).join(" ")}`);
      const line = result.stdout.trim().split("\n").at(-1) ?? "";
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`probe ${args.join(" ")} printed no JSON: ${result.stdout}\n${result.stderr}`);
      }
    }

    it("every process sees the proxy variables, and the only way out is the egress socket", async () => {
      const env = await sh(
        "env | grep -i _proxy | sort; test -S /.sandbox/egress/egress.sock && echo egress.sock; cat /proc/net/dev",
      );
      expect(env.stdout).toContain("HTTP_PROXY=http://127.0.0.1:3128");
      expect(env.stdout).toContain("HTTPS_PROXY=http://127.0.0.1:3128");
      expect(env.stdout).toContain("https_proxy=http://127.0.0.1:3128");
      expect(env.stdout).toContain("NODE_USE_ENV_PROXY=1");
      expect(env.stdout).toContain("egress.sock");
      const ifaces = env.stdout
        .split("\n")
        .filter((l) => /^\s*\w+:\s+\d/.test(l))
        .map((l) => l.trim().split(":")[0]);
      expect(ifaces).toEqual(["lo"]);
    });

    it("reaches an allowed test domain through the proxy: node fetch (http) and busybox wget", async () => {
      const fetched = await probe("fetch", `http://allowed.test:${httpPort}/via-fetch`);
      expect(fetched).toEqual({ status: 200, body: "allowed-upstream GET /via-fetch" });
      const got = await probe("get", `http://allowed.test:${httpPort}/via-http-get`);
      expect(got).toEqual({ status: 200, body: "allowed-upstream GET /via-http-get" });
      const wget = await sh(`wget -q -O - http://allowed.test:${httpPort}/via-wget`);
      expect(wget.stdout).toBe("allowed-upstream GET /via-wget");
      expect(decisions).toContainEqual(
        expect.objectContaining({ host: "allowed.test", port: httpPort, allowed: true, address: SERVER_IP }),
      );
    });

    it("reaches an allowed HTTPS domain through a CONNECT tunnel: fetch and by hand", async () => {
      const fetched = await sh(
        `NODE_TLS_REJECT_UNAUTHORIZED=0 node /workspace/probe.js fetch https://tls.test:${httpsPort}/ 2>/dev/null`,
      );
      expect(JSON.parse(fetched.stdout.trim())).toEqual({ status: 200, body: "allowed-over-tls" });
      const manual = await probe("connect", `tls.test:${httpsPort}`);
      expect(manual.status).toBe(200);
      expect(manual.body).toContain("allowed-over-tls");
      expect(decisions).toContainEqual(
        expect.objectContaining({ host: "tls.test", method: "CONNECT", allowed: true }),
      );
    });

    it("a domain not on the list gets a 403 that names the policy and the host", async () => {
      const plain = await probe("get", `http://not-allowed.test:${httpPort}/`);
      expect(plain.status).toBe(403);
      expect(plain.body).toContain("network policy");
      expect(plain.body).toContain(`not-allowed.test:${httpPort}`);
      expect(plain.body).toContain("not in allowed-domains");
      const tunnel = await probe("connect", "not-allowed.test:443");
      expect(tunnel.status).toBe(403);
      expect(tunnel.body).toContain("not-allowed.test:443");
      const wget = await sh("wget -O - http://not-allowed.test/ 2>&1; echo exit=$?");
      expect(wget.stdout).toMatch(/403/);
      expect(decisions).toContainEqual(expect.objectContaining({ host: "not-allowed.test", allowed: false }));
    });

    it("IP literals, the metadata address and the host's loopback are refused with 403", async () => {
      const before = httpRequests;
      for (const url of [
        `http://${SERVER_IP}:${httpPort}/`, // listed address, but not this port
        "http://93.184.216.34/", // a public literal, not listed
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://metadata.test/latest/meta-data/", // a listed name that resolves to the metadata address
        `http://127.0.0.1:${tcpPort}/`,
        `http://localhost:${tcpPort}/`,
        `http://loopback.test:${tcpPort}/`, // a listed name that resolves to the host's loopback
        `http://[::1]:${tcpPort}/`,
      ]) {
        const result = await probe("get", url);
        // loopback is NO_PROXY: it stays inside the sandbox, where nothing listens there
        if (/localhost|127\.0\.0\.1|\[::1\]/.test(url)) expect(result.error, url).toBe("ECONNREFUSED");
        else {
          expect(result.status, url).toBe(403);
          expect(String(result.body), url).toContain("network policy");
        }
      }
      const metadata = await probe("get", "http://metadata.test/");
      // fetch tunnels even http:// through CONNECT, and reports a refusal only as a failed request
      // (undici: "Request was cancelled."), without the 403 body
      const fetched = await probe("fetch", "http://metadata.test/");
      expect(fetched.status).toBeUndefined();
      expect(fetched.error).toBeTruthy();
      expect(metadata.body).toContain("cloud metadata");
      // asked of the proxy explicitly, the host's loopback is refused
      for (const authority of [`loopback.test:${tcpPort}`, `127.0.0.1:${tcpPort}`, `[::1]:${tcpPort}`]) {
        const loopback = await probe("connect", authority);
        expect(loopback.status, authority).toBe(403);
        expect(loopback.body, authority).toContain("loopback");
      }
      expect(hostConnections).toBe(0);
      expect(httpRequests).toBe(before);
    }, 90_000); // thirteen probes, each a process started in the sandbox: slow engines take a while

    it("a program that ignores the proxy variables has no network: TCP, UDP, DNS", async () => {
      for (const [host, port] of [
        [SERVER_IP, httpPort],
        ["127.0.0.1", tcpPort],
        ...(hostIp ? [[hostIp, tcpPort]] : []),
        ["93.184.216.34", 80],
      ] as [string, number][]) {
        const result = await probe("tcp", host, String(port));
        expect(result.connected, `${host}:${port}`).toBeUndefined();
        expect(result.error, `${host}:${port}`).toBeTruthy();
      }
      for (const host of ["127.0.0.1", ...(hostIp ? [hostIp] : [])]) {
        await probe("udp", host, String(udpPort));
      }
      const direct = await sh(
        `NODE_USE_ENV_PROXY=0 node /workspace/probe.js fetch http://allowed.test:${httpPort}/direct`,
      );
      expect(JSON.parse(direct.stdout.trim()).status).toBeUndefined();
      const wget = await sh(`wget -Y off -q -O - http://${SERVER_IP}:${httpPort}/direct 2>&1; echo exit=$?`);
      expect(wget.stdout).not.toContain("allowed-upstream");
      for (const name of ["example.com", "allowed.test"]) {
        expect((await probe("dns", name)).address, name).toBeUndefined();
        expect((await probe("resolve", name)).addresses, name).toBeUndefined();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(hostConnections).toBe(0);
      expect(udpMessages).toBe(0);
      expect(decisions.some((d) => d.host === SERVER_IP && d.allowed)).toBe(false);
    });

    it("every decision reached the onEgress callback with host, port, verdict and rule", () => {
      expect(decisions.length).toBeGreaterThanOrEqual(10);
      for (const d of decisions) {
        expect(d).toMatchObject({
          time: expect.any(String),
          host: expect.any(String),
          port: expect.any(Number),
          method: expect.any(String),
          allowed: expect.any(Boolean),
          rule: expect.any(String),
        });
      }
      expect(decisions.filter((d) => d.allowed).every((d) => d.address === SERVER_IP)).toBe(true);
    });
  });
}
