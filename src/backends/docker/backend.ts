// The docker backend: a container per sandbox through the Docker Engine API (Docker, or Podman's
// compatible API), never the docker CLI.
import { chownSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Duplex } from "node:stream";
import { buildEnv } from "../env.js";
import { resolveNodeBinary } from "../executables.js";
import {
  LINK_ADDRESS,
  LISTEN_ADDRESS,
  NODE_DIR,
  SANDBOX_GID,
  SANDBOX_UID,
  SOCKET_NAME,
  WORKSPACE_INSIDE,
} from "../layout.js";
import { chooseIdentity, type HostIds, ownerOf, readHostIds } from "../local/identity.js";
import { checkNetwork, egressHostDir } from "../network.js";
import { entrypointCodeCache, existingPath, sandboxId, workspacePath } from "../prepare.js";
import { checkSocketPath, ensureRunDirBase, removeRunDir, runDirBase } from "../run-dir.js";
import { claimPath, claimsDir, joinRun, leaveRuns, readClaim } from "../run-mounts.js";
import {
  type Backend,
  type InventoryEntry,
  LABEL_MANAGED,
  LABEL_RUN_ID,
  type ReapedSandbox,
  type Sandbox,
  SandboxError,
  type SandboxExit,
  type SandboxSpec,
} from "../types.js";
import { connectDocker, type DockerClient, type DockerEndpoint, describeEndpoint } from "./client.js";
import { containerConfig } from "./container.js";
import { elfInterpreter } from "./entry.js";
import {
  chownHint,
  hasMounts,
  mountIdmapped,
  releaseWorkspaceMount,
  WORKSPACE_MOUNT_SUFFIX,
  workspaceMountOf,
} from "./idmap.js";
import { ensureImage } from "./image.js";
import { DockerSandbox, linkDirOf, removeContainer } from "./sandbox.js";
import { noSetIdProfile } from "./seccomp.js";

export const DEFAULT_IMAGE = "node:24-bookworm-slim";
/** where the host run directory of a container is, so reap can remove it with the container */
export const LABEL_RUN_DIR = "sandbox-action.run-dir";
export const LABEL_SANDBOX_ID = "sandbox-action.sandbox-id";
/** `commands` on the second container of a sandbox (ADR 0014); the server's has none */
export const LABEL_ROLE = "sandbox-action.role";
/** the dedicated host uid of a sandbox over a root-owned workspace (ADR 0013), so the next is another */
export const LABEL_UID = "sandbox-action.uid";
/** the run directory's file with the seccomp profile, for Podman (which takes a path) */
const SECCOMP_FILE = "seccomp.json";
export interface DockerBackendOptions {
  endpoint?: DockerEndpoint;
  /** the environment DOCKER_HOST and friends are read from; default process.env */
  hostEnv?: Record<string, string | undefined>;
  /** Node binary bound into the container; default: this process's */
  nodePath?: string;
  runDirBase?: string;
  /** progress of an image pull and other notes */
  log?: (line: string) => void;
  /** where the runs' claims on workspaces' mount points go; default claimsDir() (run-mounts.ts) */
  mountsDir?: string;
}

