// TLS settings for both ends: TLS 1.3 only, each side presents its leaf and trusts only the peer's
// per-run CA (the `ca` option replaces Node's default roots), and each requires the other's cert.
import type { ConnectionOptions, TlsOptions } from "node:tls";
import { type Identity, SERVER_NAME } from "./identity.js";

export function serverTlsOptions(own: Identity, clientCaPem: string): TlsOptions {
  return {
    key: own.keyPem,
    cert: own.certPem,
    ca: [clientCaPem],
    requestCert: true,
    rejectUnauthorized: true,
    minVersion: "TLSv1.3",
  };
}

export function clientTlsOptions(own: Identity, serverCaPem: string): ConnectionOptions {
  return {
    key: own.keyPem,
    cert: own.certPem,
    ca: [serverCaPem],
    servername: SERVER_NAME,
    rejectUnauthorized: true,
    minVersion: "TLSv1.3",
  };
}
