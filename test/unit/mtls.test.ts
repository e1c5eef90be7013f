import { X509Certificate } from "node:crypto";
import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { PassThrough } from "node:stream";
import tls from "node:tls";
import { describe, expect, it } from "vitest";
import {
  BEGIN_SERVER_CA,
  clientTlsOptions,
  END_SERVER_CA,
  formatServerCa,
  generateIdentity,
  readServerCa,
  SERVER_NAME,
  ServerCaTimeoutError,
  serverTlsOptions,
  validateCaPem,
} from "../../src/mtls/index.js";

describe("identities", () => {
  it("makes a CA and a leaf it signed, with the right usages", () => {
    const server = generateIdentity("server");
    const ca = new X509Certificate(server.caCertPem);
    const leaf = new X509Certificate(server.certPem);
    expect(ca.ca).toBe(true);
    expect(leaf.ca).toBe(false);
    expect(leaf.checkIssued(ca)).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    expect(leaf.subjectAltName).toBe(`DNS:${SERVER_NAME}`);
    expect(leaf.checkHost(SERVER_NAME)).toBe(SERVER_NAME);
    expect(leaf.keyUsage).toContain("1.3.6.1.5.5.7.3.1");
    expect(new X509Certificate(generateIdentity("client").certPem).keyUsage).toContain("1.3.6.1.5.5.7.3.2");
  });

  it("is fresh every time and exposes no CA key", () => {
    const a = generateIdentity("client");
    const b = generateIdentity("client");
    expect(a.caCertPem).not.toBe(b.caCertPem);
    expect(a.keyPem).not.toBe(b.keyPem);
    expect(Object.keys(a).sort()).toEqual(["caCertPem", "certPem", "keyPem", "role"]);
    expect(JSON.stringify(a.caCertPem)).not.toContain("PRIVATE KEY");
  });

  it("rejects what is not a CA certificate", () => {
    expect(() => validateCaPem("nope", "x")).toThrow(/not a valid PEM certificate/);
    expect(() => validateCaPem(generateIdentity("server").certPem, "x")).toThrow(/not a CA certificate/);
  });
});

async function handshake(serverSide: tls.TlsOptions, clientSide: tls.ConnectionOptions) {
  const serverErrors: Error[] = [];
  const server = tls.createServer(serverSide, (socket) => socket.end("hello"));
  server.on("tlsClientError", (error) => serverErrors.push(error));
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  try {
    const socket = tls.connect({
      ...clientSide,
      host: "127.0.0.1",
      port: (server.address() as AddressInfo).port,
    });
    const outcome = await new Promise<string>((resolve) => {
      let data = "";
      socket.on("data", (chunk) => {
        data += chunk;
      });
      socket.on("end", () => resolve(`data:${data}`));
      socket.on("error", (error) => resolve(`error:${error.message}`));
    });
    return { outcome, serverErrors };
  } finally {
    server.close();
  }
}

describe("mutual TLS", () => {
  const server = generateIdentity("server");
  const client = generateIdentity("client");

  it("completes with both identities", async () => {
    const { outcome } = await handshake(
      serverTlsOptions(server, client.caCertPem),
      clientTlsOptions(client, server.caCertPem),
    );
    expect(outcome).toBe("data:hello");
  });

  it("refuses a client without a certificate", async () => {
    const { outcome, serverErrors } = await handshake(serverTlsOptions(server, client.caCertPem), {
      ca: [server.caCertPem],
      servername: SERVER_NAME,
    });
    expect(outcome).not.toBe("data:hello");
    expect(serverErrors.map((e) => e.message).join()).toMatch(/certificate/i);
  });

  it("refuses a client whose certificate comes from another CA", async () => {
    const stranger = generateIdentity("client");
    const { outcome, serverErrors } = await handshake(
      serverTlsOptions(server, client.caCertPem),
      clientTlsOptions(stranger, server.caCertPem),
    );
    expect(outcome).not.toBe("data:hello");
    expect(serverErrors.length).toBeGreaterThan(0);
  });

  it("refuses a server whose certificate comes from another CA", async () => {
    const impostor = generateIdentity("server");
    const { outcome } = await handshake(
      serverTlsOptions(impostor, client.caCertPem),
      clientTlsOptions(client, server.caCertPem),
    );
    expect(outcome).toMatch(/^error:.*(certificate|self-signed|issuer)/i);
  });
});

describe("server CA exchange", () => {
  const ca = generateIdentity("server").caCertPem;

  it("reads the block and passes other lines on", async () => {
    const stream = new PassThrough();
    const other: string[] = [];
    const reading = readServerCa(stream, { timeoutMs: 2000, onOtherLine: (l) => other.push(l) });
    const block = formatServerCa(ca);
    stream.write("starting\n");
    stream.write(block.slice(0, 20));
    stream.write(block.slice(20));
    expect(await reading).toBe(ca);
    expect(other).toEqual(["starting"]);
    expect(block.startsWith(`${BEGIN_SERVER_CA}\n`) && block.endsWith(`${END_SERVER_CA}\n`)).toBe(true);
  });

  it("gives up at the deadline", async () => {
    const started = Date.now();
    await expect(readServerCa(new PassThrough(), { timeoutMs: 100 })).rejects.toBeInstanceOf(
      ServerCaTimeoutError,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("fails when the output ends, the sandbox exits, or the block is garbage", async () => {
    const ended = new PassThrough();
    const reading = readServerCa(ended, { timeoutMs: 5000 });
    ended.end("no ca here\n");
    await expect(reading).rejects.toThrow(/ended before/);
    await expect(
      readServerCa(new PassThrough(), { timeoutMs: 5000, abort: Promise.resolve() }),
    ).rejects.toThrow(/exited before/);
    const garbage = new PassThrough();
    const bad = readServerCa(garbage, { timeoutMs: 5000 });
    garbage.write(`${BEGIN_SERVER_CA}\nnot a cert\n${END_SERVER_CA}\n`);
    await expect(bad).rejects.toThrow(/not a valid PEM/);
  });
});