export function createDockerBackend(options: DockerBackendOptions = {}): Backend {
  const hostEnv = options.hostEnv ?? process.env;
  const base = options.runDirBase ?? runDirBase(hostEnv, "sandbox-action-docker");
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const mountsDir = options.mountsDir ?? claimsDir(hostEnv);
  let clientPromise: Promise<DockerClient> | undefined;
  const client = (): Promise<DockerClient> => {
    if (!clientPromise) {
      const connecting = connectDocker({ env: hostEnv, endpoint: options.endpoint });
      connecting.catch(() => {
        clientPromise = undefined; // try again on the next call
      });
      clientPromise = connecting;
    }
    return clientPromise;
  };

  async function create(spec: SandboxSpec): Promise<Sandbox> {
    checkNetwork(spec);
    const workspace = workspacePath(spec.workspace);
    const egressDir = spec.network === "allowlist" ? egressHostDir(spec) : undefined;
    for (const path of [workspace, egressDir, ...(spec.protectedPaths ?? [])]) {
      // a bind is "SRC:DEST:MODE"; a colon in a path would be read as a separator
      if (path?.includes(":")) {
        throw new SandboxError(
          `the path ${path} contains a colon, which the engine's bind syntax cannot carry`,
          "rename it, or use --backend local",
        );
      }
    }
    const script = existingPath(spec.entrypoint.script, "file", "entry script");
    const entry = entrypointCodeCache(spec.entrypoint);
    const node = resolveNodeBinary(options.nodePath);
    const image = spec.image ?? DEFAULT_IMAGE;
    const docker = await client();
    const { path: imagePath } = await ensureImage(docker, image, log);

    let user = sandboxUser(workspace);
    // a dedicated uid: another than those of the live sandboxes
    if (user.idmap) user = sandboxUser(workspace, await dedicatedUidsInUse());
    ensureRunDirBase(base);
    const id = sandboxId(spec.runId);
    const dir = join(base, id);
    const socketPath = join(dir, SOCKET_NAME);
    checkSocketPath(socketPath);
    mkdirSync(dir, { mode: 0o700 });
    const linkDir = linkDirOf(dir);
    mkdirSync(linkDir, { mode: 0o700 });
    const containerIds: string[] = [];
    const labels = { ...spec.labels, [LABEL_RUN_ID]: spec.runId, [LABEL_MANAGED]: "true" };
    // a root-owned workspace: the mount point of its idmapped view (idmap.ts), beside the run dir
    const mountPoint = user.idmap ? workspaceMountOf(dir) : undefined;
    try {
      // The run's mount points (made by its first sandbox, reused by the others, removed when the
      // run ends; see run-mounts.ts). Runs whose daemon died may still have containers.
      const liveRuns = await runsWithContainers(workspace);
      const protect = joinRun({
        dir: mountsDir,
        workspace,
        paths: spec.protectedPaths,
        workspaceMode: spec.workspaceMode,
        runId: spec.runId,
        labels,
        backend: "docker",
        runMayLive: (runId) => liveRuns.has(runId),
      });
      if (mountPoint) mkdirSync(mountPoint, { mode: 0o700 });
      // No set-id bits on anything the sandbox writes (seccomp.ts): what it leaves in the workspace
      // is the host's to run later, as the workspace's owner (root's, through an idmapped view).
      const profile = JSON.stringify(noSetIdProfile());
      let seccomp = profile;
      if (docker.engine === "podman") {
        seccomp = join(dir, SECCOMP_FILE);
        writeFileSync(seccomp, profile, { mode: 0o644 });
      }
      // The server creates its sockets in these as the sandbox user.
      if (process.getuid?.() === 0) {
        chownSync(dir, user.uid, user.gid);
        chownSync(linkDir, user.uid, user.gid);
      }
      // The image's PATH, so its tools come first; the host's node (bound at /.sandbox/bin) last,
      // for images that have none. An explicit PATH in spec.env still wins.
      const pathEnv = { PATH: `${imagePath}:${NODE_DIR}` };
      const sandboxEnv = buildEnv(pathEnv, spec.env, spec.entrypoint.runnerEnv);
      // Two containers (ADR 0014): the server's, with no network and the host's channel, and the
      // commands', with the runner, the workspace, the network policy and the egress socket. They
      // share the link directory, nothing else.
      const common = {
        image,
        user: `${user.uid}:${user.gid}`,
        network: spec.network,
        // bound from the idmapped view too, so that they are the sandbox user's as well
        protect: mountPoint
          ? protect.mounts.map((mount) => ({ ...mount, host: join(mountPoint, mount.rel) }))
          : protect.mounts,
        limits: spec.limits,
        readOnlyRoot: spec.readOnlyRoot ?? false,
        workspace: mountPoint ?? workspace,
        seccomp,
        workspaceMode: spec.workspaceMode,
        script,
        node,
        runDir: dir,
        linkDir,
        nodeInterpreter: elfInterpreter(node),
      };
      const sandboxLabels = {
        ...labels,
        [LABEL_SANDBOX_ID]: id,
        [LABEL_RUN_DIR]: dir,
        ...(user.idmap ? { [LABEL_UID]: String(user.uid) } : {}),
      };
      const serverConfig = containerConfig({
        ...common,
        role: "server",
        labels: sandboxLabels,
        env: buildEnv(pathEnv, entry.env),
        codeCache: entry.codeCache,
        entryArgs: spec.entrypoint.args(LISTEN_ADDRESS, LINK_ADDRESS),
      });
      const commandsConfig = containerConfig({
        ...common,
        role: "commands",
        labels: { ...sandboxLabels, [LABEL_ROLE]: "commands" },
        env: sandboxEnv,
        egressDir,
        entryArgs: spec.entrypoint.runnerArgs(LINK_ADDRESS),
      });
      for (const [name, config] of [
        [id, serverConfig],
        [`${id}-commands`, commandsConfig],
      ] as const) {
        const created = await docker.request<{ Id: string }>("POST", "/containers/create", {
          query: { name },
          body: config,
        });
        containerIds.push(created.Id);
      }
      const [serverId, commandsId] = containerIds as [string, string];
      // Only now, with the containers labelled (reap finds a mount a killed start left behind):
      // the idmapped view of a root-owned workspace, on the host for as long as they start. Before
      // the attaches: Podman sets a container up (runc create, its mounts) when it is attached.
      if (mountPoint && user.idmap) {
        await mountIdmapped({
          workspace,
          mountPoint,
          disk: { uid: user.idmap.diskUid, gid: user.idmap.diskGid },
          sandbox: user,
          pathEnv: hostEnv.PATH,
        });
      }
      // Attached before start, so not a byte of the server's output (its CA) is missed.
      const attach = await docker.hijack("POST", `/containers/${serverId}/attach`, {
        query: { stream: true, stdout: true, stderr: true },
        timeoutMs: 0,
      });
      const runnerAttach = await docker.hijack("POST", `/containers/${commandsId}/attach`, {
        query: { stream: true, stdout: false, stderr: true },
        timeoutMs: 0,
      });
      // the server first: it listens for the runner, which keeps trying until it can connect
      await docker.request("POST", `/containers/${serverId}/start`);
      await docker.request("POST", `/containers/${commandsId}/start`);
      if (mountPoint) {
        await checkWorkspaceSeen(docker, commandsId, user, workspace);
        // each container has its own bind of it now; the host's goes
        await releaseWorkspaceMount(mountPoint, hostEnv.PATH);
      }
      const exited = waitForExit(docker, serverId, attach);
      return new DockerSandbox(
        {
          client: docker,
          id,
          containerId: serverId,
          commandsContainerId: commandsId,
          runId: spec.runId,
          user: `${user.uid}:${user.gid}`,
          sandboxEnv,
          dir,
          socketPath,
        },
        attach,
        runnerAttach,
        exited,
      );
    } catch (error) {
      for (const containerId of containerIds) await removeContainer(docker, containerId, 0).catch(() => {});
      if (mountPoint) {
        await releaseWorkspaceMount(mountPoint, hostEnv.PATH).catch((failure: Error) =>
          log(`warning: ${failure.message}; detach it with \`umount -l ${mountPoint}\``),
        );
      }
      removeRunDir(dir);
      removeRunDir(linkDir);
      throw error;
    }
  }

  /** a sandbox is its server's container; the commands' container goes with it */
  async function list(labels: Record<string, string>): Promise<ReapedSandbox[]> {
    return (await find(labels)).filter((found) => !found.commands).map(({ sandbox }) => sandbox);
  }

  async function find(labels: Record<string, string>) {
    const docker = await client();
    const filters = { label: Object.entries(labels).map(([key, value]) => `${key}=${value}`) };
    const containers = await docker.request<
      { Id: string; Names?: string[]; Labels?: Record<string, string>; State?: string }[]
    >("GET", "/containers/json", { query: { all: true, filters: JSON.stringify(filters) } });
    return containers.map((container) => ({
      containerId: container.Id,
      runDir: container.Labels?.[LABEL_RUN_DIR],
      commands: container.Labels?.[LABEL_ROLE] === "commands",
      labels: container.Labels ?? {},
      running: container.State === "running",
      sandbox: {
        id: container.Labels?.[LABEL_SANDBOX_ID] ?? container.Names?.[0]?.replace(/^\//, "") ?? container.Id,
        runId: container.Labels?.[LABEL_RUN_ID] ?? "",
      },
    }));
  }

  async function inventory(labels: Record<string, string>): Promise<InventoryEntry[]> {
    return (await find(labels))
      .filter((found) => !found.commands)
      .map(({ sandbox, labels, running }) => ({ ...sandbox, labels, running }));
  }

  async function reap(labels: Record<string, string>): Promise<ReapedSandbox[]> {
    const docker = await client();
    const removed: ReapedSandbox[] = [];
    for (const found of await find(labels)) {
      await removeContainer(docker, found.containerId, 2000);
      // only directories of our own base: the label is written by us, but checked all the same
      if (found.runDir?.startsWith(`${base}/`)) {
        // an idmapped workspace a killed start left on the host: detached before anything is removed
        await releaseWorkspaceMount(workspaceMountOf(found.runDir), hostEnv.PATH).catch((error: Error) =>
          log(`warning: ${error.message}`),
        );
        removeRunDir(found.runDir);
        removeRunDir(linkDirOf(found.runDir));
      }
      if (!found.commands) removed.push(found.sandbox);
    }
    // every container of the matching runs is gone: their runs are over, and so are their claims
    leaveRuns(mountsDir, "docker", labels);
    await releaseOrphanedWorkspaceMounts();
    return removed;
  }

  /**
   * Idmapped workspaces still mounted on the host with no container of theirs left: a start killed
   * in the second the mount exists, whose containers were then removed by other hands (an engine
   * restart, a prune). Detached, never followed: a recursive removal of the base would otherwise go
   * through one into the checkout. A mount point with nothing mounted may be a start in progress.
   */
  async function releaseOrphanedWorkspaceMounts(): Promise<void> {
    let points: string[];
    try {
      points = readdirSync(base)
        .map((name) => join(base, name))
        .filter((path) => path.endsWith(WORKSPACE_MOUNT_SUFFIX) && hasMounts(path));
    } catch {
      return; // no base: nothing was ever made here
    }
    if (points.length === 0) return;
    const live = new Set((await find({ [LABEL_MANAGED]: "true" })).map((found) => found.runDir));
    for (const mountPoint of points) {
      const runDir = mountPoint.slice(0, -WORKSPACE_MOUNT_SUFFIX.length);
      if (live.has(runDir)) continue;
      log(`detaching the idmapped workspace a killed start left at ${mountPoint}`);
      await releaseWorkspaceMount(mountPoint, hostEnv.PATH).catch((error: Error) =>
        log(`warning: ${error.message}`),
      );
      removeRunDir(runDir);
      removeRunDir(linkDirOf(runDir));
    }
  }

  /** the dedicated uids of this engine's live sandboxes (LABEL_UID) */
  async function dedicatedUidsInUse(): Promise<Set<number>> {
    const uids = (await find({ [LABEL_MANAGED]: "true" })).map((found) => Number(found.labels[LABEL_UID]));
    return new Set(uids.filter((uid) => Number.isInteger(uid)));
  }

  /**
   * Run ids that still have a container, asked only when a claim on the workspace exists (a claim
   * of a run whose daemon is gone is dropped only when none is left).
   */
  async function runsWithContainers(workspace: string): Promise<Set<string>> {
    if (!readClaim(claimPath(mountsDir, workspace))) return new Set();
    return new Set((await find({ [LABEL_MANAGED]: "true" })).map((found) => found.sandbox.runId));
  }

  return { name: "docker", create, list, inventory, reap };
}

/**
 * Resolves when the container stops. The attach stream ends when the container's process does;
 * the exit code then comes from inspect. Not the engine's /wait long poll: Podman 4.3 serves it by
 * polling in a loop that keeps more than a core busy for the sandbox's whole life.
 */
async function waitForExit(docker: DockerClient, containerId: string, attach: Duplex): Promise<SandboxExit> {
  await new Promise<void>((resolve) => {
    attach
      .once("end", resolve)
      .once("close", resolve)
      .once("error", () => resolve());
  });
  // The stream can also end because the engine dropped it (a restart); then the container may
  // still run, and is watched at a slow pace until it stops.
  for (;;) {
    let state: { Running?: boolean; ExitCode?: number } | undefined;
    try {
      state = (await docker.request<{ State?: typeof state }>("GET", `/containers/${containerId}/json`))
        .State;
    } catch {
      return { code: null, signal: null }; // removed, or the engine is gone
    }
    if (!state?.Running) {
      const code = state?.ExitCode ?? null;
      // 128+n: killed by signal n (the convention of init and the engine)
      if (code !== null && code > 128 && code < 160) return { code: null, signal: signalName(code - 128) };
      return { code, signal: null };
    }
    await new Promise((resolve) => setTimeout(resolve, EXIT_POLL_MS).unref());
  }
}

const EXIT_POLL_MS = 1000;

function signalName(n: number): string {
  return n === 9 ? "SIGKILL" : n === 15 ? "SIGTERM" : `signal ${n}`;
}

/**
 * Never root (docs/adr/0013-never-host-root.md). The host user when it is not root (its files, its
 * permissions). As root, as the local backend decides (src/backends/local/identity.ts): the
 * workspace's owner when that is a regular uid; else (a root-owned checkout) a dedicated uid, fresh
 * per sandbox, that sees the workspace through an idmapped mount (`idmap`: idmap.ts).
 */
export function sandboxUser(
  workspace: string,
  inUse: ReadonlySet<number> = new Set(),
  hostIds?: HostIds,
): { uid: number; gid: number; idmap?: { diskUid: number; diskGid: number } } {
  const uid = process.getuid?.() ?? SANDBOX_UID;
  const gid = process.getgid?.() ?? SANDBOX_GID;
  if (uid !== 0) return { uid, gid };
  return chooseIdentity(ownerOf(workspace), uid, hostIds ?? readHostIds(), inUse) ?? { uid, gid };
}

/**
 * Whether the engine showed the container the idmapped workspace: its /workspace, looked at from
 * the host through /proc/PID/root, belongs to the sandbox's uid. Not so when the engine lives in
 * another mount namespace than this process (it then binds the empty mount point beneath): fail.
 */
async function checkWorkspaceSeen(
  docker: DockerClient,
  containerId: string,
  user: { uid: number; idmap?: { diskUid: number } },
  workspace: string,
): Promise<void> {
  const { uid } = user;
  const info = await docker.request<{ State?: { Pid?: number; Running?: boolean } }>(
    "GET",
    `/containers/${containerId}/json`,
  );
  // ended already: nothing of it runs, and the start reports why
  if (!info.State?.Running || !info.State.Pid) return;
  let seen: number | undefined;
  try {
    seen = statSync(`/proc/${info.State.Pid}/root${WORKSPACE_INSIDE}`).uid;
  } catch {
    // not a process of this host's pid namespace
  }
  if (seen === uid) return;
  throw new SandboxError(
    `the workspace ${workspace} is owned by uid ${user.idmap?.diskUid ?? 0}, so the docker sandbox (never host root) runs as uid ${uid} and sees it through an idmapped mount this host makes; the engine at ${describeEndpoint(docker.endpoint)} did not show it to the container (its ${WORKSPACE_INSIDE} ${seen === undefined ? "cannot be looked at from here" : `belongs to uid ${seen}`}): the engine runs in another mount or pid namespace than sandbox-action (a job container given the host's Docker socket, a rootless or snap-packaged engine)`,
    `run sandbox-action on the engine's host itself, use --backend local, or ${chownHint(workspace)}`,
  );
}
