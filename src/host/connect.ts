// The host end of a tool call's path: TLS (mutual, per-run CAs) over whatever duplex stream the
// backend gives, HTTP/1.1 keep-alive on top (undici), and the MCP SDK client on that.
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { Agent, fetch as undiciFetch } from "undici";
import { clientTlsOptions, type Identity, SERVER_NAME } from "../mtls/index.js";
import { VERSION } from "../version.js";

export interface McpConnection {
  client: Client;
  close(): Promise<void>;
}

export interface ConnectOptions {
  openChannel: () => Promise<Duplex>;
  identity: Identity;
  serverCaPem: string;
  /** bound on the TLS handshake over a fresh channel */
  handshakeTimeoutMs?: number;
}

/** Opens a channel and completes the mutual TLS handshake on it. */
export async function openTlsChannel(options: ConnectOptions): Promise<tls.TLSSocket> {
  const stream = await options.openChannel();
  return new Promise<tls.TLSSocket>((resolve, reject) => {
    const socket = tls.connect({
      ...clientTlsOptions(options.identity, options.serverCaPem),
      socket: stream,
    });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new Error(`TLS handshake with the sandbox did not finish within ${options.handshakeTimeoutMs} ms`),
      );
    }, options.handshakeTimeoutMs ?? 10_000);
    socket.once("secureConnect", () => {
      clearTimeout(timer);
      socket.removeListener("error", onError);
      resolve(socket);
    });
    const onError = (error: Error) => {
      clearTimeout(timer);
      stream.destroy();
      reject(new Error(`TLS handshake with the sandbox failed: ${error.message}`, { cause: error }));
    };
    socket.once("error", onError);
  });
}

export async function connectMcp(options: ConnectOptions): Promise<McpConnection> {
  const agent = new Agent({
    connect: (_opts, callback) => {
      openTlsChannel(options).then(
        (socket) => callback(null, socket),
        (error: Error) => callback(error, null),
      );
    },
    keepAliveTimeout: 60_000,
    keepAliveMaxTimeout: 600_000,
  });
  const transport = new StreamableHTTPClientTransport(new URL(`https://${SERVER_NAME}/mcp`), {
    fetch: (url, init) =>
      undiciFetch(url, { ...(init as object), dispatcher: agent }) as unknown as Promise<Response>,
  });
  const client = new Client({ name: "sandbox-action", version: VERSION }, { capabilities: {} });
  try {
    await client.connect(transport);
  } catch (error) {
    await agent.destroy().catch(() => {});
    throw error;
  }
  return {
    client,
    async close() {
      await transport.terminateSession().catch(() => {});
      await client.close().catch(() => {});
      await agent.destroy().catch(() => {});
    },
  };
}
