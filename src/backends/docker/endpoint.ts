// Where the Docker engine is, read from the environment the way the docker CLI reads it, and raw
// sockets to it. node:net/node:tls only: `backend: auto` probes with this and must not load undici.
import { readFileSync } from "node:fs";
import { connect as netConnect, type Socket } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { connect as tlsConnect } from "node:tls";
import { SandboxError } from "../types.js";

export interface DockerTls {
  ca?: Buffer;
  cert?: Buffer;
  key?: Buffer;
  /** check the engine's certificate against `ca` (DOCKER_TLS_VERIFY) */
  verify: boolean;
}

export type DockerEndpoint =
  | { kind: "unix"; socketPath: string }
  | { kind: "tcp"; host: string; port: number; tls?: DockerTls };

export const DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock";

const ACCEPTED = "unix:///path/to/docker.sock or tcp://HOST:PORT";

/**
 * DOCKER_HOST (unix://PATH or tcp://HOST[:PORT]; empty = the default socket), DOCKER_TLS_VERIFY
 * (any non-empty value turns TLS on with verification, as for the docker CLI), DOCKER_TLS and
 * DOCKER_CERT_PATH (TLS without verification unless DOCKER_TLS_VERIFY is set). Certificates are
 * ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH, default ~/.docker.
 */
export function resolveDockerEndpoint(env: Record<string, string | undefined>): DockerEndpoint {
  const raw = env.DOCKER_HOST?.trim() ?? "";
  if (raw === "") return { kind: "unix", socketPath: DEFAULT_DOCKER_SOCKET };
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === "unix") {
    const path = raw.slice("unix://".length);
    if (path === "") return { kind: "unix", socketPath: DEFAULT_DOCKER_SOCKET };
    if (!path.startsWith("/")) throw badHost(raw, "the socket path must be absolute");
    return { kind: "unix", socketPath: path };
  }
  if (scheme === "tcp") {
    const verify = nonEmpty(env.DOCKER_TLS_VERIFY);
    const tlsOn = verify || nonEmpty(env.DOCKER_TLS) || nonEmpty(env.DOCKER_CERT_PATH);
    const { host, port } = parseHostPort(raw, tlsOn ? 2376 : 2375);
    if (!tlsOn) return { kind: "tcp", host, port };
    const dir = nonEmpty(env.DOCKER_CERT_PATH)
      ? (env.DOCKER_CERT_PATH as string)
      : join(dockerHome(env), ".docker");
    return {
      kind: "tcp",
      host,
      port,
      tls: {
        ...(verify ? { ca: readCert(dir, "ca.pem") } : {}),
        cert: readCert(dir, "cert.pem"),
        key: readCert(dir, "key.pem"),
        verify,
      },
    };
  }
  const why = scheme
    ? `the ${scheme}:// scheme is not supported`
    : "it has no scheme (a bare path or host is not accepted)";
  throw badHost(raw, why);
}

/** "unix:///var/run/docker.sock" / "tcp://host:2376", for messages */
export function describeEndpoint(endpoint: DockerEndpoint): string {
  if (endpoint.kind === "unix") return `unix://${endpoint.socketPath}`;
  const host = endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host;
  return `tcp://${host}:${endpoint.port}`;
}

/**
 * A connected socket (TLS handshake done); rejects with the errno/TLS error as it came. Not
 * allowHalfOpen: our end() still half-closes, but when the engine closes, our side follows.
 */
export function openSocket(endpoint: DockerEndpoint): Promise<Socket> {
  return new Promise((resolve, reject) => {
    let socket: Socket;
    let event = "connect";
    if (endpoint.kind === "unix") {
      socket = netConnect({ path: endpoint.socketPath });
    } else if (endpoint.tls) {
      const { tls } = endpoint;
      event = "secureConnect";
      socket = tlsConnect({
        host: endpoint.host,
        port: endpoint.port,
        ca: tls.ca,
        cert: tls.cert,
        key: tls.key,
        rejectUnauthorized: tls.verify,
        // an IP address is not a valid SNI name
        ...(/^[\d.]+$|:/.test(endpoint.host) ? {} : { servername: endpoint.host }),
      });
    } else {
      socket = netConnect({ host: endpoint.host, port: endpoint.port });
    }
    const onError = (error: Error) => reject(error);
    socket.once("error", onError);
    socket.once(event, () => {
      socket.off("error", onError);
      resolve(socket);
    });
  });
}

function parseHostPort(raw: string, defaultPort: number): { host: string; port: number } {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badHost(raw, "it is not a valid address");
  }
  if (!url.hostname) throw badHost(raw, "it names no host");
  if (url.pathname !== "" && url.pathname !== "/") throw badHost(raw, "a tcp:// address takes no path");
  const port = url.port === "" ? defaultPort : Number(url.port);
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port };
}

function readCert(dir: string, name: string): Buffer {
  const path = join(dir, name);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new SandboxError(
      `cannot read the Docker TLS file ${path} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      "TLS to the Docker engine is on (DOCKER_TLS_VERIFY, DOCKER_TLS or DOCKER_CERT_PATH is set): put ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ~/.docker), or unset those variables",
      { cause: error },
    );
  }
}

function badHost(value: string, why: string): SandboxError {
  return new SandboxError(
    `DOCKER_HOST=${JSON.stringify(value)} is not usable: ${why}`,
    `set DOCKER_HOST to ${ACCEPTED}, or unset it for ${DEFAULT_DOCKER_SOCKET}`,
  );
}

function dockerHome(env: Record<string, string | undefined>): string {
  return nonEmpty(env.HOME) ? (env.HOME as string) : homedir();
}

function nonEmpty(value: string | undefined): boolean {
  return value !== undefined && value !== "";
}
