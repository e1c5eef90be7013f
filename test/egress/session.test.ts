// How a session wires network allowlist (egress directory, socket modes, environment, cleanup on
// every path), the in-sandbox forwarder on its own, the sandbox TTL, and the guard that keeps the
// test-only resolve override out of every production path.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { connect, createServer as createUnixServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EGRESS_DIR_INSIDE, EGRESS_PROXY_ADDRESS, EGRESS_SOCKET_NAME } from "../../src/backends/layout.js";
import { runDirBase } from "../../src/backends/run-dir.js";
import { type Backend, SandboxError, type SandboxSpec } from "../../src/backends/types.js";
import { OPTIONS } from "../../src/config/index.js";
import { startSession } from "../../src/host/session.js";
import { startEgressForwarder } from "../../src/server/egress-forwarder.js";
import { engineAvailable } from "../support/engines.js";
import { startLocalTarget } from "../support/local-target.js";

const repo = join(import.meta.dirname, "..", "..");
const egressBase = runDirBase(process.env, "sandbox-action-egress");
const listBase = () => (existsSync(egressBase) ? readdirSync(egressBase) : []);

/** A backend whose create() records the spec (and what is on disk then) and fails. */
function failingBackend(seen: { spec?: SandboxSpec; dirMode?: number; socketMode?: number }): Backend {
  return {
    name: "local",
    async create(spec) {
      seen.spec = spec;
      const dir = spec.egress?.hostDir;
      if (dir) {
        seen.dirMode = statSync(dir).mode & 0o777;
        seen.socketMode = statSync(join(dir, EGRESS_SOCKET_NAME)).mode & 0o777;
      }
      throw new SandboxError("create failed on purpose");
    },
    list: async () => [],
    reap: async () => [],
  };
}

const baseConfig = {
  workspace: tmpdir(),
  workspaceMode: "rw" as const,
  env: { USER_VAR: "1" },
  timeoutMs: 10_000,
  readyTimeoutMs: 5_000,
};

describe("session: network allowlist wiring", () => {
  it("starts the proxy in a private directory, sets the proxy env, and removes it all when create fails", async () => {
    const before = listBase();
    const seen: Parameters<typeof failingBackend>[0] = {};
    await expect(
      startSession(
        failingBackend(seen),
        {
          ...baseConfig,
          network: "allowlist",
          allowedDomains: ["example.com"],
        },
        { serverBundle: "/nonexistent/server.js" },
      ),
    ).rejects.toThrow(/create failed on purpose/);
    const spec = seen.spec as SandboxSpec;
    const dir = spec.egress?.hostDir as string;
    expect(dir.startsWith(`${egressBase}/`)).toBe(true);
    expect(Buffer.byteLength(join(dir, EGRESS_SOCKET_NAME))).toBeLessThan(107);
    // the base is private to this user; the directory and socket let any sandbox uid connect
    expect(statSync(egressBase).mode & 0o777).toBe(0o700);
    expect(seen.dirMode).toBe(0o711);
    expect(seen.socketMode).toBe(0o666);
    const proxyUrl = `http://${EGRESS_PROXY_ADDRESS}`;
    expect(spec.env).toMatchObject({
      USER_VAR: "1",
      HTTP_PROXY: proxyUrl,
      HTTPS_PROXY: proxyUrl,
      http_proxy: proxyUrl,
      https_proxy: proxyUrl,
      NO_PROXY: "localhost,127.0.0.1,::1",
      NODE_USE_ENV_PROXY: "1",
    });
    expect(spec.env.ALL_PROXY).toBeUndefined();
    expect(spec.entrypoint.runnerEnv).toMatchObject({
      SANDBOX_EGRESS_SOCKET: `${EGRESS_DIR_INSIDE}/${EGRESS_SOCKET_NAME}`,
      SANDBOX_EGRESS_LISTEN: EGRESS_PROXY_ADDRESS,
    });
    expect(existsSync(dir)).toBe(false);
    expect(listBase()).toEqual(before);
  });

  it("refuses a bad allowlist before anything starts, and leaves no directory", async () => {
    const before = listBase();
    const seen: Parameters<typeof failingBackend>[0] = {};
    await expect(
      startSession(
        failingBackend(seen),
        {
          ...baseConfig,
          network: "allowlist",
          allowedDomains: ["https://x.test"],
        },
        { serverBundle: "/nonexistent/server.js" },
      ),
    ).rejects.toThrow(/allowed-domains: "https:\/\/x\.test"/);
    await expect(
      startSession(
        failingBackend(seen),
        { ...baseConfig, network: "allowlist", allowedDomains: [] },
        { serverBundle: "/nonexistent/server.js" },
      ),
    ).rejects.toThrow(/empty/);
    expect(seen.spec).toBeUndefined();
    expect(listBase()).toEqual(before);
  });

  it("network none and open start no proxy and set no proxy variables", async () => {
    for (const network of ["none", "open"] as const) {
      const seen: Parameters<typeof failingBackend>[0] = {};
      await expect(
        startSession(
          failingBackend(seen),
          { ...baseConfig, network },
          { serverBundle: "/nonexistent/server.js" },
        ),
      ).rejects.toThrow();
      expect(seen.spec?.egress).toBeUndefined();
      expect(seen.spec?.env.HTTP_PROXY).toBeUndefined();
      expect(seen.spec?.entrypoint.env.SANDBOX_EGRESS_SOCKET).toBeUndefined();
    }
  });

  it("the resolve override is reachable from code only: no option, CLI, action or daemon path sets it", () => {
    expect(OPTIONS.map((o) => o.name).filter((n) => /resolve|override|test/i.test(n))).toEqual([]);
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (
          /\.(ts|mjs|js)$/.test(entry.name) &&
          /resolveOverride|egressResolveOverride/.test(readFileSync(path, "utf8"))
        )
          offenders.push(path.slice(repo.length + 1));
      }
    };
    walk(join(repo, "src"));
    expect(offenders.sort()).toEqual(["src/egress/policy.ts", "src/egress/proxy.ts", "src/host/session.ts"]);
    // and the shipped bundles that parse config never pass it
    for (const bundle of ["dist/index.js"]) {
      expect(readFileSync(join(repo, bundle), "utf8")).not.toMatch(/egressResolveOverride:/);
    }
  });
});

