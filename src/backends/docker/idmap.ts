// A root-owned workspace for a docker sandbox started by root (docs/adr/0013-never-host-root.md,
// "The docker backend"). The containers run as a dedicated unprivileged uid (chosen as the local
// backend chooses it, src/backends/local/identity.ts), and see the workspace through an idmapped
// mount that shows the disk owner's files as that uid's, and stores what it creates as the disk
// owner's. Neither engine can make such a mount for us over its API with a rootful runc (Podman's
// `idmap` bind option needs crun; Docker's API has none), so the host makes it:
//
// 1. an empty directory beside the sandbox's run directory (`<run dir>.workspace`, mode 0700) is
//    the mount point, and the containers are created binding it at /workspace (and the protected
//    paths from below it);
// 2. before the containers are attached or started (Podman sets a container up when it is
//    attached), perl (as the local backend's root wrapper does) clones the workspace with
//    open_tree(), sets MOUNT_ATTR_IDMAP with a throwaway user namespace whose only mapping is
//    disk owner -> sandbox uid, and moves it onto the mount point, in the host's mount namespace
//    (the engine's);
// 3. the containers start: runc binds the mount point, idmapped mount included, into each;
// 4. the host checks that the container really sees it (its /workspace belongs to the sandbox's
//    uid, from the host through /proc/PID/root), else the engine lives in another mount
//    namespace and the start fails;
// 5. the host's mount is detached again and its mount point removed: each container keeps its
//    own bind of it.
// So the idmapped view of the checkout exists on the host only while the containers start; a
// process killed in that moment leaves it to `reap` (the containers carry the run directory's
// label). Its mount point is never inside the run directory, which is removed recursively: a
// recursive removal that met a mounted workspace would delete the user's checkout; the mount point
// itself is removed only once nothing is mounted at or below it (releaseWorkspaceMount).
import { execFile } from "node:child_process";
import { readFileSync, realpathSync, rmSync } from "node:fs";
import { findExecutable } from "../executables.js";
import { IDENTITY_SYSCALLS, perlIdmapUserns } from "../local/privilege.js";
import { SandboxError } from "../types.js";

/** the mount point of a sandbox's idmapped workspace, beside (never inside) its run directory */
export const WORKSPACE_MOUNT_SUFFIX = ".workspace";
export const workspaceMountOf = (runDir: string): string => `${runDir}${WORKSPACE_MOUNT_SUFFIX}`;

/** umount2: x86_64's number, else asm-generic's (arm64, riscv64, loong64) */
const UMOUNT2: Record<string, number> = { x64: 166, arm64: 39, riscv64: 39, loong64: 39 };

/** What the script prints before a failure of the idmapped mount itself (kernel, filesystem). */
const IDMAP_REFUSED = "idmap refused:";

/**
 * Perl: mount SRC idmapped (DISK_UID:DISK_GID -> UID:GID, not recursive: submounts of the
 * workspace are not shown) onto DEST in this mount namespace. Arguments: the syscall numbers
 * (unshare, open_tree, move_mount, mount_setattr), src, dest, disk uid, disk gid, uid, gid.
 */
const MOUNT_SCRIPT = String.raw`
use strict;
my ($nrs, $src, $dest, $disk_uid, $disk_gid, $uid, $gid) = @ARGV;
my ($nr_unshare, $nr_open_tree, $nr_move_mount, $nr_mount_setattr) = map { $_ + 0 } split /,/, $nrs;
sub fail { print STDERR "@_\n"; exit 1; }
my ($AT_FDCWD, $OPEN_TREE_CLONE, $O_CLOEXEC, $AT_SYMLINK_NOFOLLOW, $AT_EMPTY_PATH) = (-100, 1, 0x80000, 0x100, 0x1000);
# MOUNT_ATTR_IDMAP | MOUNT_ATTR_NOSUID | MOUNT_ATTR_NODEV
my $ATTRS = 0x00100000 | 0x2 | 0x4;
my $userns;
${perlIdmapUserns("$nr_unshare", `${IDMAP_REFUSED} `)}
my $path = "$src";
my $fd = syscall($nr_open_tree, $AT_FDCWD, $path, $OPEN_TREE_CLONE | $O_CLOEXEC | $AT_SYMLINK_NOFOLLOW);
$fd >= 0 or fail("${IDMAP_REFUSED} open_tree $src: $!");
# struct mount_attr { attr_set, attr_clr, propagation, userns_fd }
my $attr = pack("QQQQ", $ATTRS, 0, 0, fileno($userns));
my $empty = "";
syscall($nr_mount_setattr, $fd, $empty, $AT_EMPTY_PATH, $attr, length($attr)) == 0
  or fail("${IDMAP_REFUSED} mount_setattr: $!");
my $target = "$dest";
# MOVE_MOUNT_F_EMPTY_PATH
syscall($nr_move_mount, $fd, $empty, $AT_FDCWD, $target, 4) == 0 or fail("move_mount onto $dest: $!");
`;

/** Perl: detach whatever is mounted on DEST (MNT_DETACH | UMOUNT_NOFOLLOW); EINVAL: nothing was. */
const UNMOUNT_SCRIPT = String.raw`
my ($nr, $dest) = @ARGV;
my $target = "$dest";
syscall($nr + 0, $target, 2 | 8) == 0 or $!{EINVAL} or do { print STDERR "umount $dest: $!\n"; exit 1; };
`;

