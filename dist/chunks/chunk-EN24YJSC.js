import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/docker/endpoint.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { connect as netConnect } from "node:net";
import { homedir } from "node:os";
import { join } from "node:path";
import { connect as tlsConnect } from "node:tls";
var DEFAULT_DOCKER_SOCKET = "/var/run/docker.sock", ACCEPTED = "unix:///path/to/docker.sock or tcp://HOST:PORT";
function resolveDockerEndpoint(env) {
  let raw = env.DOCKER_HOST?.trim() ?? "";
  if (raw === "") return { kind: "unix", socketPath: DEFAULT_DOCKER_SOCKET };
  let scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw)?.[1]?.toLowerCase();
  if (scheme === "unix") {
    let path = raw.slice(7);
    if (path === "") return { kind: "unix", socketPath: DEFAULT_DOCKER_SOCKET };
    if (!path.startsWith("/")) throw badHost(raw, "the socket path must be absolute");
    return { kind: "unix", socketPath: path };
  }
  if (scheme === "tcp") {
    let verify = nonEmpty(env.DOCKER_TLS_VERIFY), tlsOn = verify || nonEmpty(env.DOCKER_TLS) || nonEmpty(env.DOCKER_CERT_PATH), { host, port } = parseHostPort(raw, tlsOn ? 2376 : 2375);
    if (!tlsOn) return { kind: "tcp", host, port };
    let dir = nonEmpty(env.DOCKER_CERT_PATH) ? env.DOCKER_CERT_PATH : join(dockerHome(env), ".docker");
    return {
      kind: "tcp",
      host,
      port,
      tls: {
        ...verify ? { ca: readCert(dir, "ca.pem") } : {},
        cert: readCert(dir, "cert.pem"),
        key: readCert(dir, "key.pem"),
        verify
      }
    };
  }
  let why = scheme ? `the ${scheme}:// scheme is not supported` : "it has no scheme (a bare path or host is not accepted)";
  throw badHost(raw, why);
}
function describeEndpoint(endpoint) {
  return endpoint.kind === "unix" ? `unix://${endpoint.socketPath}` : `tcp://${endpoint.host.includes(":") ? `[${endpoint.host}]` : endpoint.host}:${endpoint.port}`;
}
function openSocket(endpoint) {
  return new Promise((resolve, reject) => {
    let socket, event = "connect";
    if (endpoint.kind === "unix")
      socket = netConnect({ path: endpoint.socketPath });
    else if (endpoint.tls) {
      let { tls } = endpoint;
      event = "secureConnect", socket = tlsConnect({
        host: endpoint.host,
        port: endpoint.port,
        ca: tls.ca,
        cert: tls.cert,
        key: tls.key,
        rejectUnauthorized: tls.verify,
        // an IP address is not a valid SNI name
        .../^[\d.]+$|:/.test(endpoint.host) ? {} : { servername: endpoint.host }
      });
    } else
      socket = netConnect({ host: endpoint.host, port: endpoint.port });
    let onError = (error) => reject(error);
    socket.once("error", onError), socket.once(event, () => {
      socket.off("error", onError), resolve(socket);
    });
  });
}
function parseHostPort(raw, defaultPort) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw badHost(raw, "it is not a valid address");
  }
  if (!url.hostname) throw badHost(raw, "it names no host");
  if (url.pathname !== "" && url.pathname !== "/") throw badHost(raw, "a tcp:// address takes no path");
  let port = url.port === "" ? defaultPort : Number(url.port);
  return { host: url.hostname.replace(/^\[(.*)\]$/, "$1"), port };
}
function readCert(dir, name) {
  let path = join(dir, name);
  try {
    return (0, import_node_fs.readFileSync)(path);
  } catch (error) {
    throw new SandboxError(
      `cannot read the Docker TLS file ${path} (${error.code ?? String(error)})`,
      "TLS to the Docker engine is on (DOCKER_TLS_VERIFY, DOCKER_TLS or DOCKER_CERT_PATH is set): put ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ~/.docker), or unset those variables",
      { cause: error }
    );
  }
}
function badHost(value, why) {
  return new SandboxError(
    `DOCKER_HOST=${JSON.stringify(value)} is not usable: ${why}`,
    `set DOCKER_HOST to ${ACCEPTED}, or unset it for ${DEFAULT_DOCKER_SOCKET}`
  );
}
function dockerHome(env) {
  return nonEmpty(env.HOME) ? env.HOME : homedir();
}
function nonEmpty(value) {
  return value !== void 0 && value !== "";
}

export {
  DEFAULT_DOCKER_SOCKET,
  resolveDockerEndpoint,
  describeEndpoint,
  openSocket
};
