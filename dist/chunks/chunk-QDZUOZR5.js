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
  DEDICATED_ID_BASE: () => DEDICATED_ID_BASE,
  DROP_PRIVILEGES: () => DROP_PRIVILEGES,
  IDENTITY_SYSCALLS: () => IDENTITY_SYSCALLS,
  IDMAP_FAILURE: () => IDMAP_FAILURE,
  JOIN_LIMITS: () => JOIN_LIMITS,
  READ_SYSCALLS: () => READ_SYSCALLS,
  ROOT_BWRAP_WRAPPER: () => ROOT_BWRAP_WRAPPER,
  STAGED_BWRAP: () => STAGED_BWRAP,
  checkStagedFiles: () => checkStagedFiles,
  chooseIdentity: () => chooseIdentity,
  identitySyscalls: () => identitySyscalls,
  ownerOf: () => ownerOf,
  perlIdmapUserns: () => perlIdmapUserns,
  planStage: () => planStage,
  readHostIds: () => readHostIds,
  readableBy: () => readableBy,
  stageArgs: () => stageArgs,
  stagedPaths: () => stagedPaths,
  stagedRunDir: () => stagedRunDir
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_fs2 = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
var DEDICATED_ID_BASE = 1879048192, DEDICATED_ID_COUNT = 1 << 20, NOBODY = 65534;
function chooseIdentity(workspace, hostUid, hostIds, inUse = /* @__PURE__ */ new Set(), pick = () => Number.parseInt((0, import_chunk_NNWUDYE2.randomHex)(4), 16) % DEDICATED_ID_COUNT) {
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
      return (0, import_node_fs.readFileSync)(`${etc}/${name}`, "utf8");
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
  let stat = (0, import_node_fs.statSync)(path);
  return { uid: stat.uid, gid: stat.gid };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
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
(0, import_chunk_WE6FURZE.init_web_globals)();
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
`, IDMAP_FAILURE = "idmapped workspace";
function perlIdmapUserns(unshareNr, prefix, childPrefix = "") {
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
var ROOT_BWRAP_WRAPPER = `
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  DEDICATED_ID_BASE,
  DROP_PRIVILEGES,
  IDENTITY_SYSCALLS,
  IDMAP_FAILURE,
  JOIN_LIMITS,
  READ_SYSCALLS,
  ROOT_BWRAP_WRAPPER,
  STAGED_BWRAP,
  checkStagedFiles,
  chooseIdentity,
  identitySyscalls,
  ownerOf,
  perlIdmapUserns,
  planStage,
  readHostIds,
  readableBy,
  stageArgs,
  stagedPaths,
  stagedRunDir
});
