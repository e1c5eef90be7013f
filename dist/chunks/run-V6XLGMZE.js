import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  ConfigError,
  resolveConfig
} from "./chunk-U64KAQTI.js";
import {
  LABEL_MANAGED,
  LABEL_RUN_ID,
  SandboxError
} from "./chunk-J2N5A2XW.js";
import {
  CLIENT_CA_ENV,
  generateIdentity,
  readServerCa
} from "./chunk-XLGWE5QJ.js";
import {
  EXIT
} from "./chunk-JJXJEGS3.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/run.ts
import { resolve } from "node:path";

// src/backends/index.ts
async function loadBackend(name) {
  if (name === "local") {
    let { createLocalBackend } = await import("./local-O3HOMVLF.js");
    return createLocalBackend();
  } else
    throw new Error(`backend ${name} is not available in this version`);
}

// src/host/audit.ts
import { appendFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
var AuditLog = class {
  constructor(path) {
    this.path = path;
    mkdirSync(dirname(path), { recursive: !0 }), appendFileSync(path, "", { mode: 384 });
  }
  path;
  record(entry) {
    appendFileSync(this.path, `${JSON.stringify(entry)}
`);
  }
};

// src/host/call.ts
function isJsonRpcError(error) {
  return error instanceof Error && error.name === "McpError" && typeof error.code == "number";
}
var REQUEST_MARGIN_MS = 3e4, SandboxUnreachableError = class extends Error {
  name = "SandboxUnreachableError";
};
async function callTool(client, tool, args, defaultTimeoutMs) {
  let started = performance.now(), ownTimeout = typeof args.timeout_ms == "number" ? args.timeout_ms : 0;
  try {
    let result = await client.callTool({ name: tool, arguments: args }, void 0, {
      timeout: Math.max(defaultTimeoutMs, ownTimeout) + REQUEST_MARGIN_MS
    }), text = (Array.isArray(result.content) ? result.content : []).map((item) => item.type === "text" ? item.text : `[${item.type} content]`).join(`
`);
    return {
      tool,
      isError: result.isError === !0,
      text,
      ...result.structuredContent ? { structuredContent: result.structuredContent } : {},
      duration_ms: Math.round(performance.now() - started)
    };
  } catch (error) {
    if (isJsonRpcError(error) && error.code !== -32001)
      return {
        tool,
        isError: !0,
        text: error.message,
        duration_ms: Math.round(performance.now() - started)
      };
    throw new SandboxUnreachableError(`${tool}: ${error.message}`, { cause: error });
  }
}

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
    limits: {},
    entrypoint: {
      script: options.serverBundle ?? serverBundlePath(),
      args: (listen) => ["--listen", listen],
      env: {
        [CLIENT_CA_ENV]: identity.caCertPem,
        SANDBOX_WORKSPACE: "/workspace",
        SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs)
      }
    }
  }, sandbox = await backend.create(spec), createdMs = performance.now() - started, connectModule = import("./connect-MHPCWYIY.js");
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
    }), await new Promise((resolve2) => setImmediate(resolve2)), await sandbox.destroy().catch(() => {
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

// src/cli/calls.ts
import { readFile } from "node:fs/promises";

// src/tools.ts
var TOOL_NAMES = [
  "run_command",
  "read_file",
  "write_file",
  "edit_file",
  "list_directory",
  "search_files"
];
function isToolName(name) {
  return TOOL_NAMES.includes(name);
}

// src/cli/calls.ts
async function readAll(stream) {
  let chunks = [];
  for await (let chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}
async function parseText(text, source) {
  let trimmed = text.trimStart();
  if (source.endsWith(".json") || trimmed.startsWith("[") || trimmed.startsWith("{"))
    try {
      return JSON.parse(text);
    } catch (error) {
      if (source.endsWith(".json"))
        throw new ConfigError(`${source}: not valid JSON: ${error.message}`);
    }
  let yaml = await import("./dist-3WELRAGO.js"), parse = yaml.default?.parse ?? yaml.parse;
  try {
    return parse(text);
  } catch (error) {
    throw new ConfigError(`${source}: not valid YAML: ${error.message.split(`
`)[0]}`);
  }
}
function validateCalls(value, source) {
  if (!Array.isArray(value))
    throw new ConfigError(
      `${source}: expected a list of {tool, args} items, got ${value === null ? "null" : typeof value}`
    );
  if (value.length === 0) throw new ConfigError(`${source}: the list of calls is empty`);
  return value.map((item, index) => {
    let where = `${source}: call ${index + 1}`;
    if (typeof item != "object" || item === null || Array.isArray(item))
      throw new ConfigError(`${where}: expected an object with "tool" and "args"`);
    let { tool, args, ...rest } = item, extra = Object.keys(rest);
    if (extra.length > 0)
      throw new ConfigError(
        `${where}: unknown key ${extra.map((k) => `"${k}"`).join(", ")} (allowed: tool, args)`
      );
    if (typeof tool != "string") throw new ConfigError(`${where}: "tool" must be a string`);
    if (!isToolName(tool))
      throw new ConfigError(`${where}: unknown tool "${tool}"; the tools are ${TOOL_NAMES.join(", ")}`);
    if (args !== void 0 && (typeof args != "object" || args === null || Array.isArray(args)))
      throw new ConfigError(`${where} (${tool}): "args" must be an object`);
    return { tool, args: args ?? {} };
  });
}
async function loadCalls(file, stdin = process.stdin) {
  let text, source = file === "-" ? "<stdin>" : file;
  try {
    text = file === "-" ? await readAll(stdin) : await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(
      `cannot read calls file ${source}: ${error.code ?? error.message}`
    );
  }
  return validateCalls(await parseText(text, source), source);
}

// src/cli/output.ts
var SUMMARY_ARG_CHARS = 100;
function shortArgs(args) {
  let text = JSON.stringify(args);
  return text.length > SUMMARY_ARG_CHARS ? `${text.slice(0, SUMMARY_ARG_CHARS - 1)}\u2026` : text;
}
function formatCallHuman(args, result) {
  let status = result.isError ? "error" : "ok", body = result.text.endsWith(`
`) || result.text === "" ? result.text : `${result.text}
`;
  return `\u2500\u2500 ${result.tool} ${shortArgs(args)} \xB7 ${status} \xB7 ${result.duration_ms} ms
${body}`;
}
function reportSandboxError(stderr, error) {
  if (error instanceof SandboxError) {
    stderr.write(`sandbox-action: ${error.message}
`), error.hint && stderr.write(`  fix: ${error.hint}
`);
    return;
  }
  stderr.write(`sandbox-action: sandbox failure: ${error?.stack ?? String(error)}
`);
}

// src/cli/commands/run.ts
async function execute(args, io) {
  let callsFile = args.flags.calls;
  if (typeof callsFile != "string")
    throw new ConfigError("--calls FILE|- is required (a YAML or JSON list of {tool, args})");
  let config = resolveConfig(args.options, { cwd: io.cwd }), calls = await loadCalls(callsFile === "-" ? "-" : resolve(io.cwd, callsFile), io.stdin), json = args.flags.json === !0, auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new AuditLog(resolve(io.cwd, auditPath)) : void 0, session;
  try {
    session = await startSession(await loadBackend(config.backend), config);
  } catch (error) {
    return reportSandboxError(io.stderr, error), EXIT.sandbox;
  }
  let onSignal = (signal) => {
    io.stderr.write(`sandbox-action: ${signal}: tearing down the sandbox
`), session.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  };
  process.once("SIGINT", onSignal), process.once("SIGTERM", onSignal);
  let results = [], exit = EXIT.ok;
  try {
    for (let call of calls) {
      let result;
      try {
        result = await callTool(session.client, call.tool, call.args, config.timeoutMs);
      } catch (error) {
        if (!(error instanceof SandboxUnreachableError)) throw error;
        let log = session.serverLog();
        throw new SandboxError(
          `the sandbox stopped answering: ${error.message}${log ? `
server output:
${log}` : ""}`
        );
      }
      results.push(result), audit?.record({
        time: (/* @__PURE__ */ new Date()).toISOString(),
        run_id: session.runId,
        tool: call.tool,
        arguments: call.args,
        duration_ms: result.duration_ms,
        is_error: result.isError,
        ...typeof result.structuredContent?.exit_code == "number" ? { exit_code: result.structuredContent.exit_code } : {},
        result_bytes: Buffer.byteLength(result.text)
      }), result.isError && (exit = EXIT.callFailed), json || io.stdout.write(formatCallHuman(call.args, result));
    }
  } catch (error) {
    reportSandboxError(io.stderr, error), exit = EXIT.sandbox;
  } finally {
    process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal), await session.close().catch((error) => io.stderr.write(`sandbox-action: teardown: ${error.message}
`));
  }
  json && io.stdout.write(`${JSON.stringify(results, null, 2)}
`);
  let failed = results.filter((r) => r.isError).length;
  return io.stderr.write(
    `sandbox-action: ${results.length}/${calls.length} calls ran, ${failed} failed (${config.backend} backend, ready ${Math.round(session.timings.readySinceProcessStartMs)} ms after start)
`
  ), exit;
}
export {
  execute
};