describe("egress forwarder (inside the sandbox)", () => {
  const dir = mkdtempSync(join(tmpdir(), "sbx-fwd-"));
  const servers: Server[] = [];
  afterAll(() => {
    for (const s of servers) s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const roundTrip = (port: number, payload: Buffer) =>
    new Promise<Buffer>((resolve) => {
      const chunks: Buffer[] = [];
      const socket = connect(port, "127.0.0.1", () => {
        socket.end(payload);
      });
      socket.on("data", (c) => chunks.push(c));
      socket.on("error", () => {});
      socket.on("close", () => resolve(Buffer.concat(chunks)));
    });

  it("pipes each connection byte for byte to the unix socket, half-close included", async () => {
    const path = join(dir, "proxy.sock");
    const echo = createUnixServer({ allowHalfOpen: true }, (s) => {
      const got: Buffer[] = [];
      s.on("data", (c) => got.push(c));
      s.on("end", () => s.end(Buffer.concat(got)));
    });
    servers.push(echo);
    await new Promise<void>((resolve) => echo.listen(path, resolve));
    const logs: string[] = [];
    const forwarder = await startEgressForwarder({
      socketPath: path,
      listen: "127.0.0.1:0",
      log: (m) => logs.push(m),
    });
    servers.push(forwarder);
    const port = (forwarder.address() as { port: number }).port;
    const payload = Buffer.from(Array.from({ length: 200_000 }, (_, i) => i % 256));
    expect((await roundTrip(port, payload)).equals(payload)).toBe(true);
    expect(logs).toEqual([]);
  });

  it("closes connections when the proxy socket is missing, and says so once", async () => {
    const logs: string[] = [];
    const forwarder = await startEgressForwarder({
      socketPath: join(dir, "missing.sock"),
      listen: "127.0.0.1:0",
      log: (m) => logs.push(m),
    });
    servers.push(forwarder);
    const port = (forwarder.address() as { port: number }).port;
    for (let i = 0; i < 3; i++)
      expect((await roundTrip(port, Buffer.from("GET / HTTP/1.1\r\n\r\n"))).length).toBe(0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/cannot reach the host's egress proxy/);
  });

  it("rejects a malformed listen address", async () => {
    await expect(
      startEgressForwarder({ socketPath: "/x", listen: "nonsense", log: () => {} }),
    ).rejects.toThrow(/HOST:PORT/);
  });
});

describe.skipIf(!engineAvailable("bwrap"))("sandbox TTL (local)", () => {
  it("destroys the sandbox at its TTL, says why, and removes the egress directory", async () => {
    const before = listBase();
    const lines: string[] = [];
    const target = await startLocalTarget(
      { ttlMs: 2_500, network: "allowlist", allowedDomains: ["example.com"] },
      { log: (line) => lines.push(line) },
    );
    try {
      expect(listBase().length).toBe(before.length + 1);
      const ok = await target.client.callTool({ name: "run_command", arguments: { command: "echo alive" } });
      expect(ok.isError).not.toBe(true);
      const reason = await target.session.expired;
      expect(reason).toMatch(/reached its TTL \(2500ms\) and was destroyed/);
      expect(lines).toContain(reason);
      // `expired` comes as the TTL fires; the teardown it starts is what close() returns
      await target.session.close();
      expect(await target.session.sandbox.alive()).toBe(false);
      expect(listBase()).toEqual(before);
      await expect(
        target.client.callTool({ name: "run_command", arguments: { command: "echo still" } }),
      ).rejects.toThrow();
    } finally {
      await target.close();
    }
  });
});
