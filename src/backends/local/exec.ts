// Runs a process inside a running sandbox: in all of its namespaces, under its root, as its
// unprivileged user, with no capabilities and no_new_privs, like the sandbox's own processes.
//
// Why not nsenter: bubblewrap's --disable-userns leaves the sandbox in a nested user namespace
// whose parent owns the mount, pid and network namespaces. Joining them takes capabilities in that
// parent namespace (where our uid maps to 0, with every capability: a command must never run
// there), then joining the nested one, where we are uid 1000 and exec drops all capabilities.
// nsenter joins a single user namespace, and that parent has no /proc/PID/ns path (no process lives
// in it); only the NS_GET_USERNS ioctl reaches it. Perl (Essential on Debian/Ubuntu) has ioctl and
// syscall built in, so one short script does the joins, then forks into the pid namespace and
// execs. Everything it opens is close-on-exec, so nothing leaks into the command.
import { readlinkSync } from "node:fs";
import { constants } from "node:os";
import { encodeEnv } from "../env.js";
import { type ExecOptions, type ExecResult, SandboxError } from "../types.js";
import { spawnSealed } from "./host.js";
import { DROP_PRIVILEGES, identitySyscalls, JOIN_LIMITS, READ_SYSCALLS } from "./privilege.js";

/** Exit codes of the launcher itself, as container runtimes use them. */
export const EXIT_LAUNCH_FAILED = 125;

export const SYSCALLS: Record<string, { setns: number; prctl: number; prlimit64: number }> = {
  x64: { setns: 308, prctl: 157, prlimit64: 302 },
  // asm-generic numbering
  arm64: { setns: 268, prctl: 167, prlimit64: 261 },
  riscv64: { setns: 268, prctl: 167, prlimit64: 261 },
  loong64: { setns: 268, prctl: 167, prlimit64: 261 },
};

/**
 * Starts bubblewrap inside the sandbox's limits: joins the cgroups, sets the rlimit, then execs
 * bwrap (same pid, same descriptors), so no process of the sandbox ever runs outside them.
 */
export const BWRAP_WRAPPER = `
use strict;
my ($joins, $nproc, $nr_prlimit, @cmd) = @ARGV;
sub fail { print STDERR "bwrap: sandbox limits: @_
"; exit 1; }
${JOIN_LIMITS}
{ exec { $cmd[0] } @cmd; }
fail("exec $cmd[0]: $!");
`;

/** All are opened before the first join; mount goes last as it also moves our root and cwd. */
const NAMESPACES = ["uts", "ipc", "net", "cgroup", "pid", "mnt"] as const;

const LAUNCHER = String.raw`
use strict;
my ($pid, $marker, $cwd, $nr_setns, $nr_prctl, $nslist, $joins, $nproc, $nr_prlimit, $uid, $gid, $nrs, @cmd) = @ARGV;
my %flag = (user => 0x10000000, mnt => 0x00020000, uts => 0x04000000, ipc => 0x08000000,
            net => 0x40000000, pid => 0x20000000, cgroup => 0x02000000);
sub fail { print STDERR "sandbox exec: @_\n"; exit 125; }
my %env;
{
  open(my $fh, "<&=", 3) or fail("environment pipe: $!");
  local $/;
  my $data = <$fh>;
  close($fh);
  for my $kv (split /\0/, defined $data ? $data : "") {
    my ($k, $v) = split /=/, $kv, 2;
    $env{$k} = $v if defined $v;
  }
}
sub nsfile {
  my $name = shift;
  open(my $fh, "<", "/proc/$pid/ns/$name") or fail("open /proc/$pid/ns/$name: $!");
  return $fh;
}
my $inner = nsfile("user");
my $mnt = nsfile("mnt");
my $r = ioctl($mnt, 0xb701, 0);
defined $r or fail("NS_GET_USERNS: $!");
open(my $outer, "<&=", ($r eq "0 but true" ? 0 : $r)) or fail("user namespace fd: $!");
opendir(my $root, "/proc/$pid/root") or fail("open /proc/$pid/root: $!");
my @ns = map { [$_, ($_ eq "mnt" ? $mnt : nsfile($_))] } grep { length } split /,/, $nslist;
# Checked after opening: if the pid was recycled before the opens, its argv is no longer ours.
{
  open(my $fh, "<", "/proc/$pid/cmdline") or fail("sandbox process $pid is gone");
  local $/;
  my $argv = <$fh>;
  fail("sandbox process $pid is gone") unless grep { $_ eq $marker } split /\0/, (defined $argv ? $argv : "");
}
# Into the sandbox's cgroups and rlimits while still a host process (the cgroup files are the
# host's), so the command and all it forks count against the sandbox's limits.
${JOIN_LIMITS}
# Started by root: become the sandbox's unprivileged uid before entering anything (it owns the
# sandbox's user namespaces, which is all the joins below need), so nothing exec'd is host root.
if ($uid ne "-") {
  ${READ_SYSCALLS}
  ${DROP_PRIVILEGES}
}
sub enter {
  my ($fh, $type) = @_;
  syscall($nr_setns, fileno($fh), $flag{$type}) == 0 or fail("setns $type: $!");
}
enter($outer, "user");
enter($_->[1], $_->[0]) for @ns;
enter($inner, "user");
chdir($root) or fail("chdir to the sandbox root: $!");
chroot(".") or fail("chroot: $!");
for my $cap (0 .. 63) {
  next if syscall($nr_prctl, 24, $cap, 0, 0, 0) == 0;
  last if $! + 0 == 22; # EINVAL: past the last capability
  fail("drop capability $cap from the bounding set: $!");
}
syscall($nr_prctl, 38, 1, 0, 0, 0) == 0 or fail("no_new_privs: $!");
%ENV = %env;
my $child = fork();
defined $child or fail("fork: $!");
if ($child == 0) {
  chdir($cwd) or do { print STDERR "sandbox exec: cannot change directory to $cwd: $!\n"; exit 126; };
  { exec { $cmd[0] } @cmd; }
  my $code = $! + 0 == 2 ? 127 : 126; # ENOENT
  print STDERR "sandbox exec: $cmd[0]: $!\n";
  exit $code;
}
waitpid($child, 0);
my $status = $?;
exit(($status & 127) ? 128 + ($status & 127) : ($status >> 8));
`;

