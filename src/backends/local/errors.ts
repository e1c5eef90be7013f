// Turns bubblewrap's start-up failures into errors that say what failed and how to fix it. The
// backend never retries with weaker isolation: an error here means no sandbox.
import { SandboxError } from "../types.js";
import type { SandboxIdentity } from "./identity.js";
import { IDMAP_FAILURE } from "./privilege.js";

const OTHER_BACKEND = "or run with --backend docker";

export const HINT_INSTALL_BWRAP = `install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap), ${OTHER_BACKEND}`;

export const HINT_USERNS =
  "allow unprivileged user namespaces: on Ubuntu 23.10+ run `sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0` " +
  "(or install an AppArmor profile that grants bwrap `userns`), on Debian `sudo sysctl -w kernel.unprivileged_userns_clone=1`, " +
  `and make sure user.max_user_namespaces is not 0; ${OTHER_BACKEND}`;

export const HINT_CONTAINER =
  "bubblewrap cannot mount inside this container (its seccomp/AppArmor profile or a read-only /proc forbids it); " +
  `run the job on the host or in a container started with --security-opt seccomp=unconfined --security-opt apparmor=unconfined, ${OTHER_BACKEND}`;

const USERNS_PATTERNS = [
  /setting up uid map/i,
  /setting up gid map/i,
  /no permissions to create (a )?new namespace/i,
  /creating new namespace failed/i,
  /unshare user ns/i,
  /user namespaces? (is|are) not (enabled|supported)/i,
  /max_user_namespaces/i,
];

const MOUNT_PATTERNS = [
  /can't mount proc/i,
  /failed to make \/ slave/i,
  /can't mount tmpfs/i,
  /mount.*operation not permitted/i,
];

export const HINT_IDMAP =
  "chown the checkout to a non-root user (e.g. `chown -R 1000:1000 WORKSPACE`): the sandbox then runs as that user and needs no idmapped mount; " +
  "idmapped mounts need Linux 5.12 or newer and a filesystem that supports them (ext4, xfs, btrfs, tmpfs on 6.3+; not NFS)";

/**
 * bubblewrap (or the root wrapper before it, privilege.ts) exited before the entry process ran:
 * classify its stderr. `identity`: the unprivileged uid a sandbox started by root runs as.
 */
export function startupFailure(
  stderr: string,
  exitCode: number | null,
  signal: string | null,
  identity?: SandboxIdentity,
): SandboxError {
  const detail = stderr.trim() || (signal ? `killed by ${signal}` : `exit code ${exitCode}`);
  if (identity?.idmap && stderr.includes(IDMAP_FAILURE)) {
    return new SandboxError(
      `the workspace is owned by uid ${identity.idmap.diskUid}, and a sandbox never runs as host root: it runs as uid ${identity.uid} with the workspace idmapped to it, and this kernel or the workspace's filesystem refuses that (${detail})`,
      HINT_IDMAP,
    );
  }
  if (USERNS_PATTERNS.some((re) => re.test(stderr))) {
    return new SandboxError(
      identity
        ? `bubblewrap could not create the sandbox's user namespace: started by root, the sandbox runs as the unprivileged uid ${identity.uid} (never as root), and this machine does not allow unprivileged user namespaces (${detail})`
        : `bubblewrap could not create the sandbox's user namespace; this machine does not allow unprivileged user namespaces (${detail})`,
      HINT_USERNS,
    );
  }
  if (MOUNT_PATTERNS.some((re) => re.test(stderr))) {
    return new SandboxError(`bubblewrap could not set up the sandbox's mounts (${detail})`, HINT_CONTAINER);
  }
  return new SandboxError(
    `bubblewrap failed to start the sandbox (${detail})`,
    `run \`sandbox-action doctor\` for details, ${OTHER_BACKEND}`,
  );
}

/** The entry process itself ran and exited while the sandbox was starting. */
export function entryExitedEarly(
  stderr: string,
  exitCode: number | null,
  signal: string | null,
): SandboxError {
  const how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`;
  const tail = stderr.trim().slice(-2000);
  return new SandboxError(`the sandbox's entry process ${how} during start-up${tail ? `: ${tail}` : ""}`);
}

export function spawnFailure(path: string, error: NodeJS.ErrnoException): SandboxError {
  if (error.code === "ENOENT") {
    return new SandboxError(`bubblewrap was not found at ${path}`, HINT_INSTALL_BWRAP, { cause: error });
  }
  return new SandboxError(`could not run bubblewrap (${path}): ${error.message}`, HINT_INSTALL_BWRAP, {
    cause: error,
  });
}
