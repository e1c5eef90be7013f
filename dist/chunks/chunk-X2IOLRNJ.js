import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);

// src/config/resolve.ts
import { statSync } from "node:fs";
import { resolve } from "node:path";

// src/config/options.ts
var BACKENDS = ["local", "docker", "kubernetes", "nomad", "auto"], NETWORK_POLICIES = ["none", "allowlist", "open"], WORKSPACE_MODES = ["rw", "ro"], OPTIONS = [
  {
    name: "backend",
    kind: "enum",
    values: BACKENDS,
    default: "local",
    description: "Where the sandbox runs. This version implements `local` (bubblewrap namespaces)."
  },
  {
    name: "workspace",
    kind: "path",
    description: "Host directory mounted at /workspace inside the sandbox.",
    default: ".",
    valueName: "DIR"
  },
  {
    name: "workspace-mode",
    kind: "enum",
    values: WORKSPACE_MODES,
    default: "rw",
    description: "Mount the workspace read-write (`rw`) or read-only (`ro`)."
  },
  {
    name: "network",
    kind: "enum",
    values: NETWORK_POLICIES,
    default: "none",
    description: "Network policy: `none` (loopback only) or `open` (the host's network). `allowlist` is not available yet."
  },
  {
    name: "env",
    kind: "list",
    valueName: "KEY=VALUE",
    description: "Environment variables for the sandbox; nothing else of the host's environment enters it."
  },
  {
    name: "timeout",
    kind: "duration",
    default: "2m",
    description: "Default time limit of one run_command call (the call's `timeout_ms` overrides it)."
  },
  {
    name: "ready-timeout",
    kind: "duration",
    default: "30s",
    description: "How long the sandbox's server may take to become ready before provisioning fails."
  }
];
function optionSpec(name) {
  let spec = OPTIONS.find((option) => option.name === name);
  if (!spec) throw new Error(`no option named ${name}`);
  return spec;
}

// src/config/units.ts
var DURATION_UNITS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 }, SIZE_UNITS = { "": 1, b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseDuration(text) {
  let match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!match) return;
  let value = Number(match[1]) * (DURATION_UNITS[(match[2] ?? "ms").toLowerCase()] ?? 1);
  return Number.isFinite(value) ? Math.round(value) : void 0;
}

// src/config/resolve.ts
var ConfigError = class extends Error {
  name = "ConfigError";
}, ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;
function splitList(value) {
  return (Array.isArray(value) ? value : value === void 0 ? [] : [value]).flatMap((part) => part.split(/\r?\n/)).map((entry) => entry.trim()).filter(Boolean);
}
function single(spec, raw) {
  let value = raw[spec.name], trimmed = (Array.isArray(value) ? value.at(-1) : value)?.trim();
  return trimmed === void 0 || trimmed === "" ? spec.default : trimmed;
}
function enumValue(name, raw) {
  let spec = optionSpec(name), value = single(spec, raw);
  if (!spec.values?.includes(value))
    throw new ConfigError(`${name}: "${value}" is not one of ${spec.values?.join(", ")}`);
  return value;
}
function duration(name, raw) {
  let spec = optionSpec(name), value = single(spec, raw), ms = parseDuration(value);
  if (ms === void 0 || ms <= 0)
    throw new ConfigError(
      `${name}: "${value}" is not a duration; write e.g. 500ms, 30s, 5m (a bare number is milliseconds)`
    );
  return ms;
}
function parseEnvEntries(entries, option = "env") {
  let env = {};
  for (let entry of entries) {
    let eq = entry.indexOf("="), key = eq < 0 ? entry : entry.slice(0, eq);
    if (eq < 0 || !ENV_KEY.test(key))
      throw new ConfigError(`${option}: "${entry}" is not KEY=VALUE with a KEY of letters, digits and _`);
    env[key] = entry.slice(eq + 1);
  }
  return env;
}
function resolveConfig(raw, context = { cwd: process.cwd() }) {
  for (let name of Object.keys(raw))
    if (!OPTIONS.some((option) => option.name === name)) throw new ConfigError(`unknown option "${name}"`);
  let backend = enumValue("backend", raw);
  if (backend !== "local" && backend !== "auto")
    throw new ConfigError(`backend: "${backend}" is not available in this version; use local`);
  let network = enumValue("network", raw);
  if (network === "allowlist")
    throw new ConfigError('network: "allowlist" is not available in this version; use none or open');
  let workspaceText = single(optionSpec("workspace"), raw), workspace = resolve(context.cwd, workspaceText), isDirectory = !1;
  try {
    isDirectory = statSync(workspace).isDirectory();
  } catch {
  }
  if (!isDirectory)
    throw new ConfigError(`workspace: "${workspaceText}" (${workspace}) is not an existing directory`);
  let env = parseEnvEntries(splitList(raw.env));
  return {
    backend: "local",
    backendReason: backend === "auto" ? "auto: local is the only backend in this version" : "local: chosen by configuration",
    workspace,
    workspaceMode: enumValue("workspace-mode", raw),
    network,
    env,
    timeoutMs: duration("timeout", raw),
    readyTimeoutMs: duration("ready-timeout", raw)
  };
}

export {
  OPTIONS,
  ConfigError,
  resolveConfig
};
