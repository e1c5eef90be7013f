// Turns raw option values (CLI flags or action inputs, all strings) into one validated Config.
// Every error names the option, what was given and what is accepted.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseAllowlist } from "../egress/allowlist.js";
import { MAX_REQUEST_CEILING } from "../http/json-body.js";
import { GIT_DIR, protectedPathList } from "../policy/protected-paths.js";
import { isToolName, TOOL_NAMES } from "../tools.js";
import { type BACKENDS, OPTIONS, type OptionSpec, optionSpec } from "./options.js";
import { parseDuration, parseSize } from "./units.js";

export type BackendChoice = (typeof BACKENDS)[number];

export interface Config {
  /** `auto` is settled when the backend is loaded (src/backends/select.ts) */
  backend: "local" | "docker" | "auto";
  /** why this backend was chosen (matters for `auto`) */
  backendReason: string;
  workspace: string;
  workspaceMode: "rw" | "ro";
  network: "none" | "allowlist" | "open";
  /** `network: allowlist` entries, as written (parsed by the egress proxy) */
  allowedDomains: string[];
  /** values to redact, including the values of `secret:` env entries */
  redact: string[];
  /** extra protected workspace paths (relative), on top of the defaults */
  protectedPaths: string[];
  /** the agent may write .git (not its hooks or config): it is trusted with the host's git */
  gitWritable: boolean;
  /** tools the agent may list and call; undefined = all */
  tools: string[] | undefined;
  denyCommands: RegExp[];
  allowCommands: RegExp[];
  limits: { memoryBytes: number; cpus?: number; pids: number; bestEffort?: boolean };
  ttlMs: number;
  maxOutputBytes: number;
  /** the most one agent request may be (the host proxy refuses larger ones) */
  maxRequestBytes: number;
  image: string;
  readOnlyRoot: boolean;
  env: Record<string, string>;
  timeoutMs: number;
  readyTimeoutMs: number;
  /** `persistent`: one supervised sandbox per daemon; `ephemeral`: one per agent session */
  mode: "persistent" | "ephemeral";
  /** ephemeral: most sandboxes at once, the spare included */
  maxSandboxes: number;
  /** an agent session with nothing open for this long (no request, call or notification stream) is closed */
  sessionIdleTimeoutMs: number;
  healthIntervalMs: number;
  healthTimeoutMs: number;
  respawnThreshold: number;
  maxRespawns: number;
}

/** Raw values by option name; a list option may arrive repeated (array) or as one joined string. */
export type RawOptions = Partial<Record<string, string | string[]>>;

/** A usage or configuration error (CLI exit code 2). */
export class ConfigError extends Error {
  override name = "ConfigError";
}

const ENV_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

function splitList(value: string | string[] | undefined): string[] {
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return parts
    .flatMap((part) => part.split(/\r?\n/))
    .map((entry) => entry.trim())
    .filter(Boolean);
}

function single(spec: OptionSpec, raw: RawOptions): string | undefined {
  const value = raw[spec.name];
  const text = Array.isArray(value) ? value.at(-1) : value;
  const trimmed = text?.trim();
  return trimmed === undefined || trimmed === "" ? spec.default : trimmed;
}

function enumValue<T extends string>(name: string, raw: RawOptions): T {
  const spec = optionSpec(name);
  const value = single(spec, raw) as string;
  if (!spec.values?.includes(value)) {
    throw new ConfigError(`${name}: "${value}" is not one of ${spec.values?.join(", ")}`);
  }
  return value as T;
}

function duration(name: string, raw: RawOptions): number {
  const spec = optionSpec(name);
  const value = single(spec, raw) as string;
  const ms = parseDuration(value);
  if (ms === undefined || ms <= 0) {
    throw new ConfigError(
      `${name}: "${value}" is not a duration; write e.g. 500ms, 30s, 5m (a bare number is milliseconds)`,
    );
  }
  return ms;
}

/** List options whose entries never contain commas: split on commas and newlines. */
function splitCommaList(value: string | string[] | undefined): string[] {
  return splitList(value).flatMap((entry) =>
    entry
      .split(",")
      .map((part) => part.trim())
      .filter(Boolean),
  );
}

function size(name: string, raw: RawOptions): number {
  const spec = optionSpec(name);
  const value = single(spec, raw) as string;
  const bytes = parseSize(value);
  if (bytes === undefined || bytes <= 0) {
    throw new ConfigError(
      `${name}: "${value}" is not a size; write e.g. 512k, 256m, 2g (a bare number is bytes)`,
    );
  }
  return bytes;
}

function maxRequestSize(raw: RawOptions): number {
  const bytes = size("max-request-size", raw);
  if (bytes > MAX_REQUEST_CEILING) {
    throw new ConfigError(
      `max-request-size: "${single(optionSpec("max-request-size"), raw)}" is over the most it may be, 64m (the proxy holds a request in memory whole)`,
    );
  }
  return bytes;
}

function numberValue(name: string, raw: RawOptions): number | undefined {
  const spec = optionSpec(name);
  const value = single(spec, raw);
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number <= 0)
    throw new ConfigError(`${name}: "${value}" is not a positive number`);
  return number;
}

function integer(name: string, raw: RawOptions, min: number): number {
  const spec = optionSpec(name);
  const value = single(spec, raw) as string;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < min)
    throw new ConfigError(`${name}: "${value}" is not a whole number of at least ${min}`);
  return number;
}

