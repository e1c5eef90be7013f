// How a root host process hands a sandbox to an unprivileged uid (identity.ts chooses it), in
// perl, which exec.ts uses already (Essential on Debian/Ubuntu; syscall() reaches what Node cannot).
//
// Starting bubblewrap, the wrapper (as root) joins the sandbox's cgroups and rlimit, then enters
// a private mount namespace of its own and stages there, on a fresh tmpfs over /tmp (stage.ts),
// every host path bubblewrap binds but the system trees, which the sandbox's uid could not reach
// by their own paths (the run directory in root's private 0700 base, the workspace maybe under a
// 0700 home, node under root's nvm, the code cache in root's private cache, the egress socket's
// directory): open_tree() clones each source, and move_mount() puts it at its stage entry. The workspace of a root-owned checkout is
// idmapped on the way (mount_setattr with MOUNT_ATTR_IDMAP and a user namespace mapping the disk
// owner to the sandbox's uid). None of this is visible on the host: the namespace is private and
// lives as long as bubblewrap. Then it drops to the sandbox's uid (no groups, no capabilities left)
// and execs bubblewrap, which sets up the sandbox as that user.
//
// The exec launcher (exec.ts) drops the same way, after joining the cgroups and before it enters
// the sandbox's namespaces: the sandbox's user namespaces are owned by that uid, which is all the
// joins need.
import { STAGE_ROOT } from "./stage.js";

/**
 * Perl that puts the running process into the sandbox's cgroups and sets RLIMIT_NPROC, both
 * inherited by everything it forks or execs; shared by the exec launcher and the bwrap wrappers.
 * Expects $joins (comma-separated cgroup.procs files, or "-"), $nproc ("-" or a number),
 * $nr_prlimit and a fail() sub.
 */
export const JOIN_LIMITS = `
if ($joins ne "-") {
  for my $procs (split /,/, $joins) {
    open(my $fh, ">>", $procs) or fail("join cgroup $procs: $!");
    print $fh "$$
" or fail("join cgroup $procs: $!");
    close($fh) or fail("join cgroup $procs: $!");
  }
}
if ($nproc ne "-") {
  my $lim = pack("QQ", $nproc, $nproc);
  syscall($nr_prlimit, 0, 6, $lim, 0) == 0 or fail("RLIMIT_NPROC: $!");
}
`;

/** Syscall numbers: x86_64, and the asm-generic table of the newer architectures. */
const GENERIC = {
  unshare: 97,
  mount: 40,
  open_tree: 428,
  move_mount: 429,
  mount_setattr: 442,
  setgroups: 159,
  setresgid: 149,
  setresuid: 147,
};
export const IDENTITY_SYSCALLS: Record<string, typeof GENERIC> = {
  x64: {
    unshare: 272,
    mount: 165,
    open_tree: 428,
    move_mount: 429,
    mount_setattr: 442,
    setgroups: 116,
    setresgid: 119,
    setresuid: 117,
  },
  arm64: GENERIC,
  riscv64: GENERIC,
  loong64: GENERIC,
};

/** the numbers as one argument, in the order the perl below reads them */
export function identitySyscalls(arch: string = process.arch): string | undefined {
  const n = IDENTITY_SYSCALLS[arch];
  if (!n) return undefined;
  return [
    n.unshare,
    n.mount,
    n.open_tree,
    n.move_mount,
    n.mount_setattr,
    n.setgroups,
    n.setresgid,
    n.setresuid,
  ].join(",");
}

/**
 * Perl: drop from root to $uid/$gid for good (real, effective and saved ids; no supplementary
 * groups). Changing the uid away from 0 clears every capability. Expects $uid, $gid (numbers),
 * %nr and fail(). Perl's syscall() passes a string argument as a pointer, hence the `+ 0`.
 */
export const DROP_PRIVILEGES = `
syscall($nr{setgroups}, 0, 0) == 0 or fail("setgroups: $!");
syscall($nr{setresgid}, $gid + 0, $gid + 0, $gid + 0) == 0 or fail("setresgid $gid: $!");
syscall($nr{setresuid}, $uid + 0, $uid + 0, $uid + 0) == 0 or fail("setresuid $uid: $!");
`;

/** Perl: %nr from the comma-separated numbers of identitySyscalls(). Expects $nrs. */
export const READ_SYSCALLS = `
my %nr;
@nr{qw(unshare mount open_tree move_mount mount_setattr setgroups setresgid setresuid)} = map { $_ + 0 } split /,/, $nrs;
`;

/** What the wrapper prints before an idmapped mount failure; errors.ts turns it into advice. */
export const IDMAP_FAILURE = "idmapped workspace";

/**
 * Perl: opens `$userns` on a throwaway user namespace whose only mapping is $disk_uid:$disk_gid ->
 * $uid:$gid, the mapping an idmapped mount takes (the local wrapper's and the docker backend's).
 * Expects those variables, `$userns` declared, and fail(); `prefix` starts each failure's text,
 * `childPrefix` too in the forked child, which cannot call fail().
 */