function run(perl: string, script: string, args: string[]): Promise<{ ok: boolean; stderr: string }> {
  return new Promise((resolve) => {
    execFile(perl, ["-e", script, ...args], { timeout: 10_000, env: {} }, (error, _stdout, stderr) =>
      resolve({ ok: !error, stderr: String(stderr).trim() || (error?.message ?? "") }),
    );
  });
}

function perlPath(pathEnv: string | undefined): string {
  const perl = findExecutable("perl", pathEnv);
  if (!perl) {
    throw new SandboxError(
      "a root-owned workspace needs perl on this host: it makes the idmapped mount that lets the docker sandbox, which never runs as root, write the checkout",
      "install perl (Debian/Ubuntu: apt-get install perl-base), or chown the checkout to a non-root user",
    );
  }
  return perl;
}

export interface IdmapRequest {
  workspace: string;
  mountPoint: string;
  disk: { uid: number; gid: number };
  sandbox: { uid: number; gid: number };
  pathEnv?: string;
  arch?: string;
}

/** Makes the idmapped mount of the workspace on its (existing, empty) mount point. */
export async function mountIdmapped(request: IdmapRequest): Promise<void> {
  const n = process.platform === "linux" ? IDENTITY_SYSCALLS[request.arch ?? process.arch] : undefined;
  if (!n) {
    throw new SandboxError(
      `the workspace ${request.workspace} is owned by uid ${request.disk.uid}, and a sandbox never runs as host root: it needs an idmapped mount, which sandbox-action makes only on Linux on x86_64, arm64, riscv64 and loong64 (this is ${process.platform} on ${request.arch ?? process.arch})`,
      "chown the checkout to a non-root user: the sandbox then runs as that user",
    );
  }
  const { ok, stderr } = await run(perlPath(request.pathEnv), MOUNT_SCRIPT, [
    [n.unshare, n.open_tree, n.move_mount, n.mount_setattr].join(","),
    request.workspace,
    request.mountPoint,
    String(request.disk.uid),
    String(request.disk.gid),
    String(request.sandbox.uid),
    String(request.sandbox.gid),
  ]);
  if (ok) return;
  const detail = stderr.replace(`${IDMAP_REFUSED} `, "");
  const why = /Operation not permitted/.test(stderr)
    ? "this process may not make mounts (a container without CAP_SYS_ADMIN, such as a job container, may not)"
    : stderr.includes(IDMAP_REFUSED)
      ? "this kernel or the workspace's filesystem refuses that"
      : "the idmapped mount failed";
  throw new SandboxError(
    `the workspace ${request.workspace} is owned by uid ${request.disk.uid}, and a sandbox never runs as host root: the docker backend runs it as uid ${request.sandbox.uid} with the workspace idmapped to it, and ${why} (${detail})`,
    chownHint(request.workspace),
  );
}

/** the fix for a root-owned checkout that cannot be idmapped here */
export function chownHint(workspace: string): string {
  return `chown the checkout to a non-root user (e.g. \`chown -R 1000:1000 ${workspace}\`): the sandbox then runs as that user and needs no idmapped mount; idmapped mounts need Linux 5.12 or newer and a filesystem that supports them (ext4, xfs, btrfs, tmpfs on 6.3+; not NFS)`;
}

/** mount points (mountinfo's 5th field, octal escapes decoded) at or below `dir`, in this namespace */
export function mountsAt(dir: string, mountinfo = readFileSync("/proc/self/mountinfo", "utf8")): string[] {
  return mountinfo
    .split("\n")
    .map((line) =>
      (line.split(" ")[4] ?? "").replace(/\\([0-7]{3})/g, (_, octal: string) =>
        String.fromCharCode(Number.parseInt(octal, 8)),
      ),
    )
    .filter((point) => point === dir || point.startsWith(`${dir}/`));
}

/** whether anything is mounted at or below `dir` (as mountinfo names it: its real path) */
export function hasMounts(dir: string): boolean {
  try {
    return mountsAt(realpathSync(dir)).length > 0;
  } catch {
    return false; // gone
  }
}

/**
 * Removes a sandbox's workspace mount point: whatever is mounted there is detached first, and only
 * once this mount namespace shows nothing mounted at or below it is it removed with what the
 * engine made in it (the engines create a bind's missing source: the protected paths' mount
 * points, made in the empty directory when the containers were created, before the mount). A
 * removal never meets the checkout. Throws when the mount cannot be detached.
 */
export async function releaseWorkspaceMount(mountPoint: string, pathEnv?: string): Promise<void> {
  let real: string;
  try {
    // as mountinfo names it (a symlink in TMPDIR or RUNNER_TEMP would hide the mount otherwise)
    real = realpathSync(mountPoint);
  } catch {
    return; // gone already
  }
  for (let attempt = 0; mountsAt(real).length > 0; attempt++) {
    const nr = UMOUNT2[process.arch];
    if (nr === undefined || attempt === 8) {
      throw new SandboxError(`cannot detach the sandbox's workspace mount at ${mountPoint}`);
    }
    const { ok, stderr } = await run(perlPath(pathEnv), UNMOUNT_SCRIPT, [String(nr), mountPoint]);
    if (!ok)
      throw new SandboxError(`cannot detach the sandbox's workspace mount at ${mountPoint}: ${stderr}`);
  }
  rmSync(real, { recursive: true, force: true });
}
