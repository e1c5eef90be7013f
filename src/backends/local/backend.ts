// The local backend: Linux namespaces through bubblewrap, no daemon needed.
import { chownSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { buildEnv } from "../env.js";
import { findExecutable, resolveNodeBinary } from "../executables.js";
import { LINK_ADDRESS, LISTEN_ADDRESS, SOCKET_NAME } from "../layout.js";
import { checkNetwork, egressHostDir } from "../network.js";
import { entrypointCodeCache, existingPath, sandboxId, workspacePath } from "../prepare.js";
import { checkSocketPath, ensureRunDirBase, runDirBase } from "../run-dir.js";
import { claimsDir, joinRun, leaveRuns } from "../run-mounts.js";
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
import { type BwrapPlan, buildBwrapArgs, linkDirOf } from "./args.js";
import { HINT_INSTALL_BWRAP } from "./errors.js";
import { chooseIdentity, ownerOf, readHostIds, type SandboxIdentity } from "./identity.js";
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
import { type HostFs, planProc, planRootfs, realHostFs, resolvConfTarget } from "./rootfs.js";
import { startSandbox } from "./sandbox.js";
import { noSetIdFilter } from "./seccomp.js";
import { checkStagedFiles, planStage, readableBy, type StageEntry, stagedPaths } from "./stage.js";

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
  /**
   * the host uid the sandbox runs as (undefined: this process's own); default: identity.ts's
   * choice, which is undefined unless this process is root
   */
  chooseIdentity?: (workspace: string, base: string) => SandboxIdentity | undefined;
  /** where the runs' claims on workspaces' mount points go; default claimsDir() (run-mounts.ts) */
  mountsDir?: string;
}

/** identity.ts's choice, with the dedicated ids of this base's live sandboxes kept apart */
function defaultIdentity(workspace: string, base: string): SandboxIdentity | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const inUse = new Set<number>();
  for (const found of scan(base, {}))
    if (found.alive && found.record.uid !== undefined) inUse.add(found.record.uid);
  return chooseIdentity(ownerOf(workspace), 0, readHostIds(), inUse);
}

export function createLocalBackend(options: LocalBackendOptions = {}): Backend {
  const hostEnv = options.hostEnv ?? process.env;
  const base = options.runDirBase ?? runDirBase(hostEnv);
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mountsDir = options.mountsDir ?? claimsDir(hostEnv);

  async function create(spec: SandboxSpec): Promise<Sandbox> {
    checkNetwork(spec);
    // spec.image does not apply: the host root is used.
    const bwrap = resolveBwrap(options.bwrapPath, hostEnv.PATH);
    const seccomp = noSetIdFilter();
    if (!seccomp) {
      throw new SandboxError(
        `the local backend has no seccomp filter for the ${process.arch} architecture (it keeps set-uid bits out of the workspace)`,
        "use the docker backend on this machine",
      );
    }
    const workspace = workspacePath(spec.workspace);
    const egressDir = spec.network === "allowlist" ? egressHostDir(spec) : undefined;
    const script = existingPath(spec.entrypoint.script, "file", "entry script");
    const node = resolveNodeBinary(options.nodePath);
    // Started by root: the sandbox runs as an unprivileged uid (identity.ts), never as root.
    const identity = (options.chooseIdentity ?? defaultIdentity)(workspace, base);
    let entry = entrypointCodeCache(spec.entrypoint);
    // only an optimisation: a cache the sandbox's uid cannot read is left out
    if (identity && entry.codeCache && !readableBy(entry.codeCache, identity))
      entry = { env: spec.entrypoint.env };
    // the server gets its own settings only; the runner, and so every command, the sandbox's env
    const entryEnv = buildEnv({}, entry.env);
    const sandboxEnv = buildEnv(spec.env, spec.entrypoint.runnerEnv);

    ensureRunDirBase(base);
    const id = sandboxId(spec.runId);
    const dir = join(base, id);
    const socketPath = join(dir, RUN_SUBDIR, SOCKET_NAME);
    checkSocketPath(socketPath);
    mkdirSync(dir, { mode: 0o700 });
    mkdirSync(join(dir, RUN_SUBDIR), { mode: 0o700 });
    mkdirSync(linkDirOf(join(dir, RUN_SUBDIR)), { mode: 0o700 });
    const record: SandboxRecord = {
      version: 1,
      id,
      runId: spec.runId,
      labels: { ...spec.labels, [LABEL_RUN_ID]: spec.runId, [LABEL_MANAGED]: "true" },
      bwrapPid: null,
      initPid: null,
      createdAt: new Date().toISOString(),
      ...(identity ? { uid: identity.uid, gid: identity.gid } : {}),
    };
    let args: { server: string[]; commands: string[] };
    let limits: LimitSetup;
    let stage: StageEntry[] | undefined;
    try {
      writeRecord(dir, record);
      if (identity) {
        // the server makes its sockets here, as the sandbox's uid
        chownSync(join(dir, RUN_SUBDIR), identity.uid, identity.gid);
        chownSync(linkDirOf(join(dir, RUN_SUBDIR)), identity.uid, identity.gid);
        stage = planStage(
          {
            bwrap,
            runDir: join(dir, RUN_SUBDIR),
            workspace,
            egressDir,
            script,
            codeCache: entry.codeCache,
            node,
          },
          identity,
        );
        checkStagedFiles(stage, identity);
      }
      // Recorded before each step, so reap finds what a killed process left behind. The mount
      // points are the run's (made by its first sandbox, reused by the others, removed when the
      // run ends), recorded in the run's claim on the workspace.
      const protect = joinRun({
        dir: mountsDir,
        workspace,
        paths: spec.protectedPaths,
        workspaceMode: spec.workspaceMode,
        runId: spec.runId,
        labels: record.labels,
        backend: "local",
        runMayLive: (runId) => scan(base, { [LABEL_RUN_ID]: runId }).some((found) => found.alive),
      });
      limits = setupLimits(id, spec.limits, options.cgroups);
      record.cgroups = limits.cgroups;
      writeRecord(dir, record);
      const host = options.hostFs ?? realHostFs;
      const plan: Omit<BwrapPlan, "role" | "entryArgs"> = {
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
        proc: planProc(host),
        staged: stage ? stagedPaths(stage) : undefined,
      };
      args = {
        server: buildBwrapArgs({
          ...plan,
          role: "server",
          entryArgs: spec.entrypoint.args(LISTEN_ADDRESS, LINK_ADDRESS),
        }),
        commands: buildBwrapArgs({
          ...plan,
          role: "commands",
          entryArgs: spec.entrypoint.runnerArgs(LINK_ADDRESS),
        }),
      };
    } catch (error) {
      await releaseHostState(dir, record);
      throw error;
    }
    try {
      return await startSandbox({
        seccomp,
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
        identity,
        stage,
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
    // every sandbox of the matching runs is gone: their runs are over, and so are their claims
    leaveRuns(mountsDir, "local", labels);
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
