// The backend interface: one shape for local (bubblewrap), docker, kubernetes and nomad.
// Backends provision an isolated place, start one entry process in it, and give the host a duplex
// byte stream to whatever that process listens on. They know nothing about MCP or TLS.
import type { Duplex, Readable } from "node:stream";

export type BackendName = "local" | "docker" | "kubernetes" | "nomad";
export type NetworkPolicy = "none" | "allowlist" | "open";

export interface Limits {
  /** bytes; undefined = backend default */
  memoryBytes?: number;
  cpus?: number;
  pids?: number;
  /**
   * accept limits this backend cannot enforce on this machine (they are named in the log) instead
   * of refusing to create the sandbox; default false: fail closed (threat model 6)
   */
  bestEffort?: boolean;
}

/**
 * Applied when the spec leaves a limit unset: a sandbox is never unbounded (threat model 6). The
 * config sets these as its defaults too; cpus stays unbounded unless asked for.
 */
export const DEFAULT_LIMITS = {
  memoryBytes: 4 * 1024 ** 3,
  pids: 1024,
} as const satisfies Limits;

/**
 * A Node.js script the backend runs twice, in two compartments that share only the workspace and
 * a link (ADR 0014): as the sandbox's entry process (the MCP server), and as the runner beside the
 * commands. The backend starts both, gives them the link, and keeps the server's files, processes
 * and listener out of the runner's compartment.
 */
export interface Entrypoint {
  /** host path of a self-contained JS file; the backend makes it and a `node` available inside */
  script: string;
  /**
   * the server's argv after the script. Receives the address the backend will connect its channel
   * to (`unix:/abs/path` or `tcp:HOST:PORT` inside the sandbox) and the link's (LINK_ADDRESS_*).
   */
  args: (listen: string, link: string) => string[];
  /** the runner's argv after the script, for the same link */
  runnerArgs: (link: string) => string[];
  /** environment for the server only; it gets nothing of the sandbox environment */
  env: Record<string, string>;
  /** environment for the runner (and so the commands) on top of the sandbox environment */
  runnerEnv: Record<string, string>;
  /**
   * text for the entry process's stdin, written when it resolves, then the pipe is closed (empty
   * when it rejects). Only for a backend with `entrypointStdin`: others give the process no input.
   */
  stdin?: Promise<string>;
  /**
   * host path of a V8 code cache for `script` (made on the host, src/host/code-cache.ts). A backend
   * that can bind it read-only at CODE_CACHE_INSIDE does, and sets CODE_CACHE_ENV for the entry
   * process; one that cannot ignores it (the script then only starts slower).
   */
  codeCache?: string;
}

export interface SandboxSpec {
  /** unique per run; every resource the backend makes carries it as a label */
  runId: string;
  labels: Record<string, string>;
  /** host directory bound read-write (or read-only) at /workspace */
  workspace: string;
  workspaceMode: "rw" | "ro";
  network: NetworkPolicy;
  /** explicit environment for every process in the sandbox; nothing else of the host's leaks in */
  env: Record<string, string>;
  limits: Limits;
  /** container image (docker, kubernetes, nomad); ignored by local */
  image?: string;
  /** the image's root filesystem read-only (containers); local's root is always read-only */
  readOnlyRoot?: boolean;
  /**
   * workspace-relative paths (defaults included, see src/policy/protected-paths.ts) that every
   * process in the sandbox sees read-only, whether or not they exist yet
   */
  protectedPaths?: string[];
  /**
   * network allowlist: the host directory holding the egress proxy's unix socket, to bind at
   * EGRESS_DIR_INSIDE (read-write: connecting needs write access to the socket). With it the
   * network stays `none` otherwise: the only way out is that socket.
   */
  egress?: { hostDir: string };
  entrypoint: Entrypoint;
}

export interface ExecOptions {
  env?: Record<string, string>;
  cwd?: string;
  stdin?: string | Buffer;
  timeoutMs?: number;
}

export interface ExecResult {
  exitCode: number;
  stdout: Buffer;
  stderr: Buffer;
  timedOut: boolean;
}

export interface SandboxExit {
  code: number | null;
  signal: string | null;
}

export interface Sandbox {
  readonly id: string;
  readonly backend: BackendName;
  readonly runId: string;
  /** the entry process's stdout (where the server announces its CA) */
  readonly stdout: Readable;
  /** the entry process's stderr, for diagnostics */
  readonly stderr: Readable;
  /** settles when the entry process (and so the sandbox) has stopped */
  readonly exited: Promise<SandboxExit>;
  /** a fresh duplex byte stream to the entry process's listener; one per connection */
  openChannel(): Promise<Duplex>;
  /** run a process inside the running sandbox, with its real exit code */
  exec(argv: string[], options?: ExecOptions): Promise<ExecResult>;
  /** place a file inside the sandbox (absolute path inside) */
  copyIn(content: Buffer | string, path: string, mode?: number): Promise<void>;
  /** true while the sandbox's entry process runs */
  alive(): Promise<boolean>;
  /** graceful stop, then forced; idempotent; bounded by graceMs */
  destroy(graceMs?: number): Promise<void>;
}

export interface ReapedSandbox {
  id: string;
  runId: string;
}

/** A sandbox as `gc` sees it: with every label, whether it still runs or not. */
export interface InventoryEntry extends ReapedSandbox {
  labels: Record<string, string>;
  /** false for a stopped container, or a local sandbox whose processes are gone */
  running: boolean;
}

export interface Backend {
  readonly name: BackendName;
  /**
   * true when create() hands the entry process a pipe as stdin (Entrypoint.stdin), so its input can
   * follow after the sandbox started
   */
  readonly entrypointStdin?: boolean;
  create(spec: SandboxSpec): Promise<Sandbox>;
  /** sandboxes this backend knows that carry all of these labels */
  list(labels: Record<string, string>): Promise<ReapedSandbox[]>;
  /** every sandbox carrying all of these labels, running or stopped, with all its labels (for gc) */
  inventory?(labels: Record<string, string>): Promise<InventoryEntry[]>;
  /** destroy every sandbox carrying all of these labels; returns what was removed */
  reap(labels: Record<string, string>): Promise<ReapedSandbox[]>;
}

/** A provisioning or runtime failure of a backend (CLI exit code 3); `hint` says how to fix it. */
export class SandboxError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = "SandboxError";
  }
}

/** Label keys every backend writes. */
export const LABEL_RUN_ID = "sandbox-action.run-id";
export const LABEL_MANAGED = "sandbox-action.managed";
