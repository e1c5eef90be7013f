// The host's end of the mutual TLS channel to a sandbox's server, over whatever duplex stream the
// backend gives. Both MCP clients of the host (connect.ts, lean-client.ts) open their connections
// through it.
import type { Duplex } from "node:stream";
import tls from "node:tls";
import { clientTlsOptions, type Identity } from "../mtls/index.js";

export interface ChannelOptions {
  openChannel: () => Promise<Duplex>;
  identity: Identity;
  /**
   * The server's CA. A promise lets a client set itself up and queue its first request while the
   * sandbox still boots; channels open once it resolves.
   */
  serverCaPem: string | Promise<string>;
  /** bound on the TLS handshake over a fresh channel */
  handshakeTimeoutMs?: number;
}

/**
 * OpenSSL's first secure context costs ~20 ms. Called while the server still boots (before its CA
 * arrives), so the first handshake does not pay it.
 */
export function warmUpTls(identity: Identity): void {
  tls.createSecureContext({ key: identity.keyPem, cert: identity.certPem });
}

/** Opens a channel and completes the mutual TLS handshake on it. */
export async function openTlsChannel(options: ChannelOptions): Promise<tls.TLSSocket> {
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
