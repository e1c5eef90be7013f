// The local backend: Linux namespaces through bubblewrap, no daemon needed.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildEnv } from "../env.js";
import { findExecutable, resolveNodeBinary } from "../executables.js";
import { LISTEN_ADDRESS, SOCKET_NAME } from "../layout.js";
import { checkNetwork, egressHostDir } from "../network.js";
import { entrypointCodeCache, existingPath, sandboxId } from "../prepare.js";
import { planProtectedPaths } from "../protect.js";
import { checkSocketPath, ensureRunDirBase, runDirBase } from "../run-dir.js";
import {
  type Backend,
  type InventoryEntry,
  LABEL_MANAGED,
  LABEL_RUN_ID,
  type ReapedSandbox,
  type Sandbox,
  SandboxError,
  type SandboxSpec,
} from "../types.js";
import { buildBwrapArgs } from "./args.js";
import { HINT_INSTALL_BWRAP } from "./errors.js";
import { type CgroupSupport, describeLimits, type LimitSetup, setupLimits } from "./limits.js";
import {
  killFound,
  RUN_SUBDIR,
  reaped,
  releaseHostState,
  removeAbandoned,
  type SandboxRecord,
  scan,
  writeRecord,
} from "./registry.js";
import { type HostFs, planRootfs, realHostFs, resolvConfTarget } from "./rootfs.js";
import { startSandbox } from "./sandbox.js";

export interface LocalBackendOptions {
  /** bubblewrap binary; default: `bwrap` on the host's PATH */
  bwrapPath?: string;
  /** Node binary bound into the sandbox; default: this process's (see resolveNodeBinary) */
  nodePath?: string;
  /** perl, used by exec(); default: `perl` on the host's PATH */
  perlPath?: string;
  /** where run directories go; default: $RUNNER_TEMP/sandbox-action or $TMPDIR/sandbox-action-<uid> */
  runDirBase?: string;
  /** bound on bwrap start -> entry process running; default 10 s */
  startupTimeoutMs?: number;
  /** the host environment to read runner paths from (RUNNER_TEMP, ...); default process.env */
  hostEnv?: Record<string, string | undefined>;
  /** for tests: a fake host root */
  hostFs?: HostFs;
  /** what enforces limits here; default: detected (see limits.ts) */
  cgroups?: CgroupSupport;
  /** where the limits line at create goes; default stderr */
  log?: (line: string) => void;
}

export function createLocalBackend(options: LocalBackendOptions = {}): Backend {
  const hostEnv = options.hostEnv ?? process.env;
  const base = options.runDirBase ?? runDirBase(hostEnv);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  async function create(spec: SandboxSpec): Promise<Sandbox> {
    checkNetwork(spec);
    // spec.image does not apply: the host root is used.
    const bwrap = resolveBwrap(options.bwrapPath, hostEnv.PATH);
    const workspace = existingPath(spec.workspace, "dir", "workspace");
    const egressDir = spec.network === "allowlist" ? egressHostDir(spec) : undefined;
    const script = existingPath(spec.entrypoint.script, "file", "entry script");
    const node = resolveNodeBinary(options.nodePath);
    const entry = entrypointCodeCache(spec.entrypoint);
    const entryEnv = buildEnv(spec.env, entry.env);
    const sandboxEnv = buildEnv(spec.env);

    ensureRunDirBase(base);
    const id = sandboxId(spec.runId);
    const dir = join(base, id);
    const socketPath = join(dir, RUN_SUBDIR, SOCKET_NAME);
    checkSocketPath(socketPath);
    mkdirSync(dir, { mode: 0o700 });
    mkdirSync(join(dir, RUN_SUBDIR), { mode: 0o700 });
    const record: SandboxRecord = {
      version: 1,
      id,
      runId: spec.runId,
      labels: { ...spec.labels, [LABEL_RUN_ID]: spec.runId, [LABEL_MANAGED]: "true" },
      bwrapPid: null,
      initPid: null,
      createdAt: new Date().toISOString(),
    };
    let args: string[];
    let limits: LimitSetup;
    try {
      writeRecord(dir, record);
      // Recorded before each step, so reap finds what a killed process left behind.
      const protect = planProtectedPaths(workspace, spec.protectedPaths, spec.workspaceMode);
      record.created = protect.created;
      writeRecord(dir, record);
      limits = setupLimits(id, spec.limits, options.cgroups);
      record.cgroups = limits.cgroups;
      writeRecord(dir, record);
      const host = options.hostFs ?? realHostFs;
      args = buildBwrapArgs({
        rootfs: planRootfs(host, hostEnv),
        // allowlist: no network of its own either; the egress socket is its only way out
        network: spec.network === "open" ? "open" : "none",
        workspace,
        workspaceMode: spec.workspaceMode,
        protect: protect.mounts,
        egressDir,
        script,
        codeCache: entry.codeCache,
        node,
        runDir: join(dir, RUN_SUBDIR),
        resolvConf: spec.network === "open" ? resolvConfTarget(host) : undefined,
        entryArgs: spec.entrypoint.args(LISTEN_ADDRESS),
      });
    } catch (error) {
      await releaseHostState(dir, record);
      throw error;
    }
    try {
      return await startSandbox({
        id,
        runId: spec.runId,
        bwrap,
        args,
        entryEnv,
        sandboxEnv,
        dir,
        socketPath,
        record,
        perl: options.perlPath ?? findExecutable("perl", hostEnv.PATH),
        startupTimeoutMs: options.startupTimeoutMs ?? 10_000,
        limits,
        entryStdin: spec.entrypoint.stdin,
      });
    } finally {
      // after the spawn: its first write (and the redaction of it) is not on the way to the sandbox
      log(`local sandbox ${id} limits: ${describeLimits(limits)}`);
    }
  }

  async function list(labels: Record<string, string>): Promise<ReapedSandbox[]> {
    return scan(base, labels)
      .filter((found) => found.alive)
      .map(reaped);
  }

  async function inventory(labels: Record<string, string>): Promise<InventoryEntry[]> {
    return scan(base, labels).map((found) => ({
      ...reaped(found),
      labels: found.record.labels,
      running: found.alive,
    }));
  }

  async function reap(labels: Record<string, string>): Promise<ReapedSandbox[]> {
    const removed: ReapedSandbox[] = [];
    for (const found of scan(base, labels)) {
      if (found.alive) await killFound(found);
      await releaseHostState(found.dir, found.record);
      removed.push(reaped(found));
    }
    removeAbandoned(base);
    return removed;
  }

  return { name: "local", entrypointStdin: true, create, list, inventory, reap };
}

function resolveBwrap(override: string | undefined, pathEnv: string | undefined): string {
  const found = override ? findExecutable(override) : findExecutable("bwrap", pathEnv);
  if (!found) {
    throw new SandboxError(
      override
        ? `bubblewrap was not found at ${override}`
        : "bubblewrap (bwrap) is not installed or not on PATH",
      HINT_INSTALL_BWRAP,
    );
  }
  return found;
}