export function perlIdmapUserns(unshareNr: string, prefix: string, childPrefix = ""): string {
  return String.raw`
pipe(my $ready_r, my $ready_w) or fail("pipe: $!");
pipe(my $done_r, my $done_w) or fail("pipe: $!");
my $child = fork();
defined $child or fail("fork: $!");
if ($child == 0) {
  close($ready_r); close($done_w);
  syscall(${unshareNr}, 0x10000000) == 0 or do { print STDERR "${childPrefix}${prefix}user namespace: $!\n"; exit 1; };
  syswrite($ready_w, "1");
  sysread($done_r, my $byte, 1);
  exit 0;
}
close($ready_w); close($done_r);
sysread($ready_r, my $byte, 1) == 1 or fail("${prefix}no user namespace for the mapping");
for (["uid_map", "$disk_uid $uid 1"], ["gid_map", "$disk_gid $gid 1"]) {
  open(my $fh, ">", "/proc/$child/$_->[0]") or fail("${prefix}$_->[0]: $!");
  print $fh "$_->[1]\n";
  close($fh) or fail("${prefix}$_->[0]: $!");
}
open($userns, "<", "/proc/$child/ns/user") or fail("${prefix}user namespace: $!");
syswrite($done_w, "1");
waitpid($child, 0);
`;
}

/**
 * bubblewrap's wrapper when the host process is root. Arguments: joins, nproc, prlimit's number
 * (as BWRAP_WRAPPER), the syscall numbers, uid, gid, the idmap ("-" or "diskUid:diskGid"), the
 * number of stage entries, then per entry its kind ("bind" or "idmap"), type ("dir" or "file"),
 * source and stage path (stage.ts), then bubblewrap's argv.
 */
export const ROOT_BWRAP_WRAPPER = `
use strict;
my ($joins, $nproc, $nr_prlimit, $nrs, $uid, $gid, $idmap, $count, @rest) = @ARGV;
sub fail { print STDERR "bwrap: sandbox identity: @_
"; exit 1; }
${READ_SYSCALLS}
${JOIN_LIMITS}
my @stage = splice(@rest, 0, 4 * $count);
my @cmd = @rest;
my ($AT_FDCWD, $OPEN_TREE_CLONE, $O_CLOEXEC, $AT_RECURSIVE, $AT_SYMLINK_NOFOLLOW, $AT_EMPTY_PATH) =
  (-100, 1, 0x80000, 0x8000, 0x100, 0x1000);
syscall($nr{unshare}, 0x00020000) == 0 or fail("private mount namespace: $!");
{
  my $root = "/";
  # MS_REC | MS_PRIVATE: nothing mounted here reaches the host's namespace
  syscall($nr{mount}, 0, $root, 0, 0x4000 | 0x40000, 0) == 0 or fail("make / private: $!");
}
my $userns;
if ($idmap ne "-") {
  my ($disk_uid, $disk_gid) = split /:/, $idmap;
  # a user namespace whose only mapping is disk owner -> sandbox uid: the mount's idmapping
${perlIdmapUserns("$nr{unshare}", `${IDMAP_FAILURE}: `, "bwrap: sandbox identity: ")}
}
# Every source is cloned before the stage's tmpfs goes over STAGE_ROOT (some live below it).
my @clones;
while (my ($kind, $type, $src, $dest) = splice(@stage, 0, 4)) {
  my $flags = $OPEN_TREE_CLONE | $O_CLOEXEC | $AT_SYMLINK_NOFOLLOW | ($kind eq "idmap" ? 0 : $AT_RECURSIVE);
  my $path = "$src";
  my $fd = syscall($nr{open_tree}, $AT_FDCWD, $path, $flags);
  $fd >= 0 or fail(($kind eq "idmap" ? "${IDMAP_FAILURE}: " : "") . "open_tree $src: $!");
  if ($kind eq "idmap") {
    # struct mount_attr { attr_set = MOUNT_ATTR_IDMAP, attr_clr, propagation, userns_fd }
    my $attr = pack("QQQQ", 0x00100000, 0, 0, fileno($userns));
    my $empty = "";
    syscall($nr{mount_setattr}, $fd, $empty, $AT_EMPTY_PATH, $attr, length($attr)) == 0
      or fail("${IDMAP_FAILURE}: $src: the kernel or the filesystem refuses idmapped mounts (mount_setattr: $!)");
  }
  push @clones, [$fd, $type, $src, $dest];
}
{
  my ($source, $target, $fstype, $data) = ("tmpfs", "${STAGE_ROOT}", "tmpfs", "mode=0711,size=64k");
  # MS_NOSUID | MS_NODEV
  syscall($nr{mount}, $source, $target, $fstype, 2 | 4, $data) == 0 or fail("stage tmpfs on ${STAGE_ROOT}: $!");
}
for my $clone (@clones) {
  my ($fd, $type, $src, $dest) = @$clone;
  my $dir = "";
  for my $part (grep { length } split m{/}, $dest) {
    last if "$dir/$part" eq $dest;
    $dir .= "/$part";
    -d $dir or mkdir($dir, 0711) or fail("stage directory $dir: $!");
  }
  if ($type eq "dir") { mkdir($dest, 0711) or fail("stage entry $dest: $!"); }
  else { open(my $fh, ">", $dest) or fail("stage entry $dest: $!"); close($fh); }
  my ($empty, $target) = ("", "$dest");
  # MOVE_MOUNT_F_EMPTY_PATH
  syscall($nr{move_mount}, $fd, $empty, $AT_FDCWD, $target, 4) == 0 or fail("move_mount $src to $dest: $!");
}
close($userns) if $userns;
${DROP_PRIVILEGES}
{ exec { $cmd[0] } @cmd; }
fail("exec $cmd[0]: $!");
`;
