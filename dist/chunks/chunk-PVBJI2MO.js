var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  DEFAULT_DOCKER_SOCKET: () => DEFAULT_DOCKER_SOCKET,
  describeEndpoint: () => describeEndpoint,
  openSocket: () => openSocket,
  resolveDockerEndpoint: () => resolveDockerEndpoint
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_net = require("node:net"), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_tls = require("node:tls");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
    let dir = nonEmpty(env.DOCKER_CERT_PATH) ? env.DOCKER_CERT_PATH : (0, import_node_path.join)(dockerHome(env), ".docker");
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
      socket = (0, import_node_net.connect)({ path: endpoint.socketPath });
    else if (endpoint.tls) {
      let { tls } = endpoint;
      event = "secureConnect", socket = (0, import_node_tls.connect)({
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
      socket = (0, import_node_net.connect)({ host: endpoint.host, port: endpoint.port });
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
  let path = (0, import_node_path.join)(dir, name);
  try {
    return (0, import_node_fs.readFileSync)(path);
  } catch (error) {
    throw new import_chunk_GTVJVVCB.SandboxError(
      `cannot read the Docker TLS file ${path} (${error.code ?? String(error)})`,
      "TLS to the Docker engine is on (DOCKER_TLS_VERIFY, DOCKER_TLS or DOCKER_CERT_PATH is set): put ca.pem, cert.pem and key.pem in DOCKER_CERT_PATH (default ~/.docker), or unset those variables",
      { cause: error }
    );
  }
}
function badHost(value, why) {
  return new import_chunk_GTVJVVCB.SandboxError(
    `DOCKER_HOST=${JSON.stringify(value)} is not usable: ${why}`,
    `set DOCKER_HOST to ${ACCEPTED}, or unset it for ${DEFAULT_DOCKER_SOCKET}`
  );
}
function dockerHome(env) {
  return nonEmpty(env.HOME) ? env.HOME : (0, import_node_os.homedir)();
}
function nonEmpty(value) {
  return value !== void 0 && value !== "";
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
});
