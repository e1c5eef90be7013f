// The Docker client's failures, each saying which engine, which request and how to fix it. All are
// SandboxErrors, so the CLI exits with code 3.
import { SandboxError } from "../types.js";
import { type DockerEndpoint, describeEndpoint } from "./endpoint.js";

/** The engine answered with an error status. */
export class DockerApiError extends SandboxError {
  readonly endpoint: string;

  constructor(
    endpoint: DockerEndpoint,
    readonly method: string,
    readonly path: string,
    readonly status: number,
    readonly engineMessage: string,
  ) {
    super(
      `the Docker engine at ${describeEndpoint(endpoint)} refused ${method} ${path} (${status}): ${engineMessage}`,
      // Docker 29.0-29.2 refuse API versions below 1.44 this way
      /client version .* too old/i.test(engineMessage)
        ? 'this engine no longer accepts the API version sandbox-action speaks: upgrade sandbox-action, or set "min-api-version" in /etc/docker/daemon.json'
        : undefined,
    );
    this.name = "DockerApiError";
    this.endpoint = describeEndpoint(endpoint);
  }
}

/** The engine could not be reached at all, or not in time. */
export class DockerUnreachableError extends SandboxError {
  readonly endpoint: string;

  constructor(endpoint: DockerEndpoint, message: string, hint: string, options?: ErrorOptions) {
    super(message, hint, options);
    this.name = "DockerUnreachableError";
    this.endpoint = describeEndpoint(endpoint);
  }
}

/** A request to a reachable engine got no (complete) answer within its timeout. */
export class DockerTimeoutError extends SandboxError {
  readonly endpoint: string;

  constructor(endpoint: DockerEndpoint, method: string, path: string, timeoutMs: number) {
    super(
      `the Docker engine at ${describeEndpoint(endpoint)} did not answer ${method} ${path} within ${timeoutMs} ms`,
      "the engine may be overloaded or hung; check `docker info` (or `systemctl status docker`) and retry",
    );
    this.name = "DockerTimeoutError";
    this.endpoint = describeEndpoint(endpoint);
  }
}

const START_DOCKER =
  "start Docker (`sudo systemctl start docker`, or Docker Desktop), or set DOCKER_HOST to the engine's address " +
  "(Podman: `systemctl --user start podman.socket` and DOCKER_HOST=unix://$XDG_RUNTIME_DIR/podman/podman.sock)";

const PERMISSION =
  "add your user to the docker group (`sudo usermod -aG docker $USER`, then log in again), use rootless " +
  "Docker/Podman and point DOCKER_HOST at its socket, or run with --backend local";

const CHECK_TLS =
  "check DOCKER_HOST (2376 is Docker's TLS port, 2375 plain), DOCKER_TLS_VERIFY and the ca.pem/cert.pem/key.pem in DOCKER_CERT_PATH";

/** Why a connection attempt failed, in words a user can act on. */
export function unreachable(endpoint: DockerEndpoint, error: unknown): DockerUnreachableError {
  const where = describeEndpoint(endpoint);
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  const at = endpoint.kind === "unix" ? `the socket ${endpoint.socketPath}` : where;
  const say = (what: string, hint: string) =>
    new DockerUnreachableError(endpoint, `cannot reach the Docker engine at ${where}: ${what}`, hint, {
      cause: error,
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
        `${START_DOCKER}; check firewalls for a tcp:// DOCKER_HOST`,
      );
    case "ECONNRESET":
    case "EPIPE":
    case "UND_ERR_SOCKET":
      return say(
        `the connection was closed before an answer (${code}: ${detail})`,
        endpoint.kind === "tcp" ? CHECK_TLS : "check that DOCKER_HOST points at a Docker-compatible engine",
      );
  }
  if (code && /CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME/i.test(code)) {
    return say(`the TLS handshake failed (${code}: ${detail})`, CHECK_TLS);
  }
  return say(code ? `${code}: ${detail}` : detail, START_DOCKER);
}

/** Names the engine's silence the same way whoever noticed it (probe, connect, handshake). */
export function noAnswer(endpoint: DockerEndpoint, timeoutMs: number): DockerUnreachableError {
  return new DockerUnreachableError(
    endpoint,
    `cannot reach the Docker engine at ${describeEndpoint(endpoint)}: no answer within ${timeoutMs} ms`,
    `${START_DOCKER}; a hung daemon also looks like this (\`systemctl status docker\`)`,
  );
}

/** The engine's own words from an error body: JSON {message} (Docker and Podman), else the text. */
export function engineMessage(body: string, status: number): string {
  try {
    const parsed = JSON.parse(body) as { message?: unknown };
    if (typeof parsed?.message === "string" && parsed.message) return parsed.message;
  } catch {
    // not JSON: a proxy's page or plain text
  }
  return body.trim().slice(0, 500) || `HTTP ${status}`;
}

const CONNECTION_CODES = new Set([
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
  "UND_ERR_SOCKET",
]);

/** A failure to talk to the engine at all, as opposed to a bug or a bad answer. */
export function isConnectionError(error: unknown): boolean {
  const code = errorCode(error);
  return (
    code !== undefined &&
    (CONNECTION_CODES.has(code) || /CERT|SSL|TLS|SELF_SIGNED|HOSTNAME|ALTNAME/i.test(code))
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}
