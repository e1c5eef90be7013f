import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  require_node_http
} from "./chunk-CRLZL5MS.js";
import {
  describeEndpoint,
  openSocket
} from "./chunk-EN24YJSC.js";
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/docker/ping.ts
init_web_globals();
var import_node_http = __toESM(require_node_http(), 1);

// src/backends/docker/errors.ts
init_web_globals();
var DockerApiError = class extends SandboxError {
  constructor(endpoint, method, path, status, engineMessage2) {
    super(
      `the Docker engine at ${describeEndpoint(endpoint)} refused ${method} ${path} (${status}): ${engineMessage2}`,
      // Docker 29.0-29.2 refuse API versions below 1.44 this way
      /client version .* too old/i.test(engineMessage2) ? 'this engine no longer accepts the API version sandbox-action speaks: upgrade sandbox-action, or set "min-api-version" in /etc/docker/daemon.json' : void 0
    );
    this.method = method;
    this.path = path;
    this.status = status;
    this.engineMessage = engineMessage2;
    this.name = "DockerApiError", this.endpoint = describeEndpoint(endpoint);
  }
  method;
  path;
  status;
  engineMessage;
  endpoint;
}, DockerUnreachableError = class extends SandboxError {
  endpoint;
  constructor(endpoint, message, hint, options) {
    super(message, hint, options), this.name = "DockerUnreachableError", this.endpoint = describeEndpoint(endpoint);
  }
}, DockerTimeoutError = class extends SandboxError {
  endpoint;
  constructor(endpoint, method, path, timeoutMs) {
    super(
      `the Docker engine at ${describeEndpoint(endpoint)} did not answer ${method} ${path} within ${timeoutMs} ms`,
      "the engine may be overloaded or hung; check `docker info` (or `systemctl status docker`) and retry"
    ), this.name = "DockerTimeoutError", this.endpoint = describeEndpoint(endpoint);
  }
}, START_DOCKER = "start Docker (`sudo systemctl start docker`, or Docker Desktop), or set DOCKER_HOST to the engine's address (Podman: `systemctl --user start podman.socket` and DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock)", PERMISSION = "add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), use rootless Docker/Podman and point DOCKER_HOST at its socket, or run with --backend local", CHECK_TLS = "check DOCKER_HOST (2376 is Docker's TLS port, 2375 plain), DOCKER_TLS_VERIFY and the ca.pem/cert.pem/key.pem in DOCKER_CERT_PATH";
function unreachable(endpoint, error) {
  let where = describeEndpoint(endpoint), code = errorCode(error), detail = error instanceof Error ? error.message : String(error), at = endpoint.kind === "unix" ? `the socket ${endpoint.socketPath}` : where, say = (what, hint) => new DockerUnreachableError(endpoint, `cannot reach the Docker engine at ${where}: ${what}`, hint, {
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
    `cannot reach the Docker engine at ${describeEndpoint(endpoint)}: no answer within ${timeoutMs} ms`,
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

// src/backends/docker/ping.ts
async function pingDocker(endpoint, timeoutMs = 500) {
  return new Promise((resolve) => {
    let settled = !1, finish = (result) => {
      settled || (settled = !0, clearTimeout(timer), req?.destroy(), resolve(result));
    }, fail = (error) => finish({ ok: !1, reason: unreachable(endpoint, error).message }), timer = setTimeout(
      () => finish({ ok: !1, reason: noAnswer(endpoint, timeoutMs).message }),
      timeoutMs
    ), req;
    openSocket(endpoint).then((socket) => {
      if (settled) return socket.destroy();
      req = import_node_http.default.request({
        method: "GET",
        path: "/_ping",
        headers: { Host: "docker" },
        createConnection: () => socket
      }), req.once("response", (response) => {
        response.resume(), response.statusCode === 200 ? finish({ ok: !0 }) : finish({
          ok: !1,
          reason: `the engine at ${describeEndpoint(endpoint)} answered /_ping with HTTP ${response.statusCode}`
        });
      }), req.once("error", fail), req.end();
    }, fail);
  });
}

export {
  DockerApiError,
  DockerTimeoutError,
  unreachable,
  noAnswer,
  engineMessage,
  isConnectionError,
  pingDocker
};