function protectedPaths(entries: string[], gitWritable: boolean): string[] {
  let list: string[];
  try {
    list = protectedPathList(entries, { gitWritable });
  } catch (error) {
    throw new ConfigError(`protected-paths: ${(error as Error).message}`);
  }
  // with git-writable the defaults leave .git out, so a .git in the list is the user's own entry
  if (gitWritable && list.includes(GIT_DIR)) {
    throw new ConfigError("git-writable: true contradicts protected-paths listing .git; drop one of the two");
  }
  return entries;
}

function patterns(name: string, raw: RawOptions): RegExp[] {
  return splitList(raw[name]).map((source) => {
    try {
      return new RegExp(source);
    } catch (error) {
      throw new ConfigError(
        `${name}: "${source}" is not a valid regular expression (${(error as Error).message})`,
      );
    }
  });
}

/** `secret:KEY=VALUE` marks a value to redact everywhere the host shows sandbox output. */
function parseEnvWithSecrets(entries: string[]): { env: Record<string, string>; secrets: string[] } {
  const secrets: string[] = [];
  const plain = entries.map((entry) => {
    if (!entry.startsWith("secret:")) return entry;
    const rest = entry.slice("secret:".length);
    const eq = rest.indexOf("=");
    if (eq > 0) secrets.push(rest.slice(eq + 1));
    return rest;
  });
  return { env: parseEnvEntries(plain), secrets };
}

/** `KEY=VALUE` entries, one per list element; values may contain `=` and commas. */
export function parseEnvEntries(entries: string[], option = "env"): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries) {
    const eq = entry.indexOf("=");
    const key = eq < 0 ? entry : entry.slice(0, eq);
    if (eq < 0 || !ENV_KEY.test(key)) {
      throw new ConfigError(`${option}: "${entry}" is not KEY=VALUE with a KEY of letters, digits and _`);
    }
    env[key] = entry.slice(eq + 1);
  }
  return env;
}

export function resolveConfig(raw: RawOptions, context: { cwd: string } = { cwd: process.cwd() }): Config {
  for (const name of Object.keys(raw)) {
    if (!OPTIONS.some((option) => option.name === name)) throw new ConfigError(`unknown option "${name}"`);
  }
  const backend = enumValue<BackendChoice>("backend", raw);
  if (backend === "kubernetes" || backend === "nomad") {
    throw new ConfigError(
      `backend: "${backend}" is not available in this version; use local, docker or auto`,
    );
  }
  const network = enumValue<"none" | "allowlist" | "open">("network", raw);
  const allowedDomains = splitCommaList(raw["allowed-domains"]);
  if (network === "allowlist" && allowedDomains.length === 0) {
    throw new ConfigError(
      "network: allowlist needs allowed-domains (e.g. --allowed-domains api.github.com,*.npmjs.org); use none for no network",
    );
  }
  if (network !== "allowlist" && allowedDomains.length > 0) {
    throw new ConfigError(`allowed-domains applies only with network: allowlist (network is ${network})`);
  }
  try {
    if (allowedDomains.length > 0) parseAllowlist(allowedDomains);
  } catch (error) {
    throw new ConfigError(`allowed-domains: ${(error as Error).message}`);
  }
  const workspaceText = single(optionSpec("workspace"), raw) as string;
  const workspace = resolve(context.cwd, workspaceText);
  let isDirectory = false;
  try {
    isDirectory = statSync(workspace).isDirectory();
  } catch {
    // reported below
  }
  if (!isDirectory)
    throw new ConfigError(`workspace: "${workspaceText}" (${workspace}) is not an existing directory`);

  // Values may contain commas (a JSON blob, a URL list), so env entries split on newlines only.
  const { env, secrets } = parseEnvWithSecrets(splitList(raw.env));
  const tools = splitCommaList(raw.tools);
  for (const tool of tools) {
    if (!isToolName(tool)) throw new ConfigError(`tools: "${tool}" is not one of ${TOOL_NAMES.join(", ")}`);
  }
  const mode = enumValue<"persistent" | "ephemeral">("mode", raw);
  const gitWritable = enumValue("git-writable", raw) === "true";
  const image = single(optionSpec("image"), raw) as string;
  if (/\s/.test(image)) throw new ConfigError(`image: "${image}" is not an image name (no spaces allowed)`);
  return {
    backend,
    backendReason:
      backend === "auto"
        ? "auto: docker when an engine answers, else local"
        : `${backend}: chosen by configuration`,
    workspace,
    workspaceMode: enumValue("workspace-mode", raw),
    network,
    env,
    allowedDomains,
    // redact values are taken whole, one per line or flag: they may contain commas
    redact: [...splitList(raw.redact), ...secrets].filter((value) => value.length > 0),
    protectedPaths: protectedPaths(splitCommaList(raw["protected-paths"]), gitWritable),
    gitWritable,
    tools: tools.length > 0 ? tools : undefined,
    denyCommands: patterns("deny-commands", raw),
    allowCommands: patterns("allow-commands", raw),
    limits: {
      memoryBytes: size("memory", raw),
      ...(numberValue("cpus", raw) === undefined ? {} : { cpus: numberValue("cpus", raw) }),
      pids: Math.floor(numberValue("pids", raw) as number),
      ...(enumValue("limits-mode", raw) === "best-effort" ? { bestEffort: true } : {}),
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
    readOnlyRoot: enumValue("read-only-root", raw) === "true",
  };
}
