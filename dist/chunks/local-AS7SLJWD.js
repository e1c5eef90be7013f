var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  checkLocalPrerequisites: () => checkLocalPrerequisites,
  createLocalBackend: () => createLocalBackend
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_H4RBL64L = require("./chunk-H4RBL64L.js"), import_chunk_JXRBE7CI = require("./chunk-JXRBE7CI.js"), import_chunk_VGR4BRCM = require("./chunk-VGR4BRCM.js"), import_chunk_6MR7WQBO = require("./chunk-6MR7WQBO.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_fs3 = require("node:fs"), import_node_child_process = require("node:child_process"), import_node_fs4 = require("node:fs"), import_node_path2 = require("node:path"), import_node_fs5 = require("node:fs"), import_node_path3 = require("node:path"), import_node_fs6 = require("node:fs"), import_node_path4 = require("node:path"), import_node_fs7 = require("node:fs"), import_node_stream = require("node:stream"), import_node_fs8 = require("node:fs"), import_node_os = require("node:os"), import_node_child_process2 = require("node:child_process"), import_node_fs9 = require("node:fs"), import_node_child_process3 = require("node:child_process"), import_node_fs10 = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var STATUS_FD = 3, ARGS_FD = 4, SECCOMP_FD = 5, linkDirOf = (runDir) => `${runDir}/link`;
function bindSource(plan, host) {
  if (!plan.staged) return host;
  let exact = plan.staged[host];
  if (exact !== void 0) return exact;
  for (let [from, to] of Object.entries(plan.staged))
    if (host.startsWith(`${from}/`)) return `${to}${host.slice(from.length)}`;
  return host;
}
function buildBwrapArgs(plan) {
  let server = plan.role === "server", network = server ? "none" : plan.network, args = [
    "--unshare-user",
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    ...network === "none" ? ["--unshare-net"] : [],
    // No nested user namespaces: they are the usual way from an unprivileged process to kernel
    // attack surface (nf_tables and friends), and Docker's default seccomp profile blocks them too.
    "--disable-userns",
    "--die-with-parent",
    // setsid: no controlling terminal to push input into (TIOCSTI), and one process group to signal
    "--new-session",
    "--cap-drop",
    "ALL",
    "--uid",
    String(import_chunk_JXRBE7CI.SANDBOX_UID),
    "--gid",
    String(import_chunk_JXRBE7CI.SANDBOX_GID),
    "--hostname",
    import_chunk_JXRBE7CI.SANDBOX_HOSTNAME,
    "--json-status-fd",
    String(STATUS_FD),
    // bwrap reads this descriptor to its end before it creates anything: the host puts it into
    // the sandbox's cgroups meanwhile (sandbox.ts, joinCgroups)
    "--args",
    String(ARGS_FD),
    // no set-user-ID or set-group-ID bit on anything the sandbox writes (seccomp.ts)
    "--seccomp",
    String(SECCOMP_FD)
  ];
  for (let op of plan.rootfs)
    op.kind === "symlink" ? args.push("--symlink", op.target, op.dest) : op.kind === "ro-bind" && args.push("--ro-bind", op.src, op.dest);
  args.push("--ro-bind-try", import_chunk_JXRBE7CI.THP_SYSFS_DIR, import_chunk_JXRBE7CI.THP_SYSFS_DIR), args.push("--proc", "/proc");
  for (let op of plan.proc ?? [])
    op.kind === "ro-bind" ? args.push("--ro-bind-try", op.dest, op.dest) : op.kind === "mask-file" ? args.push("--ro-bind", "/dev/null", op.dest) : args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  args.push("--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp", "--tmpfs", "/run");
  for (let op of plan.rootfs)
    op.kind === "mask-file" ? args.push("--ro-bind", "/dev/null", op.dest) : op.kind === "mask-dir" && args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  let source = (host) => bindSource(plan, host);
  if (server)
    plan.codeCache && args.push("--ro-bind", source(plan.codeCache), import_chunk_JXRBE7CI.CODE_CACHE_INSIDE), args.push("--bind", source(plan.runDir), import_chunk_JXRBE7CI.RUN_INSIDE);
  else {
    network === "open" && plan.resolvConf && args.push("--ro-bind", plan.resolvConf, plan.resolvConf), args.push(plan.workspaceMode === "ro" ? "--ro-bind" : "--bind", source(plan.workspace), import_chunk_JXRBE7CI.WORKSPACE_INSIDE);
    for (let mount of plan.protect ?? [])
      args.push(
        mount.readOnly ? "--ro-bind" : "--bind",
        source(mount.host),
        `${import_chunk_JXRBE7CI.WORKSPACE_INSIDE}/${mount.rel}`
      );
    plan.egressDir && args.push("--bind", source(plan.egressDir), import_chunk_JXRBE7CI.EGRESS_DIR_INSIDE);
  }
  return args.push(
    "--bind",
    source(linkDirOf(plan.runDir)),
    import_chunk_JXRBE7CI.LINK_DIR_INSIDE,
    "--ro-bind",
    source(plan.script),
    import_chunk_JXRBE7CI.SCRIPT_INSIDE,
    "--ro-bind",
    source(plan.node),
    import_chunk_JXRBE7CI.NODE_INSIDE,
    // Last: the root tmpfs (and so /.sandbox and the mount points on it) becomes read-only too.
    "--remount-ro",
    "/",
    "--chdir",
    server ? "/" : import_chunk_JXRBE7CI.WORKSPACE_INSIDE,
    "--",
    import_chunk_JXRBE7CI.NODE_INSIDE,
    ...import_chunk_JXRBE7CI.SERVER_NODE_FLAGS,
    import_chunk_JXRBE7CI.SCRIPT_INSIDE,
    ...plan.entryArgs
  ), args;
}
function envArgs(env) {
  let parts = [];
  for (let [key, value] of Object.entries(env)) parts.push("--setenv", key, value);
  return Buffer.from(parts.map((part) => `${part}\0`).join(""));
}
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var STAGE_ROOT = "/tmp", STAGED_BWRAP = `${STAGE_ROOT}/bwrap`;
function stagedRunDir(runDir) {
  return `${STAGE_ROOT}/run${runDir}`;
}
function planStage(sources, identity) {
  let entries = [
    { kind: "bind", src: sources.runDir, dest: stagedRunDir(sources.runDir), type: "dir" },
    {
      kind: identity.idmap ? "idmap" : "bind",
      src: sources.workspace,
      dest: `${STAGE_ROOT}/workspace`,
      type: "dir"
    },
    { kind: "bind", src: sources.script, dest: `${STAGE_ROOT}/server.js`, type: "file" },
    { kind: "bind", src: sources.node, dest: `${STAGE_ROOT}/node`, type: "file", executable: !0 },
    // named bwrap there too: reap and exec recognise bwrap's processes by that name (registry.ts)
    { kind: "bind", src: sources.bwrap, dest: STAGED_BWRAP, type: "file", executable: !0 }
  ];
  return sources.egressDir && entries.push({ kind: "bind", src: sources.egressDir, dest: `${STAGE_ROOT}/egress`, type: "dir" }), sources.codeCache && entries.push({
    kind: "bind",
    src: sources.codeCache,
    dest: `${STAGE_ROOT}/server.v8cache`,
    type: "file"
  }), entries;
}
function stagedPaths(entries) {
  return Object.fromEntries(entries.map((entry) => [entry.src, entry.dest]));
}
function stageArgs(entries) {
  return [
    String(entries.length),
    ...entries.flatMap((entry) => [entry.kind, entry.type, entry.src, entry.dest])
  ];
}
function permits(stat, identity, bits) {
  return stat.uid === identity.uid ? (stat.mode >> 6 & bits) === bits : stat.gid === identity.gid ? (stat.mode >> 3 & bits) === bits : (stat.mode & bits) === bits;
}
function readableBy(path, identity, bits = 4) {
  try {
    return permits((0, import_node_fs2.lstatSync)(path), identity, bits);
  } catch {
    return !1;
  }
}
function checkStagedFiles(entries, identity) {
  for (let entry of entries) {
    if (entry.type !== "file") continue;
    let bits = entry.executable ? 5 : 4;
    if (!readableBy(entry.src, identity, bits))
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the sandbox's uid ${identity.uid} cannot ${bits === 5 ? "run" : "read"} ${entry.src} (mode ${((0, import_node_fs2.statSync)(entry.src).mode & 511).toString(8)}); a sandbox started by root runs as an unprivileged uid, never as root`,
        `make it readable by others: chmod o+r${bits === 5 ? "x" : ""} ${entry.src}`
      );
  }
}
var JOIN_LIMITS = `
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
`, GENERIC = {
  unshare: 97,
  mount: 40,
  open_tree: 428,
  move_mount: 429,
  mount_setattr: 442,
  setgroups: 159,
  setresgid: 149,
  setresuid: 147
}, IDENTITY_SYSCALLS = {
  x64: {
    unshare: 272,
    mount: 165,
    open_tree: 428,
    move_mount: 429,
    mount_setattr: 442,
    setgroups: 116,
    setresgid: 119,
    setresuid: 117
  },
  arm64: GENERIC,
  riscv64: GENERIC,
  loong64: GENERIC
};
function identitySyscalls(arch = process.arch) {
  let n = IDENTITY_SYSCALLS[arch];
  if (n)
    return [
      n.unshare,
      n.mount,
      n.open_tree,
      n.move_mount,
      n.mount_setattr,
      n.setgroups,
      n.setresgid,
      n.setresuid
    ].join(",");
}
var DROP_PRIVILEGES = `
syscall($nr{setgroups}, 0, 0) == 0 or fail("setgroups: $!");
syscall($nr{setresgid}, $gid + 0, $gid + 0, $gid + 0) == 0 or fail("setresgid $gid: $!");
syscall($nr{setresuid}, $uid + 0, $uid + 0, $uid + 0) == 0 or fail("setresuid $uid: $!");
`, READ_SYSCALLS = `
my %nr;
@nr{qw(unshare mount open_tree move_mount mount_setattr setgroups setresgid setresuid)} = map { $_ + 0 } split /,/, $nrs;
`, IDMAP_FAILURE = "idmapped workspace", ROOT_BWRAP_WRAPPER = String.raw`
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
  pipe(my $ready_r, my $ready_w) or fail("pipe: $!");
  pipe(my $done_r, my $done_w) or fail("pipe: $!");
  my $child = fork();
  defined $child or fail("fork: $!");
  if ($child == 0) {
    close($ready_r); close($done_w);
    syscall($nr{unshare}, 0x10000000) == 0 or do { print STDERR "bwrap: sandbox identity: ${IDMAP_FAILURE}: user namespace: $!\n"; exit 1; };
    syswrite($ready_w, "1");
    sysread($done_r, my $byte, 1);
    exit 0;
  }
  close($ready_w); close($done_r);
  sysread($ready_r, my $byte, 1) == 1 or fail("${IDMAP_FAILURE}: no user namespace for the mapping");
  for (["uid_map", "$disk_uid $uid 1"], ["gid_map", "$disk_gid $gid 1"]) {
    open(my $fh, ">", "/proc/$child/$_->[0]") or fail("${IDMAP_FAILURE}: $_->[0]: $!");
    print $fh "$_->[1]\n";
    close($fh) or fail("${IDMAP_FAILURE}: $_->[0]: $!");
  }
  open($userns, "<", "/proc/$child/ns/user") or fail("${IDMAP_FAILURE}: user namespace: $!");
  syswrite($done_w, "1");
  waitpid($child, 0);
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
`, OTHER_BACKEND = "or run with --backend docker", HINT_INSTALL_BWRAP = `install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap), ${OTHER_BACKEND}`, HINT_USERNS = `allow unprivileged user namespaces: on Ubuntu 23.10+ run \`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\` (or install an AppArmor profile that grants bwrap \`userns\`), on Debian \`sudo sysctl -w kernel.unprivileged_userns_clone=1\`, and make sure user.max_user_namespaces is not 0; ${OTHER_BACKEND}`, HINT_CONTAINER = `bubblewrap cannot mount inside this container (its seccomp/AppArmor profile or a read-only /proc forbids it); run the job on the host or in a container started with --security-opt seccomp=unconfined --security-opt apparmor=unconfined, ${OTHER_BACKEND}`, USERNS_PATTERNS = [
  /setting up uid map/i,
  /setting up gid map/i,
  /no permissions to create (a )?new namespace/i,
  /creating new namespace failed/i,
  /unshare user ns/i,
  /user namespaces? (is|are) not (enabled|supported)/i,
  /max_user_namespaces/i
], MOUNT_PATTERNS = [
  /can't mount proc/i,
  /failed to make \/ slave/i,
  /can't mount tmpfs/i,
  /mount.*operation not permitted/i
], HINT_IDMAP = "chown the checkout to a non-root user (e.g. `chown -R 1000:1000 WORKSPACE`): the sandbox then runs as that user and needs no idmapped mount; idmapped mounts need Linux 5.12 or newer and a filesystem that supports them (ext4, xfs, btrfs, tmpfs on 6.3+; not NFS)";
function startupFailure(stderr, exitCode, signal2, identity) {
  let detail = stderr.trim() || (signal2 ? `killed by ${signal2}` : `exit code ${exitCode}`);
  return identity?.idmap && stderr.includes(IDMAP_FAILURE) ? new import_chunk_GTVJVVCB.SandboxError(
    `the workspace is owned by uid ${identity.idmap.diskUid}, and a sandbox never runs as host root: it runs as uid ${identity.uid} with the workspace idmapped to it, and this kernel or the workspace's filesystem refuses that (${detail})`,
    HINT_IDMAP
  ) : USERNS_PATTERNS.some((re) => re.test(stderr)) ? new import_chunk_GTVJVVCB.SandboxError(
    identity ? `bubblewrap could not create the sandbox's user namespace: started by root, the sandbox runs as the unprivileged uid ${identity.uid} (never as root), and this machine does not allow unprivileged user namespaces (${detail})` : `bubblewrap could not create the sandbox's user namespace; this machine does not allow unprivileged user namespaces (${detail})`,
    HINT_USERNS
  ) : MOUNT_PATTERNS.some((re) => re.test(stderr)) ? new import_chunk_GTVJVVCB.SandboxError(`bubblewrap could not set up the sandbox's mounts (${detail})`, HINT_CONTAINER) : new import_chunk_GTVJVVCB.SandboxError(
    `bubblewrap failed to start the sandbox (${detail})`,
    `run \`sandbox-action doctor\` for details, ${OTHER_BACKEND}`
  );
}
function entryExitedEarly(stderr, exitCode, signal2) {
  let how = signal2 ? `was killed by ${signal2}` : `exited with code ${exitCode}`, tail = stderr.trim().slice(-2e3);
  return new import_chunk_GTVJVVCB.SandboxError(`the sandbox's entry process ${how} during start-up${tail ? `: ${tail}` : ""}`);
}
function spawnFailure(path, error) {
  return error.code === "ENOENT" ? new import_chunk_GTVJVVCB.SandboxError(`bubblewrap was not found at ${path}`, HINT_INSTALL_BWRAP, { cause: error }) : new import_chunk_GTVJVVCB.SandboxError(`could not run bubblewrap (${path}): ${error.message}`, HINT_INSTALL_BWRAP, {
    cause: error
  });
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var DEDICATED_ID_BASE = 1879048192, DEDICATED_ID_COUNT = 1 << 20, NOBODY = 65534;
function chooseIdentity(workspace, hostUid, hostIds, inUse = /* @__PURE__ */ new Set(), pick = () => Number.parseInt((0, import_chunk_JXRBE7CI.randomHex)(4), 16) % DEDICATED_ID_COUNT) {
  if (hostUid !== 0) return;
  if (regularId(workspace.uid)) {
    let gid = regularId(workspace.gid) ? workspace.gid : workspace.uid;
    return { uid: workspace.uid, gid };
  }
  let id = dedicatedId(hostIds, inUse, pick);
  return { uid: id, gid: id, idmap: { diskUid: workspace.uid, diskGid: workspace.gid } };
}
function regularId(id) {
  return id !== 0 && id !== NOBODY;
}
function dedicatedId(hostIds, inUse, pick) {
  for (let attempt = 0; attempt < 64; attempt++) {
    let id = DEDICATED_ID_BASE + pick();
    if (!inUse.has(id) && !hostIds.uidTaken(id) && !hostIds.gidTaken(id)) return id;
  }
  throw new import_chunk_GTVJVVCB.SandboxError(
    `no free uid for the sandbox in ${DEDICATED_ID_BASE}..${DEDICATED_ID_BASE + DEDICATED_ID_COUNT - 1}: the host's accounts or subordinate id ranges (/etc/subuid, /etc/subgid) cover it`,
    "chown the workspace to a non-root user (the sandbox then runs as that user), or free that id range"
  );
}
function readHostIds(etc = "/etc") {
  let read = (name) => {
    try {
      return (0, import_node_fs3.readFileSync)(`${etc}/${name}`, "utf8");
    } catch {
      return "";
    }
  }, uids = idsOf(read("passwd"), 2), gids = idsOf(read("group"), 2), subuids = rangesOf(read("subuid")), subgids = rangesOf(read("subgid")), inRanges = (ranges, id) => ranges.some(([start, count]) => id >= start && id < start + count);
  return {
    uidTaken: (id) => uids.has(id) || inRanges(subuids, id),
    gidTaken: (id) => gids.has(id) || inRanges(subgids, id)
  };
}
function idsOf(text, field) {
  let ids = /* @__PURE__ */ new Set();
  for (let line of text.split(`
`)) {
    let value = Number(line.split(":")[field]);
    line && Number.isInteger(value) && ids.add(value);
  }
  return ids;
}
function rangesOf(text) {
  let ranges = [];
  for (let line of text.split(`
`)) {
    let [, start, count] = line.split(":");
    start && count && Number.isInteger(Number(start)) && Number.isInteger(Number(count)) && ranges.push([Number(start), Number(count)]);
  }
  return ranges;
}
function ownerOf(path) {
  let stat = (0, import_node_fs3.statSync)(path);
  return { uid: stat.uid, gid: stat.gid };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var CONTROLLERS = ["memory", "pids", "cpu"], V2_BASE_NAME = "sandbox-action", HOST_LEAF = "sandbox-action-host", CPU_PERIOD_US = 1e5;
function userSubtreeName(uid) {
  return `sandbox-action-${uid ?? "unknown"}`;
}
var SUDO_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", sudoProbe;
function probeSudo() {
  let sudo = (0, import_chunk_H4RBL64L.findExecutable)("sudo", process.env.PATH || SUDO_PATH);
  if (!sudo) return { ok: !1, detail: "sudo is not installed" };
  let probe = (0, import_node_child_process.spawnSync)(sudo, ["-n", "true"], {
    encoding: "utf8",
    timeout: 1e4,
    env: { PATH: SUDO_PATH }
  });
  return probe.status === 0 ? { ok: !0, detail: "passwordless sudo" } : {
    ok: !1,
    detail: `\`sudo -n true\` failed (${`${probe.stderr ?? ""}`.trim().split(`
`)[0] || probe.error?.message || `exit ${probe.status}`})`
  };
}
var realCgroupHost = {
  mountinfo: () => (0, import_node_fs4.readFileSync)("/proc/self/mountinfo", "utf8"),
  selfCgroup: () => (0, import_node_fs4.readFileSync)("/proc/self/cgroup", "utf8"),
  uid: () => process.getuid?.(),
  gid: () => process.getgid?.(),
  pid: () => process.pid,
  canCreateIn: writable,
  exists: import_node_fs4.existsSync,
  read: (path) => {
    try {
      return (0, import_node_fs4.readFileSync)(path, "utf8");
    } catch {
      return;
    }
  },
  mkdir: (path) => (0, import_node_fs4.mkdirSync)(path, { recursive: !0 }),
  write: (path, value) => (0, import_node_fs4.writeFileSync)(path, value),
  sudoAvailable: () => (sudoProbe ??= probeSudo(), sudoProbe),
  sudo: (script) => {
    let sudo = (0, import_chunk_H4RBL64L.findExecutable)("sudo", process.env.PATH || SUDO_PATH) ?? "sudo", run2 = (0, import_node_child_process.spawnSync)(sudo, ["-n", "/bin/sh", "-euc", script], {
      encoding: "utf8",
      timeout: 3e4,
      env: { PATH: SUDO_PATH }
    });
    if (run2.status !== 0)
      throw new Error(`${`${run2.stderr ?? ""}`.trim() || run2.error?.message || `exit ${run2.status}`}`);
  }
};
function parseMountinfo(text) {
  let entries = [];
  for (let line of text.split(`
`)) {
    let dash = line.indexOf(" - ");
    if (dash < 0) continue;
    let left = line.slice(0, dash).split(" "), right = line.slice(dash + 3).split(" ");
    entries.push({
      root: unescapeMount(left[3] ?? ""),
      mountPoint: unescapeMount(left[4] ?? ""),
      fsType: right[0] ?? "",
      superOptions: (right[2] ?? "").split(",")
    });
  }
  return entries;
}
function unescapeMount(path) {
  return path.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(Number.parseInt(octal, 8)));
}
function ownCgroup(selfCgroup, controller) {
  for (let line of selfCgroup.split(`
`)) {
    let [, list, path] = line.split(":", 3);
    if (path !== void 0 && (controller === "" ? list === "" : list.split(",").includes(controller)))
      return path;
  }
}
function relativeTo(own, mountRoot) {
  return mountRoot === "/" || !own.startsWith(mountRoot) ? own : own.slice(mountRoot.length) || "/";
}
function writable(dir) {
  let probe = import_node_path2.posix.join(dir, `.sandbox-action-probe-${process.pid}`);
  try {
    return (0, import_node_fs4.mkdirSync)(probe), (0, import_node_fs4.rmdirSync)(probe), !0;
  } catch {
    return !1;
  }
}
function controllersIn(text) {
  let named = (text ?? "").trim().split(/\s+/).map((name) => name.replace(/^\+/, ""));
  return CONTROLLERS.filter((c) => named.includes(c));
}
function enableLine(controllers) {
  return controllers.map((c) => `+${c}`).join(" ");
}
function detectCgroups(host = realCgroupHost) {
  let mounts, self;
  try {
    mounts = parseMountinfo(host.mountinfo()), self = host.selfCgroup();
  } catch {
    return { version: void 0, bases: {}, detail: "no /proc/self/mountinfo or /proc/self/cgroup" };
  }
  let v1 = CONTROLLERS.map(
    (c) => [c, mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes(c))]
  );
  if (v1.some(([, m]) => m)) return detectV1(host, self, v1);
  let unified = mounts.find((m) => m.fsType === "cgroup2");
  return unified ? detectV2(host, self, unified) : { version: void 0, bases: {}, detail: "no cgroup filesystem mounted" };
}
function detectV1(host, self, v1) {
  let uid = host.uid(), bases = {}, missing = [], pending = [];
  for (let [controller, mount] of v1) {
    let own = ownCgroup(self, controller);
    if (!mount || own === void 0) {
      missing.push(`${controller} (not mounted)`);
      continue;
    }
    let dir = import_node_path2.posix.join(mount.mountPoint, relativeTo(own, mount.root)).replace(/(.)\/$/, "$1"), delegated = import_node_path2.posix.join(dir, userSubtreeName(uid));
    host.canCreateIn(dir) ? bases[controller] = dir : uid !== 0 && host.canCreateIn(delegated) ? bases[controller] = delegated : pending.push([controller, dir, delegated]);
  }
  let used = () => Object.values(bases).join(", ");
  if (pending.length === 0)
    return {
      version: 1,
      bases,
      detail: `cgroup v1${used() ? ` (${used()})` : ""}${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`
    };
  let sudo = uid === 0 ? { ok: !1, detail: "root, yet not writable" } : host.sudoAvailable();
  if (!sudo.ok) {
    for (let [controller, dir] of pending)
      missing.push(`${controller} (${dir} not writable by uid ${uid ?? "?"})`);
    return {
      version: 1,
      bases,
      detail: `cgroup v1; unusable: ${missing.join(", ")}; ${uid === 0 ? "" : `no delegated cgroup, and ${sudo.detail}`}`.replace(
        /; $/,
        ""
      )
    };
  }
  let owner = `${uid}:${host.gid() ?? uid}`, steps = [];
  for (let [controller, , delegated] of pending)
    bases[controller] = delegated, steps.push({ mkdir: delegated }), steps.push({
      chown: [delegated, import_node_path2.posix.join(delegated, "cgroup.procs"), import_node_path2.posix.join(delegated, "tasks")],
      owner
    });
  let dirs = pending.map(([, , delegated]) => delegated);
  return {
    version: 1,
    bases,
    detail: `cgroup v1 (${used()})${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`,
    preparation: {
      via: "sudo",
      summary: `made ${dirs.join(", ")} for uid ${uid} through \`sudo -n\` (once per machine)`,
      steps
    }
  };
}
function detectV2(host, self, unified) {
  let uid = host.uid(), pid = host.pid(), top = unified.mountPoint, available = controllersIn(host.read(import_node_path2.posix.join(top, "cgroup.controllers"))), at = `cgroup v2 at ${top}`;
  if (available.length === 0)
    return { version: 2, bases: {}, detail: `${at} offers none of the memory, pids and cpu controllers` };
  let basesFor = (dir, controllers) => Object.fromEntries(controllers.map((c) => [c, dir])), rootBase = import_node_path2.posix.join(top, V2_BASE_NAME);
  if (host.exists(rootBase) ? host.canCreateIn(rootBase) : host.canCreateIn(top))
    return {
      version: 2,
      bases: basesFor(rootBase, available),
      detail: `${at} (controllers: ${available.join(" ")})`,
      enable: [import_node_path2.posix.join(top, "cgroup.subtree_control"), import_node_path2.posix.join(rootBase, "cgroup.subtree_control")]
    };
  let own = import_node_path2.posix.join(top, relativeTo(ownCgroup(self, "") ?? "/", unified.root)), reasons = [`${top} is not writable by uid ${uid ?? "?"}`], parent = import_node_path2.posix.dirname(own);
  if (import_node_path2.posix.basename(own) === HOST_LEAF && host.canCreateIn(parent)) {
    let enabled = controllersIn(host.read(import_node_path2.posix.join(parent, "cgroup.subtree_control")));
    return {
      version: 2,
      bases: basesFor(parent, enabled),
      detail: `${at}: ${parent}, delegated to uid ${uid ?? "?"} (controllers: ${enabled.join(" ") || "none"})`
    };
  }
  if (uid !== 0 && host.canCreateIn(own)) {
    let controllers = controllersIn(host.read(import_node_path2.posix.join(own, "cgroup.controllers"))), others = (host.read(import_node_path2.posix.join(own, "cgroup.procs")) ?? "").split(`
`).filter((line) => line && Number(line) !== pid);
    if (controllers.length > 0 && others.length === 0) {
      let leaf2 = import_node_path2.posix.join(own, HOST_LEAF);
      return {
        version: 2,
        bases: basesFor(own, controllers),
        detail: `${at}: ${own}, delegated to uid ${uid ?? "?"} (controllers: ${controllers.join(" ")})`,
        preparation: {
          via: "delegated",
          summary: `moved this process (pid ${pid}) into ${leaf2} and enabled ${controllers.join(" ")} in ${own}, its delegated cgroup`,
          steps: [
            { mkdir: leaf2 },
            { write: import_node_path2.posix.join(leaf2, "cgroup.procs"), value: String(pid) },
            { write: import_node_path2.posix.join(own, "cgroup.subtree_control"), value: enableLine(controllers) }
          ]
        }
      };
    }
    reasons.push(
      controllers.length === 0 ? `its own cgroup ${own} is delegated without memory, pids or cpu` : `its own cgroup ${own} also holds other processes (${others.slice(0, 5).join(" ")})`
    );
  }
  let sudo = uid === 0 ? { ok: !1, detail: "root, yet not writable" } : host.sudoAvailable();
  if (!sudo.ok)
    return reasons.push(uid === 0 ? "" : sudo.detail), { version: 2, bases: {}, detail: `${at}; ${reasons.filter(Boolean).join("; ")}` };
  let subtree = import_node_path2.posix.join(top, userSubtreeName(uid)), leaf = import_node_path2.posix.join(subtree, HOST_LEAF), ready = host.canCreateIn(subtree) && host.exists(leaf) && controllersIn(host.read(import_node_path2.posix.join(subtree, "cgroup.subtree_control"))).length === available.length, steps = ready ? [] : [
    { write: import_node_path2.posix.join(top, "cgroup.subtree_control"), value: enableLine(available) },
    { mkdir: leaf },
    { write: import_node_path2.posix.join(subtree, "cgroup.subtree_control"), value: enableLine(available) },
    {
      chown: [
        subtree,
        ...["cgroup.procs", "cgroup.subtree_control", "cgroup.threads"].map(
          (f) => import_node_path2.posix.join(subtree, f)
        ),
        leaf,
        ...["cgroup.procs", "cgroup.threads"].map((f) => import_node_path2.posix.join(leaf, f))
      ],
      owner: `${uid}:${host.gid() ?? uid}`
    }
  ];
  return steps.push({ write: import_node_path2.posix.join(leaf, "cgroup.procs"), value: String(pid) }), {
    version: 2,
    bases: basesFor(subtree, available),
    detail: `${at}: ${subtree}, delegated to uid ${uid} through sudo (controllers: ${available.join(" ")})`,
    preparation: {
      via: "sudo",
      summary: ready ? `moved this process (pid ${pid}) into ${leaf} through \`sudo -n\`` : `made ${subtree} for uid ${uid} (controllers ${available.join(" ")} enabled down to it) and moved this process (pid ${pid}) into ${leaf}, through \`sudo -n\``,
      steps
    }
  };
}
function shQuote(text) {
  return `'${text.replace(/'/g, "'\\''")}'`;
}
function preparationScript(steps) {
  return steps.map((step) => "mkdir" in step ? `mkdir -p ${shQuote(step.mkdir)}` : "chown" in step ? `chown ${shQuote(step.owner)} ${step.chown.map(shQuote).join(" ")}` : `printf '%s\\n' ${shQuote(step.value)} > ${shQuote(step.write)}`).join(`
`);
}
function prepare(preparation, host) {
  if (preparation.via === "sudo") {
    host.sudo(preparationScript(preparation.steps));
    return;
  }
  for (let step of preparation.steps)
    if ("mkdir" in step) host.mkdir(step.mkdir);
    else if ("write" in step) host.write(step.write, step.value);
    else throw new Error("a delegated cgroup needs no chown");
}
function plannedMechanisms(support, rlimitNproc) {
  let cgroup = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  return {
    memory: support.bases.memory ? cgroup : "none",
    pids: support.bases.pids ? cgroup : rlimitNproc ? "rlimit" : "none",
    cpu: support.bases.cpu ? cgroup : "none"
  };
}
function unenforcedLimitsFix(uid) {
  let bestEffort = "or, to run with them unenforced, choose best-effort limits explicitly (limits-mode: best-effort)";
  return uid === 0 ? `make a cgroup filesystem writable for this process (in a container: a writable /sys/fs/cgroup in its own cgroup namespace), or use the docker backend; ${bestEffort}` : [
    "give this user passwordless sudo (the local backend then prepares a cgroup subtree for it once, through `sudo -n`),",
    "or start the tool in a delegated cgroup (`systemd-run --user --scope -p Delegate=yes node dist/index.js ...`),",
    `or run it as root, or use the docker backend; ${bestEffort}`
  ].join(" ");
}
function setupLimits(id, requested, support = detectCgroups(), rlimitNproc = kernelAtLeast(5, 14), host = realCgroupHost) {
  let memory = requested.memoryBytes ?? import_chunk_GTVJVVCB.DEFAULT_LIMITS.memoryBytes, pids = requested.pids ?? import_chunk_GTVJVVCB.DEFAULT_LIMITS.pids, cpus = requested.cpus, setup = {
    memory: { bytes: memory, mechanism: "none" },
    cpus: { cpus, mechanism: "none" },
    pids: { pids, mechanism: "none" },
    join: [],
    cgroups: [],
    ...requested.bestEffort ? { bestEffort: !0 } : {}
  }, planned = plannedMechanisms(support, rlimitNproc), unenforceable = [
    planned.memory === "none" ? `memory ${formatBytes(memory)}` : void 0,
    planned.pids === "none" ? `pids ${pids}` : void 0,
    cpus !== void 0 && planned.cpu === "none" ? `cpus ${cpus}` : void 0
  ].filter((limit) => limit !== void 0);
  if (unenforceable.length > 0 && !requested.bestEffort)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `sandbox limits: nothing on this machine can enforce ${unenforceable.join(", ")} for uid ${host.uid() ?? "?"} (${support.detail})`,
      unenforcedLimitsFix(host.uid())
    );
  let usable = support;
  if (support.preparation)
    try {
      prepare(support.preparation, host), setup.prepared = support.preparation.summary;
    } catch (error) {
      let message = `sandbox limits: preparing cgroups for uid ${host.uid() ?? "?"} failed: ${error.message} (the plan: ${support.preparation.summary})`;
      if (!requested.bestEffort) throw new import_chunk_GTVJVVCB.SandboxError(message, unenforcedLimitsFix(host.uid()));
      usable = { ...support, bases: {} };
    }
  return makeCgroups(id, setup, usable), setup.pids.mechanism === "none" && rlimitNproc && (setup.nproc = pids, setup.pids.mechanism = "rlimit"), setup;
}
function makeCgroups(id, setup, support) {
  let { bytes: memory } = setup.memory, { pids } = setup.pids, { cpus } = setup.cpus, mechanism = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  try {
    if (support.version === 2 && Object.keys(support.bases).length > 0) {
      let base = Object.values(support.bases)[0];
      if (support.enable) {
        (0, import_node_fs4.mkdirSync)(base, { recursive: !0 });
        let enable = enableLine(CONTROLLERS.filter((c) => support.bases[c]));
        for (let file of support.enable) (0, import_node_fs4.writeFileSync)(file, enable);
      }
      let dir = import_node_path2.posix.join(base, id);
      (0, import_node_fs4.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path2.posix.join(dir, "cgroup.procs")), support.bases.memory && ((0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "memory.max"), String(memory)), (0, import_node_fs4.existsSync)(import_node_path2.posix.join(dir, "memory.swap.max")) && (0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "memory.swap.max"), "0"), setup.memory.mechanism = mechanism), support.bases.pids && ((0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism), support.bases.cpu && cpus && ((0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "cpu.max"), `${Math.round(cpus * CPU_PERIOD_US)} ${CPU_PERIOD_US}`), setup.cpus.mechanism = mechanism);
    } else if (support.version === 1)
      for (let controller of CONTROLLERS) {
        let base = support.bases[controller];
        if (!base || controller === "cpu" && !cpus) continue;
        let dir = import_node_path2.posix.join(base, `sandbox-action-${id}`);
        if ((0, import_node_fs4.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path2.posix.join(dir, "cgroup.procs")), controller === "memory") {
          (0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "memory.limit_in_bytes"), String(memory));
          let memsw = import_node_path2.posix.join(dir, "memory.memsw.limit_in_bytes");
          (0, import_node_fs4.existsSync)(memsw) && (0, import_node_fs4.writeFileSync)(memsw, String(memory)), setup.memory.mechanism = mechanism;
        } else controller === "pids" ? ((0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism) : cpus && ((0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "cpu.cfs_period_us"), String(CPU_PERIOD_US)), (0, import_node_fs4.writeFileSync)(import_node_path2.posix.join(dir, "cpu.cfs_quota_us"), String(Math.round(cpus * CPU_PERIOD_US))), setup.cpus.mechanism = mechanism);
      }
  } catch (error) {
    throw removeCgroups(setup.cgroups), error;
  }
}
function formatBytes(bytes) {
  return bytes % 1024 ** 3 === 0 ? `${bytes / 1024 ** 3}g` : `${Math.round(bytes / 1024 ** 2)}m`;
}
function describeLimits(setup) {
  let say = (value, mechanism) => `${value} (${mechanism === "none" ? `NOT enforced${setup.bestEffort ? ": best-effort limits chosen" : ""}` : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism})`;
  return [
    `memory ${say(formatBytes(setup.memory.bytes), setup.memory.mechanism)}`,
    `pids ${say(String(setup.pids.pids), setup.pids.mechanism)}`,
    `cpus ${setup.cpus.cpus === void 0 ? "unbounded (not requested)" : say(String(setup.cpus.cpus), setup.cpus.mechanism)}`
  ].join(", ").concat(setup.prepared ? `; prepared: ${setup.prepared}` : "");
}
async function removeCgroupsWhenEmpty(dirs, waitMs = 2e3) {
  let deadline = Date.now() + waitMs, left = removeCgroups(dirs);
  for (; left.length > 0 && Date.now() < deadline; )
    await new Promise((resolve) => setTimeout(resolve, 25)), left = removeCgroups(left);
}
function removeCgroups(dirs) {
  let left = [];
  for (let dir of [...dirs].reverse())
    try {
      (0, import_node_fs4.rmdirSync)(dir);
    } catch (error) {
      error.code !== "ENOENT" && left.push(dir);
    }
  return left.reverse();
}
function kernelAtLeast(major, minor) {
  try {
    let [maj, min] = (0, import_node_fs4.readFileSync)("/proc/sys/kernel/osrelease", "utf8").split(/[.-]/).map(Number);
    return (maj ?? 0) > major || (maj ?? 0) === major && (min ?? 0) >= minor;
  } catch {
    return !1;
  }
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var RECORD_FILE = "sandbox.json", RUN_SUBDIR = "run";
function writeRecord(dir, record) {
  (0, import_node_fs5.writeFileSync)((0, import_node_path3.join)(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}
`, { mode: 384 });
}
function readRecord(dir) {
  try {
    let record = JSON.parse((0, import_node_fs5.readFileSync)((0, import_node_path3.join)(dir, RECORD_FILE), "utf8"));
    return record && record.version === 1 && typeof record.id == "string" ? record : void 0;
  } catch {
    return;
  }
}
function labelsMatch(have, want) {
  return Object.entries(want).every(([key, value]) => have[key] === value);
}
function isOurBwrap(pid, dir) {
  if (!pid) return !1;
  let argv;
  try {
    argv = (0, import_node_fs5.readFileSync)(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return !1;
  }
  let runDir = (0, import_node_path3.join)(dir, RUN_SUBDIR), markers = [runDir, stagedRunDir(runDir), linkDirOf(runDir), linkDirOf(stagedRunDir(runDir))];
  return (0, import_node_path3.basename)(argv[0] ?? "") === "bwrap" && argv.some((arg) => markers.includes(arg));
}
function commandsMarker(dir, staged) {
  let runDir = (0, import_node_path3.join)(dir, RUN_SUBDIR);
  return linkDirOf(staged ? stagedRunDir(runDir) : runDir);
}
function recordPids(record) {
  return [record.initPid, record.bwrapPid, record.runnerInitPid, record.runnerBwrapPid];
}
function recordIsAlive(dir, record) {
  return recordPids(record).some((pid) => isOurBwrap(pid, dir));
}
function scan(base, labels) {
  let names;
  try {
    names = (0, import_node_fs5.readdirSync)(base);
  } catch {
    return [];
  }
  let found = [];
  for (let name of names) {
    let dir = (0, import_node_path3.join)(base, name), record = readRecord(dir);
    !record || !labelsMatch(record.labels, labels) || found.push({ dir, record, alive: recordIsAlive(dir, record) });
  }
  return found;
}
async function killFound(found) {
  let pids = recordPids(found.record).filter((pid) => isOurBwrap(pid, found.dir));
  for (let pid of pids)
    try {
      process.kill(pid, "SIGKILL");
    } catch {
    }
  let deadline = Date.now() + 3e3;
  for (; pids.some((pid) => isOurBwrap(pid, found.dir)) && Date.now() < deadline; )
    await new Promise((resolve) => setTimeout(resolve, 20));
}
function removeAbandoned(base, olderThanMs = 36e5) {
  let names;
  try {
    names = (0, import_node_fs5.readdirSync)(base);
  } catch {
    return;
  }
  for (let name of names) {
    let dir = (0, import_node_path3.join)(base, name);
    if (!(!name.startsWith("sbx-") || readRecord(dir)))
      try {
        Date.now() - (0, import_node_fs5.statSync)(dir).mtimeMs > olderThanMs && !(0, import_node_fs5.existsSync)((0, import_node_path3.join)(dir, RECORD_FILE)) && (0, import_chunk_VGR4BRCM.removeRunDir)(dir);
      } catch {
      }
  }
}
async function releaseHostState(dir, record) {
  record.cgroups?.length && await removeCgroupsWhenEmpty(record.cgroups), (0, import_chunk_VGR4BRCM.removeRunDir)(dir);
}
function reaped(found) {
  return { id: found.record.id, runId: found.record.runId };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var BOUND_TOP_LEVEL = /* @__PURE__ */ new Set([
  "usr",
  "bin",
  "sbin",
  "lib",
  "lib32",
  "lib64",
  "libx32",
  "etc",
  "opt",
  "var",
  "nix"
]), SENSITIVE_PATHS = [
  "/etc/shadow",
  "/etc/gshadow",
  "/etc/shadow-",
  "/etc/gshadow-",
  "/etc/sudoers",
  "/etc/sudoers.d",
  "/etc/ssh",
  "/etc/ssl/private",
  "/etc/krb5.keytab",
  "/etc/security/opasswd",
  "/etc/NetworkManager/system-connections",
  "/etc/kubernetes",
  "/etc/rancher",
  // package managers' and network credentials
  "/etc/apt/auth.conf",
  "/etc/apt/auth.conf.d",
  "/var/cache/debconf/passwords.dat",
  "/etc/netplan",
  "/etc/wpa_supplicant",
  "/var/lib/iwd",
  "/etc/wireguard",
  "/etc/openvpn",
  "/etc/ipsec.secrets",
  "/etc/ipsec.d/private",
  "/etc/ppp/chap-secrets",
  "/etc/ppp/pap-secrets",
  "/etc/pki/tls/private",
  "/etc/letsencrypt",
  "/etc/docker",
  "/etc/sssd",
  "/etc/mysql/debian.cnf",
  "/etc/postgresql",
  "/etc/libvirt/secrets",
  "/etc/polkit-1/rules.d",
  "/var/run/docker.sock",
  "/var/lib/docker",
  "/var/lib/containers",
  "/var/lib/kubelet",
  "/var/lib/rancher",
  "/var/lib/lxd",
  "/var/lib/incus",
  "/var/snap/lxd",
  "/var/lib/cloud",
  "/var/lib/waagent",
  "/var/lib/sss",
  "/var/lib/private",
  "/var/cache/private",
  "/var/lib/polkit-1",
  "/var/lib/postgresql",
  "/var/lib/mysql",
  "/var/lib/redis",
  "/var/lib/libvirt",
  "/var/lib/tailscale",
  "/var/lib/sudo",
  "/var/log",
  "/opt/hostedtoolcache",
  "/opt/actionarchivecache"
], SENSITIVE_ENV_DIRS = [
  "RUNNER_TEMP",
  "RUNNER_TOOL_CACHE",
  "AGENT_TOOLSDIRECTORY"
];
function planRootfs(host, env) {
  let ops = [], bound = /* @__PURE__ */ new Set();
  for (let name of [...host.rootEntries()].sort()) {
    if (!BOUND_TOP_LEVEL.has(name)) continue;
    let path = `/${name}`, kind = host.kind(path);
    kind === "symlink" ? ops.push({ kind: "symlink", target: host.readlink(path), dest: path }) : kind === "dir" && (ops.push({ kind: "ro-bind", src: path, dest: path }), bound.add(name));
  }
  return ops.push(...planMasks(host, env, bound)), ops;
}
function planMasks(host, env, bound) {
  let candidates = [...SENSITIVE_PATHS];
  for (let name of SENSITIVE_ENV_DIRS) {
    let value = env[name];
    value && import_node_path4.posix.isAbsolute(value) && candidates.push(value);
  }
  let targets = /* @__PURE__ */ new Map();
  for (let candidate of candidates) {
    let real = host.realpath(import_node_path4.posix.normalize(candidate));
    if (!real || real === "/") continue;
    let top = real.split("/")[1] ?? "";
    bound.has(top) && targets.set(real, host.kind(real) === "dir" ? "dir" : "file");
  }
  let ops = [], maskedDirs = [];
  for (let [path, kind] of [...targets].sort(([a], [b]) => a.length - b.length || (0, import_chunk_6MR7WQBO.byCodeUnit)(a, b)))
    maskedDirs.some((dir) => path.startsWith(`${dir}/`)) || (kind === "dir" ? (maskedDirs.push(path), ops.push({ kind: "mask-dir", dest: path })) : ops.push({ kind: "mask-file", dest: path }));
  return ops;
}
var PROC_READ_ONLY = [
  "/proc/bus",
  "/proc/fs",
  "/proc/irq",
  "/proc/sys",
  "/proc/sysrq-trigger"
], PROC_MASKED = [
  "/proc/acpi",
  "/proc/asound",
  "/proc/interrupts",
  "/proc/kcore",
  "/proc/keys",
  "/proc/latency_stats",
  "/proc/sched_debug",
  "/proc/scsi",
  "/proc/timer_list",
  "/proc/timer_stats"
];
function planProc(host) {
  let ops = [];
  for (let dest of PROC_READ_ONLY) host.kind(dest) !== "missing" && ops.push({ kind: "ro-bind", dest });
  for (let dest of PROC_MASKED) {
    let kind = host.kind(dest);
    kind === "dir" ? ops.push({ kind: "mask-dir", dest }) : kind === "file" && ops.push({ kind: "mask-file", dest });
  }
  return ops;
}
function resolvConfTarget(host) {
  let real = host.realpath("/etc/resolv.conf");
  return real?.startsWith("/run/") ? real : void 0;
}
var realHostFs = {
  rootEntries: () => (0, import_node_fs6.readdirSync)("/"),
  kind(path) {
    try {
      let stat = (0, import_node_fs6.lstatSync)(path);
      return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "dir" : "file";
    } catch {
      return "missing";
    }
  },
  readlink: (path) => (0, import_node_fs6.readlinkSync)(path),
  realpath(path) {
    try {
      return (0, import_node_fs6.realpathSync)(path);
    } catch {
      return;
    }
  }
};
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var O_CLOEXEC = 524288;
function inheritedFds() {
  let names;
  try {
    names = (0, import_node_fs9.readdirSync)("/proc/self/fd");
  } catch {
    return [];
  }
  let fds = [];
  for (let name of names) {
    let fd = Number(name);
    if (!(!Number.isInteger(fd) || fd <= 2))
      try {
        let flags = /^flags:\s*([0-7]+)/m.exec((0, import_node_fs9.readFileSync)(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
        flags !== void 0 && (Number.parseInt(flags, 8) & O_CLOEXEC) === 0 && fds.push(fd);
      } catch {
      }
  }
  return fds;
}
function spawnSealed(command, args, options) {
  let leaks = inheritedFds().filter((fd) => fd >= options.stdio.length), stdio = [...options.stdio];
  for (let fd = options.stdio.length; fd <= Math.max(-1, ...leaks); fd++)
    stdio[fd] = leaks.includes(fd) ? "pipe" : "ignore";
  let child = (0, import_node_child_process2.spawn)(command, args, { ...options, stdio });
  for (let fd of leaks) child.stdio[fd]?.destroy();
  return child;
}
var EXIT_LAUNCH_FAILED = 125, SYSCALLS = {
  x64: { setns: 308, prctl: 157, prlimit64: 302 },
  // asm-generic numbering
  arm64: { setns: 268, prctl: 167, prlimit64: 261 },
  riscv64: { setns: 268, prctl: 167, prlimit64: 261 },
  loong64: { setns: 268, prctl: 167, prlimit64: 261 }
}, BWRAP_WRAPPER = `
use strict;
my ($joins, $nproc, $nr_prlimit, @cmd) = @ARGV;
sub fail { print STDERR "bwrap: sandbox limits: @_
"; exit 1; }
${JOIN_LIMITS}
{ exec { $cmd[0] } @cmd; }
fail("exec $cmd[0]: $!");
`, NAMESPACES = ["uts", "ipc", "net", "cgroup", "pid", "mnt"], LAUNCHER = String.raw`
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
function sandboxNamespaces(pid) {
  let differs = (ns) => {
    try {
      return (0, import_node_fs8.readlinkSync)(`/proc/${pid}/ns/${ns}`) !== (0, import_node_fs8.readlinkSync)(`/proc/self/ns/${ns}`);
    } catch {
      return !1;
    }
  };
  return NAMESPACES.filter(differs).join(",");
}
function execLauncherArgv(target, cwd, argv) {
  let numbers = SYSCALLS[process.arch];
  if (!numbers || target.identity && !identitySyscalls())
    throw new import_chunk_GTVJVVCB.SandboxError(
      `exec into a local sandbox is not supported on ${process.arch}`,
      "use --backend docker"
    );
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
    target.limits?.nproc === void 0 ? "-" : String(target.limits.nproc),
    String(numbers.prlimit64),
    target.identity ? String(target.identity.uid) : "-",
    target.identity ? String(target.identity.gid) : "-",
    target.identity ? identitySyscalls() ?? "-" : "-",
    ...argv
  ];
}
function runExec(target, argv, env, options) {
  if (argv.length === 0 || !argv[0]) return Promise.reject(new import_chunk_GTVJVVCB.SandboxError("exec needs a command"));
  let cwd = options.cwd ?? "/workspace";
  return cwd.startsWith("/") ? new Promise((resolve, reject) => {
    let child = spawnSealed(target.perl, execLauncherArgv(target, cwd, argv), {
      // Perl itself runs with an empty environment: PERL5LIB/PERL5OPT in a caller's env must not
      // load code into this host-side, still privileged process.
      env: {},
      stdio: ["pipe", "pipe", "pipe", "pipe"],
      // its own process group, so a timeout can kill the launcher and the command together
      detached: !0
    }), stdout = [], stderr = [], timedOut = !1, timer;
    child.stdout?.on("data", (chunk) => stdout.push(chunk)), child.stderr?.on("data", (chunk) => stderr.push(chunk)), child.once("error", (error) => {
      clearTimeout(timer), reject(
        new import_chunk_GTVJVVCB.SandboxError(`could not start perl for exec: ${error.message}`, "install perl", { cause: error })
      );
    }), child.once("close", (code, signal2) => {
      clearTimeout(timer);
      let exitCode = code ?? (signal2 ? 128 + signalNumber(signal2) : EXIT_LAUNCH_FAILED);
      resolve({ exitCode, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr), timedOut });
    }), options.timeoutMs !== void 0 && (timer = setTimeout(() => {
      timedOut = !0, killGroup(child.pid, "SIGKILL");
    }, options.timeoutMs));
    let envPipe = child.stdio[3];
    envPipe?.on("error", () => {
    }), envPipe?.end((0, import_chunk_H4RBL64L.encodeEnv)(env)), child.stdin?.on("error", () => {
    }), child.stdin?.end(options.stdin ?? "");
  }) : Promise.reject(new import_chunk_GTVJVVCB.SandboxError(`exec cwd must be absolute: ${cwd}`));
}
function killGroup(pid, signal2) {
  if (pid)
    try {
      process.kill(-pid, signal2);
    } catch {
    }
}
function signalNumber(signal2) {
  return import_node_os.constants.signals[signal2] ?? 1;
}
var STDERR_CAPTURE_BYTES = 16 * 1024, KILL_WAIT_MS = 3e3;
function bwrapCommand(params, args) {
  if (params.identity) return rootWrapperCommand(params, params.identity, args);
  if (params.limits.nproc === void 0) return [params.bwrap, args];
  if (!params.perl || !SYSCALLS[process.arch])
    throw new import_chunk_GTVJVVCB.SandboxError(
      "the local backend needs perl on the host to start a sandbox inside its limits",
      "install perl (Debian/Ubuntu: apt-get install perl-base)"
    );
  return [params.perl, ["-e", BWRAP_WRAPPER, "--", ...limitArgs(params.limits), params.bwrap, ...args]];
}
function limitArgs({ join: joins, nproc }) {
  return [
    joins.length ? joins.join(",") : "-",
    nproc === void 0 ? "-" : String(nproc),
    String(SYSCALLS[process.arch]?.prlimit64)
  ];
}
function rootWrapperCommand(params, identity, args) {
  let nrs = identitySyscalls();
  if (!params.perl || !SYSCALLS[process.arch] || !nrs)
    throw new import_chunk_GTVJVVCB.SandboxError(
      "started by root, the local backend needs perl on the host to run the sandbox as an unprivileged uid (it never runs as root)",
      "install perl (Debian/Ubuntu: apt-get install perl-base), or run as a non-root user"
    );
  return [
    params.perl,
    [
      "-e",
      ROOT_BWRAP_WRAPPER,
      "--",
      ...limitArgs(params.limits),
      nrs,
      String(identity.uid),
      String(identity.gid),
      identity.idmap ? `${identity.idmap.diskUid}:${identity.idmap.diskGid}` : "-",
      ...stageArgs(params.stage ?? []),
      // from the stage: the sandbox's uid need not reach bwrap's own path
      params.stage ? STAGED_BWRAP : params.bwrap,
      ...args
    ]
  ];
}
function joinCgroups(pid, procsFiles) {
  for (let file of procsFiles)
    try {
      (0, import_node_fs7.writeFileSync)(file, String(pid));
    } catch (error) {
      throw new import_chunk_GTVJVVCB.SandboxError(
        `sandbox limits: cannot put the sandbox into cgroup ${file}: ${error.message}`,
        "run `sandbox-action doctor`; the cgroup may have been removed, or this user may not write to it"
      );
    }
}
async function startCompartment(params, role, stderr) {
  let server = role === "server", stdin = server ? params.entryStdin : void 0, child;
  try {
    let [command, argv] = bwrapCommand(params, params.args[role]);
    child = spawnSealed(command, argv, {
      env: {},
      // bwrap may run as the sandbox's uid, which need not reach our working directory
      cwd: "/",
      stdio: [stdin ? "pipe" : "ignore", server ? "pipe" : "ignore", "pipe", "pipe", "pipe", "pipe"],
      // its own session: a terminal's Ctrl-C reaches our process, which tears down in order
      detached: !0
    });
  } catch (error) {
    throw error instanceof import_chunk_GTVJVVCB.SandboxError ? error : spawnFailure(params.bwrap, error);
  }
  let argsPipe = child.stdio[4];
  argsPipe.on("error", () => {
  });
  let seccompPipe = child.stdio[SECCOMP_FD];
  if (seccompPipe.on("error", () => {
  }), seccompPipe.end(params.seccomp), stdin && child.stdin) {
    let input = child.stdin;
    input.on("error", () => {
    }), stdin.then(
      (text) => input.end(text),
      () => input.end()
    );
  }
  let early = [], earlyBytes = 0, starting = !0;
  child.stderr?.on("data", (chunk) => {
    starting && earlyBytes < STDERR_CAPTURE_BYTES && (early.push(chunk), earlyBytes += chunk.length);
  }), child.stderr?.pipe(stderr, { end: !1 });
  let status = watchStatus(child.stdio[3]), spawnError, exited = new Promise((resolve) => {
    child.once("error", (error) => {
      spawnError = error, child.pid === void 0 && resolve({ code: null, signal: null });
    }), child.once("close", (code, signal2) => resolve({ code, signal: signal2 }));
  });
  child.pid !== void 0 && (server ? params.record.bwrapPid = child.pid : params.record.runnerBwrapPid = child.pid, writeRecord(params.dir, params.record));
  let initPid;
  try {
    params.limits.nproc === void 0 && !params.identity && child.pid !== void 0 && joinCgroups(child.pid, params.limits.join), argsPipe.end(envArgs(server ? params.entryEnv : params.sandboxEnv)), initPid = await waitForEntry(child, status, exited, params.startupTimeoutMs, () => spawnError);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null && child.pid && (signal(-child.pid, "SIGKILL"), await Promise.race([exited, sleep(KILL_WAIT_MS)])), error instanceof import_chunk_GTVJVVCB.SandboxError) throw error;
    let stderrText = Buffer.concat(early).toString("utf8"), { code, signal: sig } = await exited;
    throw spawnError ? spawnFailure(params.bwrap, spawnError) : status.setupFinished ? entryExitedEarly(stderrText, code, sig) : startupFailure(stderrText, code, sig, params.identity);
  }
  return starting = !1, early.length = 0, server ? params.record.initPid = initPid : params.record.runnerInitPid = initPid, writeRecord(params.dir, params.record), { child, initPid, exited };
}
async function startSandbox(params) {
  let stderr = new import_node_stream.PassThrough(), started = await Promise.allSettled([
    startCompartment(params, "server", stderr),
    startCompartment(params, "commands", stderr)
  ]), [server, commands] = started;
  if (server.status === "fulfilled" && commands.status === "fulfilled")
    return new LocalSandbox(params, server.value, commands.value, stderr);
  for (let outcome of started)
    outcome.status === "fulfilled" && (signal(outcome.value.initPid, "SIGKILL"), signal(-outcome.value.child.pid, "SIGKILL"), await Promise.race([outcome.value.exited, sleep(KILL_WAIT_MS)]));
  throw await releaseHostState(params.dir, params.record), server.status === "rejected" ? server.reason : commands.reason;
}
function watchStatus(stream) {
  let watch = { setupFinished: !1 }, buffered = "";
  return watch.childPid = new Promise((resolve) => {
    stream.setEncoding("utf8"), stream.on("data", (text) => {
      buffered += text;
      let newline = buffered.indexOf(`
`);
      for (; newline >= 0; ) {
        let line = buffered.slice(0, newline).trim();
        if (buffered = buffered.slice(newline + 1), newline = buffered.indexOf(`
`), !!line)
          try {
            let doc = JSON.parse(line);
            typeof doc["child-pid"] == "number" && resolve(doc["child-pid"]), typeof doc["exit-code"] == "number" && (watch.setupFinished = !0);
          } catch {
          }
      }
    }), stream.on("error", () => {
    });
  }), watch;
}
async function waitForEntry(child, status, exited, timeoutMs, spawnError) {
  let done = !1, gone = !1, exitedEarly = exited.then(() => {
    throw gone = !0, new Error("exited");
  }), timeout = sleep(timeoutMs).then(() => {
    throw new import_chunk_GTVJVVCB.SandboxError(`the sandbox did not start within ${timeoutMs} ms`, "run `sandbox-action doctor`");
  }), ready = (async () => {
    let initPid = await status.childPid;
    for (; !done; ) {
      if (gone || spawnError() || child.exitCode !== null || child.signalCode !== null)
        throw new Error("exited");
      let entry = firstChild(initPid);
      if (entry !== void 0 && comm(entry) !== "bwrap") return initPid;
      await sleep(1);
    }
    return initPid;
  })();
  try {
    return await Promise.race([ready, exitedEarly, timeout]);
  } finally {
    done = !0;
  }
}
function firstChild(pid) {
  try {
    let first = (0, import_node_fs7.readFileSync)(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0];
    return first ? Number(first) : void 0;
  } catch {
  }
  for (let name of (0, import_node_fs7.readdirSync)("/proc"))
    if (/^\d+$/.test(name))
      try {
        let stat = (0, import_node_fs7.readFileSync)(`/proc/${name}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) return Number(name);
      } catch {
      }
}
function comm(pid) {
  try {
    return (0, import_node_fs7.readFileSync)(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return;
  }
}
var LocalSandbox = class {
  constructor(params, server, commands, stderr) {
    this.params = params, this.server = server, this.commands = commands, this.stderr = stderr, this.id = params.id, this.runId = params.runId, this.stdout = server.child.stdout, this.bwrapPid = server.child.pid, this.initPid = server.initPid, this.commandsBwrapPid = commands.child.pid, this.commandsInitPid = commands.initPid, this.limits = params.limits, this.exited = server.exited.then((exit) => (this.hasExited = !0, killCompartment(commands), exit));
  }
  params;
  server;
  commands;
  stderr;
  backend = "local";
  id;
  runId;
  stdout;
  exited;
  /** host pid of the server's bubblewrap (the process we spawned) */
  bwrapPid;
  /** host pid of the server compartment's pid 1 */
  initPid;
  /** host pids of the commands compartment's bubblewrap and pid 1 (the runner's, exec's) */
  commandsBwrapPid;
  commandsInitPid;
  /** each limit and what enforces it here (cgroups, an rlimit, or nothing) */
  limits;
  hasExited = !1;
  destroying;
  execTarget;
  async openChannel() {
    return this.assertRunning(), (0, import_chunk_H4RBL64L.connectUnixChannel)(this.params.socketPath);
  }
  /** runs beside the commands, in their compartment, with their environment */
  async exec(argv, options = {}) {
    this.assertRunning();
    let perl = this.params.perl;
    if (!perl)
      throw new import_chunk_GTVJVVCB.SandboxError(
        "running a command inside a local sandbox needs perl on the host",
        "install perl (Debian/Ubuntu: apt-get install perl-base)"
      );
    this.execTarget ??= {
      pid: this.commandsInitPid,
      // the link directory as this bwrap's argv names it (staged when started by root)
      marker: commandsMarker(this.params.dir, this.params.identity !== void 0),
      namespaces: sandboxNamespaces(this.commandsInitPid),
      perl,
      limits: { join: this.params.limits.join, nproc: this.params.limits.nproc },
      identity: this.params.identity
    };
    let env = (0, import_chunk_H4RBL64L.buildEnv)(this.params.sandboxEnv, options.env);
    return runExec(this.execTarget, argv, env, options);
  }
  copyIn(content, path, mode = 420) {
    return (0, import_chunk_H4RBL64L.copyInViaExec)((argv, options) => this.exec(argv, options), content, path, mode);
  }
  async alive() {
    if (this.hasExited) return !1;
    try {
      return process.kill(this.bwrapPid, 0), !0;
    } catch {
      return !1;
    }
  }
  destroy(graceMs = 3e3) {
    return this.destroying ??= this.teardown(graceMs), this.destroying;
  }
  async teardown(graceMs) {
    this.hasExited || (signal(-this.initPid, "SIGTERM"), signal(-this.commandsInitPid, "SIGTERM"), await Promise.race([this.exited, sleep(Math.max(0, graceMs))])), this.hasExited || (killCompartment(this.server), await Promise.race([this.exited, sleep(KILL_WAIT_MS)])), killCompartment(this.commands), await Promise.race([this.commands.exited, sleep(KILL_WAIT_MS)]), await releaseHostState(this.params.dir, this.params.record);
  }
  assertRunning() {
    if (this.hasExited || this.destroying) throw new import_chunk_GTVJVVCB.SandboxError(`sandbox ${this.id} is not running`);
  }
};
function killCompartment(compartment) {
  signal(compartment.initPid, "SIGKILL"), signal(-compartment.child.pid, "SIGKILL");
}
function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
  }
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var argOffset = (index) => 16 + 8 * index, GENERIC2 = {
  audit: 0,
  modeArg: { 52: 1, 53: 2, 452: 2, 56: 3, 34: 2, 33: 2 },
  refused: [437, 425, 426, 427]
}, ARCHES = {
  x64: {
    audit: 3221225534,
    modeArg: { 90: 1, 91: 1, 268: 2, 452: 2, 85: 1, 2: 2, 257: 3, 83: 1, 258: 2, 133: 1, 259: 2 },
    refused: [437, 425, 426, 427]
  },
  arm64: { ...GENERIC2, audit: 3221225655 },
  riscv64: { ...GENERIC2, audit: 3221225715 }
};
function instruction(code, jt, jf, k) {
  let out = Buffer.alloc(8);
  return out.writeUInt16LE(code, 0), out.writeUInt8(jt, 2), out.writeUInt8(jf, 3), out.writeUInt32LE(k >>> 0, 4), out;
}
function noSetIdFilter(arch = process.arch) {
  let table = ARCHES[arch];
  if (!table) return;
  let program = [], refuseWith = (errno) => instruction(6, 0, 0, 327680 | errno);
  program.push(instruction(32, 0, 0, 4)), program.push(instruction(21, 1, 0, table.audit)), program.push(refuseWith(38)), program.push(instruction(32, 0, 0, 0)), arch === "x64" && (program.push(instruction(53, 0, 1, 1073741824)), program.push(refuseWith(38)));
  for (let nr of table.refused)
    program.push(instruction(21, 0, 1, nr)), program.push(refuseWith(38));
  for (let [nr, arg] of Object.entries(table.modeArg))
    program.push(instruction(21, 0, 4, Number(nr))), program.push(instruction(32, 0, 0, argOffset(arg))), program.push(instruction(69, 0, 1, 3072)), program.push(refuseWith(1)), program.push(instruction(6, 0, 0, 2147418112));
  return program.push(instruction(6, 0, 0, 2147418112)), Buffer.concat(program);
}
function defaultIdentity(workspace, base) {
  if (process.getuid?.() !== 0) return;
  let inUse = /* @__PURE__ */ new Set();
  for (let found of scan(base, {}))
    found.alive && found.record.uid !== void 0 && inUse.add(found.record.uid);
  return chooseIdentity(ownerOf(workspace), 0, readHostIds(), inUse);
}
function createLocalBackend(options = {}) {
  let hostEnv = options.hostEnv ?? process.env, base = options.runDirBase ?? (0, import_chunk_VGR4BRCM.runDirBase)(hostEnv), log = options.log ?? ((line) => process.stderr.write(`${line}
`)), mountsDir = options.mountsDir ?? (0, import_chunk_H4RBL64L.claimsDir)(hostEnv);
  async function create(spec) {
    (0, import_chunk_H4RBL64L.checkNetwork)(spec);
    let bwrap = resolveBwrap(options.bwrapPath, hostEnv.PATH), seccomp = noSetIdFilter();
    if (!seccomp)
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the local backend has no seccomp filter for the ${process.arch} architecture (it keeps set-uid bits out of the workspace)`,
        "use the docker backend on this machine"
      );
    let workspace = (0, import_chunk_H4RBL64L.existingPath)(spec.workspace, "dir", "workspace"), egressDir = spec.network === "allowlist" ? (0, import_chunk_H4RBL64L.egressHostDir)(spec) : void 0, script = (0, import_chunk_H4RBL64L.existingPath)(spec.entrypoint.script, "file", "entry script"), node = (0, import_chunk_H4RBL64L.resolveNodeBinary)(options.nodePath), identity = (options.chooseIdentity ?? defaultIdentity)(workspace, base), entry = (0, import_chunk_H4RBL64L.entrypointCodeCache)(spec.entrypoint);
    identity && entry.codeCache && !readableBy(entry.codeCache, identity) && (entry = { env: spec.entrypoint.env });
    let entryEnv = (0, import_chunk_H4RBL64L.buildEnv)({}, entry.env), sandboxEnv = (0, import_chunk_H4RBL64L.buildEnv)(spec.env, spec.entrypoint.runnerEnv);
    (0, import_chunk_VGR4BRCM.ensureRunDirBase)(base);
    let id = (0, import_chunk_H4RBL64L.sandboxId)(spec.runId), dir = (0, import_node_path.join)(base, id), socketPath = (0, import_node_path.join)(dir, RUN_SUBDIR, import_chunk_JXRBE7CI.SOCKET_NAME);
    (0, import_chunk_VGR4BRCM.checkSocketPath)(socketPath), (0, import_node_fs.mkdirSync)(dir, { mode: 448 }), (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, RUN_SUBDIR), { mode: 448 }), (0, import_node_fs.mkdirSync)(linkDirOf((0, import_node_path.join)(dir, RUN_SUBDIR)), { mode: 448 });
    let record = {
      version: 1,
      id,
      runId: spec.runId,
      labels: { ...spec.labels, [import_chunk_GTVJVVCB.LABEL_RUN_ID]: spec.runId, [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true" },
      bwrapPid: null,
      initPid: null,
      createdAt: (/* @__PURE__ */ new Date()).toISOString(),
      ...identity ? { uid: identity.uid, gid: identity.gid } : {}
    }, args, limits, stage;
    try {
      writeRecord(dir, record), identity && ((0, import_node_fs.chownSync)((0, import_node_path.join)(dir, RUN_SUBDIR), identity.uid, identity.gid), (0, import_node_fs.chownSync)(linkDirOf((0, import_node_path.join)(dir, RUN_SUBDIR)), identity.uid, identity.gid), stage = planStage(
        {
          bwrap,
          runDir: (0, import_node_path.join)(dir, RUN_SUBDIR),
          workspace,
          egressDir,
          script,
          codeCache: entry.codeCache,
          node
        },
        identity
      ), checkStagedFiles(stage, identity));
      let protect = (0, import_chunk_H4RBL64L.joinRun)({
        dir: mountsDir,
        workspace,
        paths: spec.protectedPaths,
        workspaceMode: spec.workspaceMode,
        runId: spec.runId,
        labels: record.labels,
        backend: "local",
        runMayLive: (runId) => scan(base, { [import_chunk_GTVJVVCB.LABEL_RUN_ID]: runId }).some((found) => found.alive)
      });
      limits = setupLimits(id, spec.limits, options.cgroups), record.cgroups = limits.cgroups, writeRecord(dir, record);
      let host = options.hostFs ?? realHostFs, plan = {
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
        runDir: (0, import_node_path.join)(dir, RUN_SUBDIR),
        resolvConf: spec.network === "open" ? resolvConfTarget(host) : void 0,
        proc: planProc(host),
        staged: stage ? stagedPaths(stage) : void 0
      };
      args = {
        server: buildBwrapArgs({
          ...plan,
          role: "server",
          entryArgs: spec.entrypoint.args(import_chunk_JXRBE7CI.LISTEN_ADDRESS, import_chunk_JXRBE7CI.LINK_ADDRESS)
        }),
        commands: buildBwrapArgs({
          ...plan,
          role: "commands",
          entryArgs: spec.entrypoint.runnerArgs(import_chunk_JXRBE7CI.LINK_ADDRESS)
        })
      };
    } catch (error) {
      throw await releaseHostState(dir, record), error;
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
        perl: options.perlPath ?? (0, import_chunk_H4RBL64L.findExecutable)("perl", hostEnv.PATH),
        startupTimeoutMs: options.startupTimeoutMs ?? 1e4,
        limits,
        entryStdin: spec.entrypoint.stdin,
        identity,
        stage
      });
    } finally {
      log(`local sandbox ${id} limits: ${describeLimits(limits)}`);
    }
  }
  async function list(labels) {
    return scan(base, labels).filter((found) => found.alive).map(reaped);
  }
  async function inventory(labels) {
    return scan(base, labels).map((found) => ({
      ...reaped(found),
      labels: found.record.labels,
      running: found.alive
    }));
  }
  async function reap(labels) {
    let removed = [];
    for (let found of scan(base, labels))
      found.alive && await killFound(found), await releaseHostState(found.dir, found.record), removed.push(reaped(found));
    return (0, import_chunk_H4RBL64L.leaveRuns)(mountsDir, "local", labels), removeAbandoned(base), removed;
  }
  return { name: "local", entrypointStdin: !0, create, list, inventory, reap };
}
function resolveBwrap(override, pathEnv) {
  let found = override ? (0, import_chunk_H4RBL64L.findExecutable)(override) : (0, import_chunk_H4RBL64L.findExecutable)("bwrap", pathEnv);
  if (!found)
    throw new import_chunk_GTVJVVCB.SandboxError(
      override ? `bubblewrap was not found at ${override}` : "bubblewrap (bwrap) is not installed or not on PATH",
      HINT_INSTALL_BWRAP
    );
  return found;
}
(0, import_chunk_WE6FURZE.init_web_globals)();
async function checkLocalPrerequisites(options = {}) {
  let env = options.hostEnv ?? process.env, checks = [], bwrap = options.bwrapPath ? (0, import_chunk_H4RBL64L.findExecutable)(options.bwrapPath) : (0, import_chunk_H4RBL64L.findExecutable)("bwrap", env.PATH);
  if (bwrap) {
    let version = await run(bwrap, ["--version"]);
    checks.push({
      name: "bubblewrap",
      ok: !0,
      detail: `${bwrap} (${version.stdout.trim() || "unknown version"})`
    });
  } else
    checks.push({
      name: "bubblewrap",
      ok: !1,
      detail: "bwrap is not installed or not on PATH",
      fix: HINT_INSTALL_BWRAP
    });
  let sysctls = userNamespaceSysctls(options.procSys ?? "/proc/sys"), probeOk = !1;
  if (bwrap) {
    let trueBin = (0, import_chunk_H4RBL64L.findExecutable)("true", "/usr/bin:/bin") ?? "true", probe = await run(
      bwrap,
      [
        "--unshare-user",
        "--unshare-pid",
        "--unshare-net",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--disable-userns",
        "--die-with-parent",
        "--new-session",
        "--uid",
        "1000",
        "--gid",
        "1000",
        "--ro-bind",
        "/",
        "/",
        "--proc",
        "/proc",
        "--dev",
        "/dev",
        "--tmpfs",
        "/tmp",
        trueBin
      ],
      process.getuid?.() === 0 ? DEDICATED_ID_BASE : void 0
    );
    if (probeOk = probe.code === 0, probeOk)
      checks.push({
        name: "bubblewrap sandbox",
        ok: !0,
        detail: "user, pid, net, ipc, uts namespaces and mounts work"
      });
    else {
      let error = startupFailure(probe.stderr, probe.code, probe.signal);
      checks.push({ name: "bubblewrap sandbox", ok: !1, detail: error.message, fix: error.hint });
    }
  }
  let sysctlFix = sysctls.blocker ?? (sysctls.restricted && !probeOk ? "sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or install an AppArmor profile granting bwrap `userns`" : void 0);
  checks.push({
    name: "user namespace sysctls",
    ok: sysctlFix === void 0,
    detail: sysctls.detail,
    ...sysctlFix ? { fix: sysctlFix } : {}
  });
  let perl = options.perlPath ? (0, import_chunk_H4RBL64L.findExecutable)(options.perlPath) : (0, import_chunk_H4RBL64L.findExecutable)("perl", env.PATH);
  checks.push(
    perl ? { name: "perl (exec into sandboxes)", ok: !0, detail: perl } : {
      name: "perl (exec into sandboxes)",
      ok: !1,
      detail: "perl is not on PATH; exec/copyIn into local sandboxes will fail",
      fix: "install perl (Debian/Ubuntu: apt-get install perl-base)"
    }
  );
  try {
    checks.push({
      name: "node runtime for the sandbox",
      ok: !0,
      detail: (0, import_chunk_H4RBL64L.resolveNodeBinary)(options.nodePath)
    });
  } catch (error) {
    checks.push({
      name: "node runtime for the sandbox",
      ok: !1,
      detail: error.message,
      fix: "install Node.js 22 or newer on PATH"
    });
  }
  checks.push(limitsCheck());
  let base = (0, import_chunk_VGR4BRCM.runDirBase)(env);
  try {
    (0, import_chunk_VGR4BRCM.ensureRunDirBase)(base), checks.push({ name: "run directory", ok: !0, detail: base });
  } catch (error) {
    checks.push({
      name: "run directory",
      ok: !1,
      detail: error.message,
      fix: `remove ${base} or set RUNNER_TEMP`
    });
  }
  return checks;
}
function limitsCheck(support = detectCgroups(), rlimitNproc = kernelAtLeast(5, 14), uid = process.getuid?.()) {
  let planned = plannedMechanisms(support, rlimitNproc), ok = planned.memory !== "none" && planned.pids !== "none", say = (mechanism) => mechanism === "none" ? "NOT enforceable" : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism, notes = [
    support.detail,
    support.preparation ? `the first create prepares: ${support.preparation.summary}` : void 0,
    ok && planned.cpu === "none" ? "a cpus limit would be refused" : void 0
  ].filter(Boolean);
  return {
    name: "resource limits (local)",
    ok,
    detail: `memory: ${say(planned.memory)}, pids: ${say(planned.pids)}, cpus: ${say(planned.cpu)}; ${notes.join("; ")}`,
    ...ok ? {} : { fix: unenforcedLimitsFix(uid) }
  };
}
function userNamespaceSysctls(procSys) {
  let read = (name) => {
    try {
      return (0, import_node_fs10.readFileSync)(`${procSys}/${name}`, "utf8").trim();
    } catch {
      return;
    }
  }, clone = read("kernel/unprivileged_userns_clone"), max = read("user/max_user_namespaces"), apparmor = read("kernel/apparmor_restrict_unprivileged_userns"), detail = [
    `user.max_user_namespaces=${max ?? "n/a"}`,
    `kernel.unprivileged_userns_clone=${clone ?? "n/a"}`,
    `kernel.apparmor_restrict_unprivileged_userns=${apparmor ?? "n/a"}`
  ].join(", "), blocker;
  max === "0" ? blocker = "sudo sysctl -w user.max_user_namespaces=15000" : clone === "0" && (blocker = "sudo sysctl -w kernel.unprivileged_userns_clone=1");
  let restricted = apparmor === "1";
  return {
    detail: restricted ? `${detail} (AppArmor restricts unprivileged user namespaces; bwrap works only with a profile that allows userns)` : detail,
    ...blocker ? { blocker } : {},
    restricted
  };
}
function run(cmd, args, as) {
  return new Promise((resolve) => {
    let child = (0, import_node_child_process3.spawn)(cmd, args, {
      env: {},
      stdio: ["ignore", "pipe", "pipe"],
      timeout: 1e4,
      cwd: "/",
      ...as === void 0 ? {} : { uid: as, gid: as }
    }), stdout = "", stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    }), child.stderr.on("data", (chunk) => {
      stderr += chunk;
    }), child.once("error", (error) => resolve({ code: null, signal: null, stdout, stderr: error.message })), child.once("close", (code, signal2) => resolve({ code, signal: signal2, stdout, stderr }));
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkLocalPrerequisites,
  createLocalBackend
});
