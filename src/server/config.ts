// The server's whole configuration: one command-line flag and a few environment variables set by
// the backend. Anything wrong here is a usage error (exit 2) reported before any work starts.
import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { RUNNER_FLAG } from "../backends/layout.js";
import { CLIENT_CA_ENV, CLIENT_CA_STDIN_FLAG, validateCaPem } from "../mtls/exchange.js";
import { MAX_TIMEOUT_MS } from "../tools.js";

export class UsageError extends Error {
  override name = "UsageError";
}

export type ListenAddress = { kind: "unix"; path: string } | { kind: "tcp"; host: string; port: number };

/** The link between the server and the runner (link.ts, ADR 0014): a one-shot unix socket. */
export interface LinkAddress {
  path: string;
}

export interface ToolSettings {
  /** absolute; relative tool paths resolve against it and it is run_command's default cwd */
  workspace: string;
  defaultTimeoutMs: number;
  /** cap per output stream of a command, and for any text result */
  maxOutputBytes: number;
}

export interface ServerConfig extends ToolSettings {
  listen: ListenAddress;
  link: LinkAddress;
  clientCaPem: string;
}

export interface RunnerConfig extends ToolSettings {
  link: LinkAddress;
}

export const USAGE = `usage: sandbox-server --listen unix:/abs/path.sock | --listen tcp:HOST:PORT --link unix:/abs/path.sock [${CLIENT_CA_STDIN_FLAG}]
       sandbox-server ${RUNNER_FLAG} --link unix:/abs/path.sock   (in the commands' compartment)
       sandbox-server --warm-up   (on the host, for the code cache: see loader.ts)`;

export function parseLinkAddress(value: string): LinkAddress {
  if (!value.startsWith("unix:")) throw new UsageError(`--link must start with unix:, got "${value}"`);
  const path = value.slice("unix:".length);
  if (!isAbsolute(path)) throw new UsageError(`--link unix: needs an absolute socket path, got "${path}"`);
  return { path };
}

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

interface Args {
  listen?: string;
  link?: string;
  caOnStdin: boolean;
  runner: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { caOnStdin: false, runner: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] =
      arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    if (name === CLIENT_CA_STDIN_FLAG && inline === undefined) args.caOnStdin = true;
    else if (name === RUNNER_FLAG && inline === undefined) args.runner = true;
    else if (name === "--listen" || name === "--link") {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${name} needs a value`);
      args[name === "--listen" ? "listen" : "link"] = value;
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  return args;
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

/** The tools' settings, from the environment the backend set (the same in both compartments). */
export function readToolSettings(env: NodeJS.ProcessEnv): ToolSettings {
  return {
    workspace: resolve(env.SANDBOX_WORKSPACE || "/workspace"),
    defaultTimeoutMs: Math.min(
      positiveInteger(env, "SANDBOX_DEFAULT_TIMEOUT_MS", DEFAULT_TIMEOUT_MS),
      MAX_TIMEOUT_MS,
    ),
    maxOutputBytes: positiveInteger(env, "SANDBOX_MAX_OUTPUT_BYTES", DEFAULT_MAX_OUTPUT_BYTES),
  };
}

/** Whether argv starts the runner rather than the server. */
export function isRunnerArgv(argv: readonly string[]): boolean {
  return argv.includes(RUNNER_FLAG);
}

export function readRunnerConfig(argv: readonly string[], env: NodeJS.ProcessEnv): RunnerConfig {
  const args = parseArgs(argv);
  if (!args.runner) throw new UsageError(`${RUNNER_FLAG} is required`);
  if (args.listen !== undefined || args.caOnStdin) {
    throw new UsageError(`${RUNNER_FLAG} takes only --link: the runner listens for nobody`);
  }
  if (args.link === undefined) throw new UsageError("--link is required");
  return { link: parseLinkAddress(args.link), ...readToolSettings(env) };
}

export function readConfig(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  stdin: () => string = readStdin,
): ServerConfig {
  const args = parseArgs(argv);
  if (args.runner) throw new UsageError(`${RUNNER_FLAG} starts the runner: use readRunnerConfig`);
  if (args.listen === undefined) throw new UsageError("--listen is required");
  // no link, no tools: the server never runs a tool itself (ADR 0014)
  if (args.link === undefined) throw new UsageError("--link is required: the runner carries out the tools");
  const listen = parseListen(args.listen);
  const link = parseLinkAddress(args.link);
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
  return { listen, link, clientCaPem, ...readToolSettings(env) };
}