export interface ExecTarget {
  /** host pid of the sandbox's pid 1 (bubblewrap's init) */
  pid: number;
  /** an argument of the sandbox's bwrap command line (its run directory), proving the pid is ours */
  marker: string;
  /** comma-separated namespaces of the target that differ from ours; see sandboxNamespaces */
  namespaces: string;
  perl: string;
  /** cgroup.procs files to join and RLIMIT_NPROC to set before forking (see limits.ts) */
  limits?: { join: string[]; nproc?: number };
  /** the sandbox's host uid and gid when we are root: the launcher drops to them (privilege.ts) */
  identity?: { uid: number; gid: number };
}

/**
 * The namespaces to join: setns into a namespace we are already in needs privileges a non-root
 * user does not have (and the host network is shared when the policy is "open").
 */
export function sandboxNamespaces(pid: number): string {
  const differs = (ns: string) => {
    try {
      return readlinkSync(`/proc/${pid}/ns/${ns}`) !== readlinkSync(`/proc/self/ns/${ns}`);
    } catch {
      return false;
    }
  };
  return NAMESPACES.filter(differs).join(",");
}

export function execLauncherArgv(target: ExecTarget, cwd: string, argv: string[]): string[] {
  const numbers = SYSCALLS[process.arch];
  if (!numbers || (target.identity && !identitySyscalls())) {
    throw new SandboxError(
      `exec into a local sandbox is not supported on ${process.arch}`,
      "use --backend docker",
    );
  }
  return [
    "-e",
    LAUNCHER,
    "--",
    String(target.pid),
    target.marker,
    cwd,
    String(numbers.setns),
    String(numbers.prctl),
    target.namespaces,
    target.limits?.join.length ? target.limits.join.join(",") : "-",
    target.limits?.nproc === undefined ? "-" : String(target.limits.nproc),
    String(numbers.prlimit64),
    target.identity ? String(target.identity.uid) : "-",
    target.identity ? String(target.identity.gid) : "-",
    target.identity ? (identitySyscalls() ?? "-") : "-",
    ...argv,
  ];
}

/** Runs the launcher; the environment travels over fd 3, never through argv or perl's own env. */
export function runExec(
  target: ExecTarget,
  argv: string[],
  env: Record<string, string>,
  options: ExecOptions,
): Promise<ExecResult> {
  if (argv.length === 0 || !argv[0]) return Promise.reject(new SandboxError("exec needs a command"));
  const cwd = options.cwd ?? "/workspace";
  if (!cwd.startsWith("/")) return Promise.reject(new SandboxError(`exec cwd must be absolute: ${cwd}`));
  return new Promise<ExecResult>((resolve, reject) => {
    const child = spawnSealed(target.perl, execLauncherArgv(target, cwd, argv), {
      // Perl itself runs with an empty environment: PERL5LIB/PERL5OPT in a caller's env must not
      // load code into this host-side, still privileged process.
      env: {},
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // its own process group, so a timeout can kill the launcher and the command together
      detached: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let timedOut = false;
    let timer: NodeJS.Timeout | undefined;
    child.stdout?.on("data", (chunk: Buffer) => stdout.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => stderr.push(chunk));
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(
        new SandboxError(`could not start perl for exec: ${error.message}`, "install perl", { cause: error }),
      );
    });
    child.once("close", (code, signal) => {
      clearTimeout(timer);
      const exitCode = code ?? (signal ? 128 + signalNumber(signal) : EXIT_LAUNCH_FAILED);
      resolve({ exitCode, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), timedOut });
    });
    if (options.timeoutMs !== undefined) {
      timer = setTimeout(() => {
        timedOut = true;
        killGroup(child.pid, "SIGKILL");
      }, options.timeoutMs);
    }
    const envPipe = child.stdio[3] as NodeJS.WritableStream | null;
    envPipe?.on("error", () => {});
    envPipe?.end(encodeEnv(env));
    child.stdin?.on("error", () => {});
    child.stdin?.end(options.stdin ?? "");
  });
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

function signalNumber(signal: NodeJS.Signals): number {
  return constants.signals[signal] ?? 1;
}
