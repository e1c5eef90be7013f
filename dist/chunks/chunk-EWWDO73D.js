import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  protectedPathList
} from "./chunk-RLH6FFZM.js";
import {
  CLIENT_CA_ENV,
  generateIdentity,
  readServerCa
} from "./chunk-XLGWE5QJ.js";
import {
  LABEL_MANAGED,
  LABEL_RUN_ID,
  SandboxError
} from "./chunk-J2N5A2XW.js";

// src/host/audit.ts
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var REDACTED = "[REDACTED]", AuditLog = class {
  constructor(path) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: !0 }), appendFileSync(path, "", { mode: 384 });
  }
  path;
  /** secrets as they appear inside a JSON string, longest first */
  secrets = [];
  /**
   * Never writes `secret` from now on: an agent may echo it in arguments (or a sandbox in an error
   * message), and the audit log is kept and shared long after the run.
   */
  redact(secret) {
    if (secret.length === 0) return;
    let escaped = JSON.stringify(secret).slice(1, -1);
    this.secrets.includes(escaped) || (this.secrets.push(escaped), this.secrets.sort((a, b) => b.length - a.length));
  }
  record(entry) {
    let line = JSON.stringify(entry);
    for (let secret of this.secrets) line = line.replaceAll(secret, REDACTED);
    appendFileSync(this.path, `${line}
`);
  }
};

// src/host/session.ts
import { randomBytes } from "node:crypto";
import { createSecureContext } from "node:tls";

// src/host/server-bundle.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var SERVER_BUNDLE_ENV = "SANDBOX_ACTION_SERVER_BUNDLE";
function serverBundlePath() {
  let override = process.env[SERVER_BUNDLE_ENV];
  if (override) return override;
  for (let relative of ["./sandbox-server.js", "../sandbox-server.js"]) {
    let candidate = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(
    `cannot find sandbox-server.js beside ${fileURLToPath(import.meta.url)}; rebuild with npm run build`
  );
}

// src/host/session.ts
var LOG_LINES = 50;
function newRunId() {
  return `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}
async function startSession(backend, config, options = {}) {
  let started = performance.now(), runId = options.runId ?? newRunId(), identity = generateIdentity("client"), spec = {
    runId,
    labels: { [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId },
    workspace: config.workspace,
    workspaceMode: config.workspaceMode,
    network: config.network,
    env: config.env,
    limits: config.limits ?? {},
    protectedPaths: protectedPathList(config.protectedPaths),
    image: config.image,
    readOnlyRoot: config.readOnlyRoot,
    entrypoint: {
      script: options.serverBundle ?? serverBundlePath(),
      args: (listen) => ["--listen", listen],
      env: {
        [CLIENT_CA_ENV]: identity.caCertPem,
        SANDBOX_WORKSPACE: "/workspace",
        SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs),
        ...config.maxOutputBytes ? { SANDBOX_MAX_OUTPUT_BYTES: String(config.maxOutputBytes) } : {}
      }
    }
  }, sandbox = await backend.create(spec), createdMs = performance.now() - started, connectModule = import("./connect-OZ7CV7PH.js");
  connectModule.catch(() => {
  }), createSecureContext({ key: identity.keyPem, cert: identity.certPem });
  let log = [], remember = (line) => {
    log.push(line), log.length > LOG_LINES && log.shift();
  }, pendingErr = "";
  sandbox.stderr.on("data", (chunk) => {
    let lines = (pendingErr + chunk.toString()).split(`
`);
    pendingErr = lines.pop() ?? "";
    for (let line of lines) remember(line);
  });
  let serverLog = () => [...log, pendingErr].filter(Boolean).join(`
`), connection;
  try {
    let serverCaPem = await readServerCa(sandbox.stdout, {
      timeoutMs: config.readyTimeoutMs,
      onOtherLine: remember,
      abort: sandbox.exited
    }), serverReadyMs = performance.now() - started;
    sandbox.stdout.on("data", (chunk) => remember(chunk.toString().trimEnd()));
    let { connectMcp } = await connectModule;
    connection = await connectMcp({ openChannel: () => sandbox.openChannel(), identity, serverCaPem });
    let readySinceProcessStartMs = performance.now(), initializedMs = readySinceProcessStartMs - started, conn = connection, closing;
    return {
      sandbox,
      client: conn.client,
      runId,
      timings: { createdMs, serverReadyMs, initializedMs, readySinceProcessStartMs },
      serverLog,
      close: () => (closing ??= (async () => {
        await conn.close(), await sandbox.destroy();
      })(), closing)
    };
  } catch (error) {
    if (await connection?.close().catch(() => {
    }), await new Promise((resolve) => setImmediate(resolve)), await sandbox.destroy().catch(() => {
    }), error instanceof SandboxError) throw error;
    let detail = serverLog();
    throw new SandboxError(
      `the sandbox's server did not become ready: ${error.message}${detail ? `
server output:
${detail}` : ""}`,
      void 0,
      { cause: error }
    );
  }
}

export {
  AuditLog,
  startSession
};
