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
  ConfigError: () => ConfigError,
  MAX_TIMEOUT_MS: () => MAX_TIMEOUT_MS,
  OPTIONS: () => OPTIONS,
  TOOL_NAMES: () => TOOL_NAMES,
  isToolName: () => isToolName,
  protectedPathList: () => protectedPathList,
  resolveConfig: () => resolveConfig
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
var MAX_TIMEOUT_MS = 2 ** 31 - 1;
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var GIT_DIR = ".git", GIT_ALWAYS_PROTECTED = [".git/hooks", ".git/config", ".git/info/attributes"], DEFAULT_PROTECTED_PATHS = [
  GIT_DIR,
  ...GIT_ALWAYS_PROTECTED,
  ".gitmodules",
  ".github/workflows",
  ".github/actions",
  ".mcp.json",
  ".claude",
  ".cursor",
  ".vscode",
  ".idea",
  ".devcontainer",
  // other agents' and editors' settings, which name commands to run (MCP servers, hooks, tasks)
  ".gemini",
  ".codex",
  ".zed",
  ".envrc",
  ".env",
  // package managers' settings that run programs on the next install or script
  // (npm's script-shell and node-options, yarn's yarnPath and yarn-path)
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml"
];
function protectedPathList(extra = [], options = {}) {
  let defaults = options.gitWritable ? DEFAULT_PROTECTED_PATHS.filter((path) => path !== GIT_DIR) : DEFAULT_PROTECTED_PATHS, submodules = options.workspace ? submoduleGitPaths(options.workspace) : [], seen = /* @__PURE__ */ new Set();
  for (let entry of [...defaults, ...submodules, ...extra]) seen.add(normalise(entry));
  return [...seen];
}
function normalise(entry) {
  let normal = import_node_path2.posix.normalize(entry.trim()).replace(/^(\.\/)+/, "").replace(/\/+$/, "");
  if (!normal || normal === "." || normal.startsWith("../") || normal === ".." || import_node_path2.posix.isAbsolute(normal))
    throw new Error(`protected path ${JSON.stringify(entry)} must be a path inside the workspace`);
  return normal;
}
var MAX_SUBMODULE_DEPTH = 8;
function submoduleGitPaths(workspace, depth = 0) {
  let gitDir = gitDirectory(workspace);
  if (!gitDir) return [];
  let index = readIfFile(import_node_path2.posix.join(gitDir, "index"));
  if (!index) return [];
  let hashLength = objectHashLength(gitDir), paths = gitlinkPaths(index, hashLength);
  for (let name of (0, import_node_fs2.readdirSync)(gitDir).filter((file) => file.startsWith("sharedindex."))) {
    let shared = readIfFile(import_node_path2.posix.join(gitDir, name));
    shared && paths.push(...gitlinkPaths(shared, hashLength));
  }
  let submodules = [...new Set(paths)].filter((path) => isSafeRelative(path)).sort(), nested = depth < MAX_SUBMODULE_DEPTH ? submodules.flatMap(
    (path) => submoduleGitPaths(import_node_path2.posix.join(workspace, path), depth + 1).map((inner) => `${path}/${inner}`)
  ) : [];
  return [...submodules.map((path) => `${path}/${GIT_DIR}`), ...nested];
}
function gitDirectory(workspace) {
  let dotGit = import_node_path2.posix.join(workspace, GIT_DIR), stat;
  try {
    stat = (0, import_node_fs2.lstatSync)(dotGit);
  } catch {
    return;
  }
  if (stat.isDirectory()) return dotGit;
  if (!stat.isFile()) return;
  let pointer = /^gitdir:\s*(.+?)\s*$/m.exec((0, import_node_fs2.readFileSync)(dotGit, "utf8"))?.[1];
  return pointer ? import_node_path2.posix.resolve(workspace, pointer) : void 0;
}
function readIfFile(path) {
  try {
    return (0, import_node_fs2.lstatSync)(path).isFile() ? (0, import_node_fs2.readFileSync)(path) : void 0;
  } catch {
    return;
  }
}
function objectHashLength(gitDir) {
  let commonDir = readIfFile(import_node_path2.posix.join(gitDir, "commondir"))?.toString("utf8").trim(), configDir = commonDir ? import_node_path2.posix.resolve(gitDir, commonDir) : gitDir, config = readIfFile(import_node_path2.posix.join(configDir, "config"))?.toString("utf8") ?? "";
  return /^\s*objectformat\s*=\s*sha256\s*$/im.test(config) ? 32 : 20;
}
var GITLINK_MODE = 57344, MODE_TYPE_MASK = 61440;
function gitlinkPaths(index, hashLength = 20) {
  let fail = (why) => {
    throw new Error(`cannot read the git index to find submodules (${why}); run \`git status\` to repair it`);
  };
  (index.length < 12 || index.toString("latin1", 0, 4) !== "DIRC") && fail("no DIRC signature");
  let version = index.readUInt32BE(4);
  (version < 2 || version > 4) && fail(`version ${version}`);
  let count = index.readUInt32BE(8), paths = [], offset = 12, previous = "";
  for (let i = 0; i < count; i++) {
    let start = offset, flagsAt = start + 40 + hashLength;
    flagsAt + 2 > index.length && fail("truncated");
    let mode = index.readUInt32BE(start + 24), flags = index.readUInt16BE(flagsAt);
    offset = flagsAt + 2 + (version >= 3 && flags & 16384 ? 2 : 0);
    let path;
    if (version === 4) {
      let [strip, next] = readVarint(index, offset);
      strip > previous.length && fail("bad path compression");
      let end = index.indexOf(0, next);
      end < 0 && fail("truncated"), path = previous.slice(0, previous.length - strip) + index.toString("utf8", next, end), offset = end + 1;
    } else {
      let end = index.indexOf(0, offset);
      end < 0 && fail("truncated"), path = index.toString("utf8", offset, end), offset = start + (end - start + 8 & -8);
    }
    previous = path, (mode & MODE_TYPE_MASK) === GITLINK_MODE && paths.push(path);
  }
  return paths;
}
function readVarint(buffer, at) {
  let offset = at, byte = buffer[offset++] ?? 0, value = byte & 127;
  for (; byte & 128; )
    byte = buffer[offset++] ?? 0, value = value + 1 << 7 | byte & 127;
  return [value, offset];
}
function isSafeRelative(path) {
  return path !== "" && !import_node_path2.posix.isAbsolute(path) && !path.split("/").some((part) => part === ".." || part === ".");
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var BACKENDS = ["local", "docker", "kubernetes", "nomad", "auto"], NETWORK_POLICIES = ["none", "allowlist", "open"], WORKSPACE_MODES = ["rw", "ro"], MODES = ["persistent", "ephemeral"], OPTIONS = [
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
    description: "Network policy: `none` (loopback only), `allowlist` (only HTTP(S) to `allowed-domains`, through the host's egress proxy; nothing else leaves), or `open` (the host's network)."
  },
  {
    name: "allowed-domains",
    kind: "list",
    valueName: "DOMAIN",
    description: "With `network: allowlist`: hosts the sandbox may reach over HTTP(S), exactly (`api.github.com`) or by suffix (`*.github.com`), optionally with a port (`example.com:8443`; default 80 and 443). Loopback, private, link-local and cloud-metadata addresses stay refused unless an address or CIDR range is listed explicitly (`10.1.2.0/24`)."
  },
  {
    name: "env",
    kind: "list",
    valueName: "KEY=VALUE",
    description: "Environment variables for the sandbox; nothing else of the host's environment enters it."
  },
  {
    name: "redact",
    kind: "list",
    valueName: "VALUE",
    description: "Values replaced by `[REDACTED:redact]` in results, errors, the audit log and the job summary. Env entries written `secret:KEY=VALUE` are redacted too, and so are well-known credential shapes (GitHub, AWS, Slack tokens, private keys, JWTs, bearer headers)."
  },
  {
    name: "protected-paths",
    kind: "list",
    valueName: "PATH",
    description: "Workspace paths that are read-only for every process in the sandbox, on top of the defaults (all of .git, and the .git of every submodule; .gitmodules, .github/workflows, .mcp.json, .claude, .vscode, .envrc and similar)."
  },
  {
    name: "git-writable",
    kind: "enum",
    values: ["false", "true"],
    default: "false",
    description: "`true` lets the agent write .git (commit, branch, tag from inside the sandbox); its hooks and config stay read-only. This trusts the agent with the host's git: whatever the host's git later reads from .git can make it run code, with the job's credentials (hooks, config, commondir, a gitlink to a repository whose config sets core.fsmonitor). Leave it `false` unless the agent is trusted that far, and commit on the host instead."
  },
  {
    name: "tools",
    kind: "list",
    valueName: "TOOL",
    description: "The tools the agent may list and call (default: all six). Unlisted tools are neither listed nor callable."
  },
  {
    name: "deny-commands",
    kind: "list",
    valueName: "REGEX",
    description: "run_command calls whose command matches one of these regular expressions are refused on the host."
  },
  {
    name: "allow-commands",
    kind: "list",
    valueName: "REGEX",
    description: "When given, run_command calls are refused on the host unless their command matches one of these regular expressions."
  },
  {
    name: "memory",
    kind: "size",
    default: "4g",
    valueName: "SIZE",
    description: "Memory limit of the sandbox (e.g. 512m, 2g)."
  },
  {
    name: "cpus",
    kind: "number",
    valueName: "N",
    description: "CPU limit of the sandbox in cores (e.g. 1.5; default: no limit beyond the machine)."
  },
  {
    name: "pids",
    kind: "number",
    default: "1024",
    valueName: "N",
    description: "Most processes (and threads) the sandbox may have at once."
  },
  {
    name: "limits-mode",
    kind: "enum",
    values: ["enforce", "best-effort"],
    default: "enforce",
    description: "`enforce`: a sandbox whose memory, pids (or cpus, when given) limit nothing on this machine can enforce does not start, and the error says how to fix that (local backend: a delegated cgroup, passwordless sudo, or root). `best-effort`: it starts with those limits unenforced, and the log and `doctor` say which."
  },
  {
    name: "ttl",
    kind: "duration",
    default: "6h",
    description: "The sandbox is destroyed this long after it started, whatever it is doing."
  },
  {
    name: "max-output",
    kind: "size",
    default: "128k",
    valueName: "SIZE",
    description: "Cap per output stream of one run_command call (and per read); beyond it the middle is cut out with a marker."
  },
  {
    name: "max-request-size",
    kind: "size",
    default: "4m",
    valueName: "SIZE",
    description: "Largest request an agent may send to the sandbox in one message (e.g. a write_file with its content), at most 64m. A larger one is refused with a JSON-RPC error that names this limit and this option, and audited; it never reaches the sandbox."
  },
  {
    name: "timeout",
    kind: "duration",
    default: "2m",
    description: "Default time limit of one run_command call (the call's `timeout_ms` overrides it)."
  },
  {
    name: "mode",
    kind: "enum",
    values: MODES,
    default: "persistent",
    description: "`persistent`: one sandbox for the whole job, shared by every agent session, watched by a health check and respawned when it fails. `ephemeral`: a fresh sandbox for every agent session that calls a tool (each `call`, each connection of an agent; initialize and tools/list need none), supervised the same way and destroyed when the session ends; one is kept started ahead so a session does not wait for it."
  },
  {
    name: "max-sandboxes",
    kind: "number",
    default: "4",
    valueName: "N",
    description: "With `mode: ephemeral`: the most sandboxes that exist at once, the one kept started ahead included, so at most this many sessions hold one. A session's first tool call past it is refused with a JSON-RPC error that names this option (sandboxes being destroyed are waited for, nothing else is). Each sandbox may use up to `memory` and `cpus`."
  },
  {
    name: "session-idle-timeout",
    kind: "duration",
    default: "15m",
    description: "An agent session with nothing open for this long (no request being answered, no call running, no notification stream: its client crashed or left without ending the session) is closed, and in mode ephemeral its sandbox destroyed (a persistent sandbox stays); a request with its id then gets HTTP 404, the MCP way to say initialize again. A live client keeps its session however long it is silent."
  },
  {
    name: "health-interval",
    kind: "duration",
    default: "30s",
    description: "How often the daemon checks its sandbox (a tools/list to the server inside)."
  },
  {
    name: "health-timeout",
    kind: "duration",
    default: "10s",
    description: "How long one health check may take before it counts as a failure."
  },
  {
    name: "respawn-threshold",
    kind: "number",
    default: "3",
    valueName: "N",
    description: "Consecutive failed health checks after which the sandbox is destroyed and a new one started (at once when the sandbox itself exits)."
  },
  {
    name: "max-respawns",
    kind: "number",
    default: "5",
    valueName: "N",
    description: "Most respawns in one job; after that the sandbox is failed for good and every call fails at once with the reason (0: never respawn)."
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
  let spec = optionSpec(name), value = single(spec, raw), ms = (0, import_chunk_XN3HXDLK.parseDuration)(value);
  if (ms === void 0 || ms <= 0)
    throw new ConfigError(
      `${name}: "${value}" is not a duration; write e.g. 500ms, 30s, 5m (a bare number is milliseconds)`
    );
  return ms;
}
function splitCommaList(value) {
  return splitList(value).flatMap(
    (entry) => entry.split(",").map((part) => part.trim()).filter(Boolean)
  );
}
function size(name, raw) {
  let spec = optionSpec(name), value = single(spec, raw), bytes = (0, import_chunk_XN3HXDLK.parseSize)(value);
  if (bytes === void 0 || bytes <= 0)
    throw new ConfigError(
      `${name}: "${value}" is not a size; write e.g. 512k, 256m, 2g (a bare number is bytes)`
    );
  return bytes;
}
function maxRequestSize(raw) {
  let bytes = size("max-request-size", raw);
  if (bytes > import_chunk_L35A4DH3.MAX_REQUEST_CEILING)
    throw new ConfigError(
      `max-request-size: "${single(optionSpec("max-request-size"), raw)}" is over the most it may be, 64m (the proxy holds a request in memory whole)`
    );
  return bytes;
}
function numberValue(name, raw) {
  let spec = optionSpec(name), value = single(spec, raw);
  if (value === void 0) return;
  let number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new ConfigError(`${name}: "${value}" is not a positive number`);
  return number;
}
function integer(name, raw, min) {
  let spec = optionSpec(name), value = single(spec, raw), number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min)
    throw new ConfigError(`${name}: "${value}" is not a whole number of at least ${min}`);
  return number;
}
function protectedPaths(entries, gitWritable) {
  let list;
  try {
    list = protectedPathList(entries, { gitWritable });
  } catch (error) {
    throw new ConfigError(`protected-paths: ${error.message}`);
  }
  if (gitWritable && list.includes(GIT_DIR))
    throw new ConfigError("git-writable: true contradicts protected-paths listing .git; drop one of the two");
  return entries;
}
function patterns(name, raw) {
  return splitList(raw[name]).map((source) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new ConfigError(
        `${name}: "${source}" is not a valid regular expression (${error.message})`
      );
    }
  });
}
function parseEnvWithSecrets(entries) {
  let secrets = [], plain = entries.map((entry) => {
    if (!entry.startsWith("secret:")) return entry;
    let rest = entry.slice(7), eq = rest.indexOf("=");
    return eq > 0 && secrets.push(rest.slice(eq + 1)), rest;
  });
  return { env: parseEnvEntries(plain), secrets };
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
  let network = enumValue("network", raw), allowedDomains = splitCommaList(raw["allowed-domains"]);
  if (network === "allowlist" && allowedDomains.length === 0)
    throw new ConfigError(
      "network: allowlist needs allowed-domains (e.g. --allowed-domains api.github.com,*.npmjs.org); use none for no network"
    );
  if (network !== "allowlist" && allowedDomains.length > 0)
    throw new ConfigError(`allowed-domains applies only with network: allowlist (network is ${network})`);
  try {
    allowedDomains.length > 0 && (0, import_chunk_6KESFPFJ.parseAllowlist)(allowedDomains);
  } catch (error) {
    throw new ConfigError(`allowed-domains: ${error.message}`);
  }
  let workspaceText = single(optionSpec("workspace"), raw), workspace = (0, import_node_path.resolve)(context.cwd, workspaceText), isDirectory = !1;
  try {
    isDirectory = (0, import_node_fs.statSync)(workspace).isDirectory();
  } catch {
  }
  if (!isDirectory)
    throw new ConfigError(`workspace: "${workspaceText}" (${workspace}) is not an existing directory`);
  let { env, secrets } = parseEnvWithSecrets(splitList(raw.env)), tools = splitCommaList(raw.tools);
  for (let tool of tools)
    if (!isToolName(tool)) throw new ConfigError(`tools: "${tool}" is not one of ${TOOL_NAMES.join(", ")}`);
  let mode = enumValue("mode", raw), gitWritable = enumValue("git-writable", raw) === "true", image = single(optionSpec("image"), raw);
  if (/\s/.test(image)) throw new ConfigError(`image: "${image}" is not an image name (no spaces allowed)`);
  return {
    backend,
    backendReason: backend === "auto" ? "auto: docker when an engine answers, else local" : `${backend}: chosen by configuration`,
    workspace,
    workspaceMode: enumValue("workspace-mode", raw),
    network,
    env,
    allowedDomains,
    // redact values are taken whole, one per line or flag: they may contain commas
    redact: [...splitList(raw.redact), ...secrets].filter((value) => value.length > 0),
    protectedPaths: protectedPaths(splitCommaList(raw["protected-paths"]), gitWritable),
    gitWritable,
    tools: tools.length > 0 ? tools : void 0,
    denyCommands: patterns("deny-commands", raw),
    allowCommands: patterns("allow-commands", raw),
    limits: {
      memoryBytes: size("memory", raw),
      ...numberValue("cpus", raw) === void 0 ? {} : { cpus: numberValue("cpus", raw) },
      pids: Math.floor(numberValue("pids", raw)),
      ...enumValue("limits-mode", raw) === "best-effort" ? { bestEffort: !0 } : {}
    },
    ttlMs: duration("ttl", raw),
    maxOutputBytes: size("max-output", raw),
    maxRequestBytes: maxRequestSize(raw),
    timeoutMs: duration("timeout", raw),
    readyTimeoutMs: duration("ready-timeout", raw),
    mode,
    maxSandboxes: integer("max-sandboxes", raw, 1),
    sessionIdleTimeoutMs: duration("session-idle-timeout", raw),
    healthIntervalMs: duration("health-interval", raw),
    healthTimeoutMs: duration("health-timeout", raw),
    respawnThreshold: integer("respawn-threshold", raw, 1),
    maxRespawns: integer("max-respawns", raw, 0),
    image,
    readOnlyRoot: enumValue("read-only-root", raw) === "true"
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ConfigError,
  MAX_TIMEOUT_MS,
  OPTIONS,
  TOOL_NAMES,
  isToolName,
  protectedPathList,
  resolveConfig
});
