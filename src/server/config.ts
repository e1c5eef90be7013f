// The server's whole configuration: one command-line flag and a few environment variables set by
// the backend. Anything wrong here is a usage error (exit 2) reported before any work starts.
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { CLIENT_CA_ENV, CLIENT_CA_STDIN_FLAG, validateCaPem } from "../mtls/exchange.js";

export class UsageError extends Error {
  override name = "UsageError";
}

export type ListenAddress = { kind: "unix"; path: string } | { kind: "tcp"; host: string; port: number };

export interface ToolSettings {
  /** absolute; relative tool paths resolve against it and it is run_command's default cwd */
  workspace: string;
  defaultTimeoutMs: number;
  /** cap per output stream of a command, and for any text result */
  maxOutputBytes: number;
}

export interface ServerConfig extends ToolSettings {
  listen: ListenAddress;
  clientCaPem: string;
}

export const USAGE = `usage: sandbox-server --listen unix:/abs/path.sock | --listen tcp:HOST:PORT [${CLIENT_CA_STDIN_FLAG}]\n       sandbox-server --warm-up   (on the host, for the code cache: see loader.ts)`;

export function parseListen(value: string): ListenAddress {
  if (value.startsWith("unix:")) {
    const path = value.slice("unix:".length);
    if (!isAbsolute(path))
      throw new UsageError(`--listen unix: needs an absolute socket path, got "${path}"`);
    return { kind: "unix", path };
  }
  if (value.startsWith("tcp:")) {
    const rest = value.slice("tcp:".length);
    const colon = rest.lastIndexOf(":");
    const host = rest.slice(0, colon).replace(/^\[(.*)\]$/, "$1");
    const port = Number(rest.slice(colon + 1));
    if (colon <= 0 || !Number.isInteger(port) || port < 0 || port > 65535) {
      throw new UsageError(`--listen tcp: needs HOST:PORT, got "${rest}"`);
    }
    return { kind: "tcp", host, port };
  }
  throw new UsageError(`--listen must start with unix: or tcp:, got "${value}"`);
}

function parseArgs(argv: readonly string[]): { listen: string; caOnStdin: boolean } {
  let listen: string | undefined;
  let caOnStdin = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === CLIENT_CA_STDIN_FLAG) {
      caOnStdin = true;
    } else if (arg === "--listen") {
      listen = argv[++i];
      if (listen === undefined) throw new UsageError("--listen needs a value");
    } else if (arg.startsWith("--listen=")) {
      listen = arg.slice("--listen=".length);
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  if (listen === undefined) throw new UsageError("--listen is required");
  return { listen, caOnStdin };
}

/** The host writes the PEM and closes the pipe; this blocks until it has. */
const readStdin = (): string => readFileSync(0, "utf8");

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) {
    throw new UsageError(`${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

export const DEFAULT_TIMEOUT_MS = 120_000;
export const DEFAULT_MAX_OUTPUT_BYTES = 131_072;

// Node's timers overflow (and fire at once) past this.
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export function readConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  stdin: () => string = readStdin,
): ServerConfig {
  const args = parseArgs(argv);
  const listen = parseListen(args.listen);
  if (args.caOnStdin && env[CLIENT_CA_ENV] !== undefined) {
    throw new UsageError(`${CLIENT_CA_STDIN_FLAG} and ${CLIENT_CA_ENV} both give the client CA: pass one`);
  }
  const source = args.caOnStdin ? "the client CA on stdin" : CLIENT_CA_ENV;
  const caPem = args.caOnStdin ? stdin() : env[CLIENT_CA_ENV];
  if (!caPem?.trim()) {
    throw new UsageError(
      args.caOnStdin
        ? `${CLIENT_CA_STDIN_FLAG}: stdin ended without the PEM of the host's client CA`
        : `${CLIENT_CA_ENV} is not set: it must hold the PEM of the host's client CA`,
    );
  }
  let clientCaPem: string;
  try {
    clientCaPem = validateCaPem(caPem, source);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return {
    listen,
    clientCaPem,
    workspace: resolve(env.SANDBOX_WORKSPACE || "/workspace"),
    defaultTimeoutMs: Math.min(
      positiveInteger(env, "SANDBOX_DEFAULT_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
      MAX_TIMEOUT_MS,
    ),
    maxOutputBytes: positiveInteger(env, "SANDBOX_MAX_OUTPUT_BYTES", DEFAULT_MAX_OUTPUT_BYTES),
  };
}
