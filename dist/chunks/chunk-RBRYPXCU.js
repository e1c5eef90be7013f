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
    description: "Where the sandbox runs: `local` (bubblewrap namespaces, no daemon), `docker` (a container through the Docker Engine API; Podman's works too), or `auto` (docker when an engine answers at DOCKER_HOST or /var/run/docker.sock, else local). `kubernetes` and `nomad` are not available yet."
  },
  {
    name: "image",
    kind: "string",
    default: "node:24-bookworm-slim",
    valueName: "IMAGE",
    description: "Container image (docker backend). It needs /bin/sh and nothing else: the server is mounted in, and runs on the host's Node when the image is glibc-based (or on the image's own `node`). Pulled when the engine does not have it."
  },
  {
    name: "read-only-root",
    kind: "enum",
    values: ["false", "true"],
    default: "false",
    description: "Mount the container image's root filesystem read-only (docker backend); /workspace and /tmp stay writable. The local backend's root is always read-only."
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
  if (backend === "kubernetes" || backend === "nomad")
    throw new ConfigError(
      `backend: "${backend}" is not available in this version; use local, docker or auto`
    );
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
  let env = parseEnvEntries(splitList(raw.env)), image = single(optionSpec("image"), raw);
  if (/\s/.test(image)) throw new ConfigError(`image: "${image}" is not an image name (no spaces allowed)`);
  return {
    backend,
    backendReason: backend === "auto" ? "auto: docker when an engine answers, else local" : `${backend}: chosen by configuration`,
    workspace,
    workspaceMode: enumValue("workspace-mode", raw),
    network,
    env,
    timeoutMs: duration("timeout", raw),
    readyTimeoutMs: duration("ready-timeout", raw),
    image,
    readOnlyRoot: enumValue("read-only-root", raw) === "true"
  };
}

export {
  OPTIONS,
  ConfigError,
  resolveConfig
};
