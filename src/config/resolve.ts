// Turns raw option values (CLI flags or action inputs, all strings) into one validated Config.
// Every error names the option, what was given and what is accepted.
import { statSync } from "node:fs";
import { resolve } from "node:path";
import { type BACKENDS, OPTIONS, type OptionSpec, optionSpec } from "./options.js";
import { parseDuration } from "./units.js";

export type BackendChoice = (typeof BACKENDS)[number];

export interface Config {
  /** `auto` is settled when the backend is loaded (src/backends/select.ts) */
  backend: "local" | "docker" | "auto";
  /** why this backend was chosen (matters for `auto`) */
  backendReason: string;
  workspace: string;
  workspaceMode: "rw" | "ro";
  network: "none" | "open";
  image: string;
  readOnlyRoot: boolean;
  env: Record<string, string>;
  timeoutMs: number;
  readyTimeoutMs: number;
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
  if (network === "allowlist") {
    throw new ConfigError(`network: "allowlist" is not available in this version; use none or open`);
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
  const env = parseEnvEntries(splitList(raw.env));
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
    timeoutMs: duration("timeout", raw),
    readyTimeoutMs: duration("ready-timeout", raw),
    image,
    readOnlyRoot: enumValue("read-only-root", raw) === "true",
  };
}
