import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  AuditLog,
  startSession
} from "./chunk-B72V4FQ7.js";
import {
  loadBackend
} from "./chunk-PNHMOIAV.js";
import "./chunk-XLGWE5QJ.js";
import {
  SandboxUnreachableError,
  TOOL_NAMES,
  callTool,
  formatCallHuman,
  isToolName,
  reportSandboxError
} from "./chunk-PCQLKJZD.js";
import {
  SandboxError
} from "./chunk-J2N5A2XW.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-U64KAQTI.js";
import {
  EXIT
} from "./chunk-JJXJEGS3.js";
import "./chunk-SMSWNY2J.js";

// src/cli/commands/run.ts
import { resolve } from "node:path";

// src/cli/calls.ts
import { readFile } from "node:fs/promises";
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
