var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  DockerApiError: () => DockerApiError,
  DockerTimeoutError: () => DockerTimeoutError,
  engineMessage: () => engineMessage,
  isConnectionError: () => isConnectionError,
  noAnswer: () => noAnswer,
  pingDocker: () => pingDocker,
  unreachable: () => unreachable
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_PVBJI2MO = require("./chunk-PVBJI2MO.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_http = __toESM(require("node:http"));
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var DockerApiError = class extends import_chunk_GTVJVVCB.SandboxError {
  constructor(endpoint, method, path, status, engineMessage2) {
    super(
      `the Docker engine at ${(0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint)} refused ${method} ${path} (${status}): ${engineMessage2}`,
      // Docker 29.0-29.2 refuse API versions below 1.44 this way
      /client version .* too old/i.test(engineMessage2) ? 'this engine no longer accepts the API version sandbox-action speaks: upgrade sandbox-action, or set "min-api-version" in /etc/docker/daemon.json' : void 0
    ), this.method = method, this.path = path, this.status = status, this.engineMessage = engineMessage2, this.name = "DockerApiError", this.endpoint = (0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint);
  }
  method;
  path;
  status;
  engineMessage;
  endpoint;
}, DockerUnreachableError = class extends import_chunk_GTVJVVCB.SandboxError {
  endpoint;
  constructor(endpoint, message, hint, options) {
    super(message, hint, options), this.name = "DockerUnreachableError", this.endpoint = (0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint);
  }
}, DockerTimeoutError = class extends import_chunk_GTVJVVCB.SandboxError {
  endpoint;
  constructor(endpoint, method, path, timeoutMs) {
    super(
      `the Docker engine at ${(0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint)} did not answer ${method} ${path} within ${timeoutMs} ms`,
      "the engine may be overloaded or hung; check `docker info` (or `systemctl status docker`) and retry"
    ), this.name = "DockerTimeoutError", this.endpoint = (0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint);
  }
}, START_DOCKER = "start Docker (`sudo systemctl start docker`, or Docker Desktop), or set DOCKER_HOST to the engine's address (Podman: `systemctl --user start podman.socket` and DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock)", PERMISSION = "add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), use rootless Docker/Podman and point DOCKER_HOST at its socket, or run with --backend local", CHECK_TLS = "check DOCKER_HOST (2376 is Docker's TLS port, 2375 plain), DOCKER_TLS_VERIFY and the ca.pem/cert.pem/key.pem in DOCKER_CERT_PATH";
function unreachable(endpoint, error) {
  let where = (0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint), code = errorCode(error), detail = error instanceof Error ? error.message : String(error), at = endpoint.kind === "unix" ? `the socket ${endpoint.socketPath}` : where, say = (what, hint) => new DockerUnreachableError(endpoint, `cannot reach the Docker engine at ${where}: ${what}`, hint, {
    cause: error
  });
  switch (code) {
    case "ENOENT":
      return say(`${at} does not exist (ENOENT)`, START_DOCKER);
    case "ECONNREFUSED":
      return say(`nothing listens at ${at} (ECONNREFUSED)`, START_DOCKER);
    case "EACCES":
    case "EPERM":
      return say(`permission denied on ${at} (${code})`, PERMISSION);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return say(`the host name does not resolve (${code})`, "check the host in DOCKER_HOST");
    case "ETIMEDOUT":
    case "UND_ERR_CONNECT_TIMEOUT":
      return say(
        `the connection timed out (${code})`,
        `${START_DOCKER}; check firewalls for a tcp:// DOCKER_HOST`
      );
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return say(
        `the connection was closed before an answer (${code}: ${detail})`,
        endpoint.kind === "tcp" ? CHECK_TLS : "check that DOCKER_HOST points at a Docker-compatible engine"
      );
  }
  return code && /CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME/i.test(code) ? say(`the TLS handshake failed (${code}: ${detail})`, CHECK_TLS) : say(code ? `${code}: ${detail}` : detail, START_DOCKER);
}
function noAnswer(endpoint, timeoutMs) {
  return new DockerUnreachableError(
    endpoint,
    `cannot reach the Docker engine at ${(0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint)}: no answer within ${timeoutMs} ms`,
    `${START_DOCKER}; a hung daemon also looks like this (\`systemctl status docker\`)`
  );
}
function engineMessage(body, status) {
  try {
    let parsed = JSON.parse(body);
    if (typeof parsed?.message == "string" && parsed.message) return parsed.message;
  } catch {
  }
  return body.trim().slice(0, 500) || `HTTP ${status}`;
}
var CONNECTION_CODES = /* @__PURE__ */ new Set([
  "ENOENT",
  "ECONNREFUSED",
  "EACCES",
  "EPERM",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ETIMEDOUT",
  "ECONNRESET",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_SOCKET"
]);
function isConnectionError(error) {
  let code = errorCode(error);
  return code !== void 0 && (CONNECTION_CODES.has(code) || /CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME/i.test(code));
}
function errorCode(error) {
  let code = error?.code;
  return typeof code == "string" ? code : void 0;
}
async function pingDocker(endpoint, timeoutMs = 500) {
  return new Promise((resolve) => {
    let settled = !1, finish = (result) => {
      settled || (settled = !0, clearTimeout(timer), req?.destroy(), resolve(result));
    }, fail = (error) => finish({ ok: !1, reason: unreachable(endpoint, error).message }), timer = setTimeout(
      () => finish({ ok: !1, reason: noAnswer(endpoint, timeoutMs).message }),
      timeoutMs
    ), req;
    (0, import_chunk_PVBJI2MO.openSocket)(endpoint).then((socket) => {
      if (settled) return socket.destroy();
      req = import_node_http.default.request({
        method: "GET",
        path: "/_ping",
        headers: { Host: "docker" },
        createConnection: () => socket
      }), req.once("response", (response) => {
        response.resume(), response.statusCode === 200 ? finish({ ok: !0 }) : finish({
          ok: !1,
          reason: `the engine at ${(0, import_chunk_PVBJI2MO.describeEndpoint)(endpoint)} answered /_ping with HTTP ${response.statusCode}`
        });
      }), req.once("error", fail), req.end();
    }, fail);
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DockerApiError,
  DockerTimeoutError,
  engineMessage,
  isConnectionError,
  noAnswer,
  pingDocker,
  unreachable
});
