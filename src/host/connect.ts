// The host end of a tool call's path: TLS (mutual, per-run CAs) over whatever duplex stream the
// backend gives, HTTP/1.1 keep-alive on top, and the MCP SDK client on that.
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { acceptStructuredContent } from "../mcp/validators.js";
import { clientTlsOptions, type Identity, SERVER_NAME } from "../mtls/index.js";
import { VERSION } from "../version.js";
import { createChannelFetch } from "./channel-fetch.js";

export interface McpConnection {
  client: Client;
  close(): Promise<void>;
}

export interface ConnectOptions {
  openChannel: () => Promise<Duplex>;
  identity: Identity;
  /**
   * The server's CA. A promise lets the client set itself up and queue its first request while the
   * sandbox still boots; channels open once it resolves.
   */
  serverCaPem: string | Promise<string>;
  /** bound on the TLS handshake over a fresh channel */
  handshakeTimeoutMs?: number;
}

/** Opens a channel and completes the mutual TLS handshake on it. */
export async function openTlsChannel(options: ConnectOptions): Promise<tls.TLSSocket> {
  const serverCaPem = await options.serverCaPem;
  const stream = await options.openChannel();
  return new Promise<tls.TLSSocket>((resolve, reject) => {
    const socket = tls.connect({
      ...clientTlsOptions(options.identity, serverCaPem),
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
  // OpenSSL's first secure context costs ~20 ms: paid here, while the server still boots (this
  // runs before its CA arrives), not in the first handshake.
  tls.createSecureContext({ key: options.identity.keyPem, cert: options.identity.certPem });
  const channels = createChannelFetch(() => openTlsChannel(options));
  const transport = new StreamableHTTPClientTransport(new URL(`https://${SERVER_NAME}/mcp`), {
    fetch: channels.fetch,
  });
  const client = new Client(
    { name: "sandbox-action", version: VERSION },
    { capabilities: {}, jsonSchemaValidator: acceptStructuredContent },
  );
  try {
    await client.connect(transport);
  } catch (error) {
    channels.close();
    throw error;
  }
  return {
    client,
    async close() {
      await transport.terminateSession().catch(() => {});
      await client.close().catch(() => {});
      channels.close();
    },
  };
}
