// Who can reach what, per backend: the in-sandbox server only with the run's client key, the
// proxy only with the run's token and a loopback Host, the network not at all with policy none
// (TCP, UDP, DNS), and a sandbox past its TTL not at all.
import { createSocket } from "node:dgram";
import net from "node:net";
import type { Duplex } from "node:stream";
import { connect as tlsConnect } from "node:tls";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SandboxSession } from "../../src/host/session.js";
import { generateIdentity } from "../../src/mtls/index.js";
import { newToken, startProxy } from "../../src/proxy/index.js";
import type { Target } from "../support/target.js";

type SessionTarget = Target & { session: SandboxSession };
type Start = (options?: { ttlMs?: number }) => Promise<SessionTarget>;

/** What the server answers on a raw TLS connection over the channel with the given client key. */
async function tryServer(channel: Duplex, identity?: ReturnType<typeof generateIdentity>) {
  return new Promise<{ secure: boolean; http: string; error?: string }>((resolve) => {
    let http = "";
    let secure = false;
    const socket = tlsConnect({
      socket: channel,
      rejectUnauthorized: false,
      minVersion: "TLSv1.3",
      ...(identity ? { key: identity.keyPem, cert: identity.certPem } : {}),
    });
    const done = (error?: Error) => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ secure, http, ...(error ? { error: error.message } : {}) });
    };
    const timer = setTimeout(() => done(new Error("no answer")), 5000);
    socket.on("secureConnect", () => {
      secure = true;
      socket.write("POST /mcp HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 2\r\n\r\n{}");
    });
    socket.on("data", (chunk: Buffer) => {
      http += chunk.toString();
    });
    socket.on("error", (error) => done(error));
    socket.on("close", () => done());
  });
}

async function inside(target: Target, script: string) {
  const result = await target.client.callTool({
    name: "run_command",
    arguments: { command: `/.sandbox/bin/node -e '${script}'`, timeout_ms: 20_000 },
  });
  return (result.structuredContent as { stdout: string }).stdout.trim();
}

export function defineReachSuite(backend: string, start: Start): void {
  describe(`reach (${backend})`, () => {
    let target: SessionTarget;
    beforeAll(async () => {
      target = await start();
    });
    afterAll(async () => {
      await target?.close();
    });

    it("the server refuses a client without a certificate, and one whose CA it was not given", async () => {
      const anonymous = await tryServer(await target.session.sandbox.openChannel());
      // the server ends the connection (a TLS alert or a close) without a byte of HTTP
      expect(anonymous.http).toBe("");
      expect(anonymous.error).not.toBe("no answer");
      const foreign = await tryServer(await target.session.sandbox.openChannel(), generateIdentity("client"));
      expect(foreign.http).toBe("");
      expect(foreign.error).not.toBe("no answer");
    });

    it("the proxy refuses a caller without the token, and one with a foreign Host", async () => {
      const token = newToken();
      const proxy = await startProxy({
        upstream: target.client,
        token,
        runId: target.session.runId,
        defaultTimeoutMs: 30_000,
      });
      try {
        const body = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" });
        const headers = { "content-type": "application/json", accept: "application/json, text/event-stream" };
        const noToken = await fetch(proxy.url, { method: "POST", headers, body });
        expect(noToken.status).toBe(401);
        const wrongToken = await fetch(proxy.url, {
          method: "POST",
          headers: { ...headers, authorization: `Bearer ${newToken()}` },
          body,
        });
        expect(wrongToken.status).toBe(401);
        // fetch will not let us set Host; a raw request does
        const url = new URL(proxy.url);
        const foreignHost = await new Promise<string>((resolve, reject) => {
          const socket = net.connect(Number(url.port), "127.0.0.1", () => {
            socket.write(
              `POST /mcp HTTP/1.1\r\nHost: attacker.example\r\nAuthorization: Bearer ${token}\r\n` +
                `Content-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
            );
          });
          let text = "";
          socket.on("data", (chunk: Buffer) => {
            text += chunk.toString();
          });
          socket.on("end", () => resolve(text));
          socket.on("error", reject);
        });
        expect(foreignHost).toMatch(/^HTTP\/1\.1 403/);
      } finally {
        await proxy.close();
      }
    });

    it("with network none, UDP and DNS get nowhere either", async () => {
      const udp = createSocket("udp4");
      let packets = 0;
      udp.on("message", () => packets++);
      await new Promise<void>((resolve) => udp.bind(0, "127.0.0.1", resolve));
      const port = udp.address().port;
      try {
        const sent = await inside(
          target,
          `const s=require("dgram").createSocket("udp4");s.send("x",${port},"127.0.0.1",e=>{console.log(e?e.code:"sent");s.close()})`,
        );
        // loopback inside is the sandbox's own: the datagram may "send", but never reaches the host
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(packets).toBe(0);
        expect(sent).toMatch(/^(sent|ENETUNREACH|EPERM|EHOSTUNREACH)$/);
        const dns = await inside(
          target,
          `require("dns").lookup("example.com",(e,a)=>console.log(e?e.code:"resolved "+a))`,
        );
        expect(dns).toMatch(/^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED)$/);
      } finally {
        udp.close();
      }
    });

    it("a sandbox past its TTL is destroyed and says why", async () => {
      const short = await start({ ttlMs: 1500 });
      try {
        const reason = await short.session.expired;
        expect(reason).toMatch(/reached its TTL/);
        await short.session.close();
        expect(await short.session.sandbox.alive()).toBe(false);
        await expect(
          short.client.callTool({ name: "run_command", arguments: { command: "true" } }),
        ).rejects.toThrow();
      } finally {
        await short.close().catch(() => {});
      }
    });
  });
}
