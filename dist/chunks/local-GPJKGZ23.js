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
  checkLocalPrerequisites: () => import_chunk_HPSANAJK.checkLocalPrerequisites,
  createLocalBackend: () => createLocalBackend
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_FLRYWX5G = require("./chunk-FLRYWX5G.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_6MR7WQBO = require("./chunk-6MR7WQBO.js"), import_chunk_HPSANAJK = require("./chunk-HPSANAJK.js"), import_chunk_2F33FVAQ = require("./chunk-2F33FVAQ.js"), import_chunk_QDZUOZR5 = require("./chunk-QDZUOZR5.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path"), import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path"), import_node_fs4 = require("node:fs"), import_node_stream = require("node:stream"), import_node_fs5 = require("node:fs"), import_node_os = require("node:os"), import_node_child_process = require("node:child_process"), import_node_fs6 = require("node:fs");
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
    String(import_chunk_E2HATPM4.SANDBOX_UID),
    "--gid",
    String(import_chunk_E2HATPM4.SANDBOX_GID),
    "--hostname",
    import_chunk_E2HATPM4.SANDBOX_HOSTNAME,
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
  args.push("--proc", "/proc");
  for (let op of plan.proc ?? [])
    op.kind === "ro-bind" ? args.push("--ro-bind-try", op.dest, op.dest) : op.kind === "mask-file" ? args.push("--ro-bind", "/dev/null", op.dest) : args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  args.push("--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp", "--tmpfs", "/run");
  for (let op of plan.rootfs)
    op.kind === "mask-file" ? args.push("--ro-bind", "/dev/null", op.dest) : op.kind === "mask-dir" && args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  let source = (host) => bindSource(plan, host);
  if (server)
    plan.codeCache && args.push("--ro-bind", source(plan.codeCache), import_chunk_E2HATPM4.CODE_CACHE_INSIDE), args.push("--bind", source(plan.runDir), import_chunk_E2HATPM4.RUN_INSIDE);
  else {
    network === "open" && plan.resolvConf && args.push("--ro-bind", plan.resolvConf, plan.resolvConf), args.push(plan.workspaceMode === "ro" ? "--ro-bind" : "--bind", source(plan.workspace), import_chunk_E2HATPM4.WORKSPACE_INSIDE);
    for (let mount of plan.protect ?? [])
      args.push(
        mount.readOnly ? "--ro-bind" : "--bind",
        source(mount.host),
        `${import_chunk_E2HATPM4.WORKSPACE_INSIDE}/${mount.rel}`
      );
    plan.egressDir && args.push("--bind", source(plan.egressDir), import_chunk_E2HATPM4.EGRESS_DIR_INSIDE);
  }
  return args.push(
    "--bind",
    source(linkDirOf(plan.runDir)),
    import_chunk_E2HATPM4.LINK_DIR_INSIDE,
    "--ro-bind",
    source(plan.script),
    import_chunk_E2HATPM4.SCRIPT_INSIDE,
    "--ro-bind",
    source(plan.node),
    import_chunk_E2HATPM4.NODE_INSIDE,
    // Last: the root tmpfs (and so /.sandbox and the mount points on it) becomes read-only too.
    "--remount-ro",
    "/",
    "--chdir",
    server ? "/" : import_chunk_E2HATPM4.WORKSPACE_INSIDE,
    "--",
    import_chunk_E2HATPM4.NODE_INSIDE,
    ...import_chunk_E2HATPM4.SERVER_NODE_FLAGS,
    import_chunk_E2HATPM4.SCRIPT_INSIDE,
    ...plan.entryArgs
  ), args;
}
function envArgs(env) {
  let parts = [];
  for (let [key, value] of Object.entries(env)) parts.push("--setenv", key, value);
  return Buffer.from(parts.map((part) => `${part}\0`).join(""));
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var RECORD_FILE = "sandbox.json", RUN_SUBDIR = "run";
function writeRecord(dir, record) {
  (0, import_node_fs2.writeFileSync)((0, import_node_path2.join)(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}
`, { mode: 384 });
}
function readRecord(dir) {
  try {
    let record = JSON.parse((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(dir, RECORD_FILE), "utf8"));
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
    argv = (0, import_node_fs2.readFileSync)(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return !1;
  }
  let runDir = (0, import_node_path2.join)(dir, RUN_SUBDIR), markers = [runDir, (0, import_chunk_QDZUOZR5.stagedRunDir)(runDir), linkDirOf(runDir), linkDirOf((0, import_chunk_QDZUOZR5.stagedRunDir)(runDir))];
  return (0, import_node_path2.basename)(argv[0] ?? "") === "bwrap" && argv.some((arg) => markers.includes(arg));
}
function commandsMarker(dir, staged) {
  let runDir = (0, import_node_path2.join)(dir, RUN_SUBDIR);
  return linkDirOf(staged ? (0, import_chunk_QDZUOZR5.stagedRunDir)(runDir) : runDir);
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
    names = (0, import_node_fs2.readdirSync)(base);
  } catch {
    return [];
  }
  let found = [];
  for (let name of names) {
    let dir = (0, import_node_path2.join)(base, name), record = readRecord(dir);
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
    names = (0, import_node_fs2.readdirSync)(base);
  } catch {
    return;
  }
  for (let name of names) {
    let dir = (0, import_node_path2.join)(base, name);
    if (!(!name.startsWith("sbx-") || readRecord(dir)))
      try {
        Date.now() - (0, import_node_fs2.statSync)(dir).mtimeMs > olderThanMs && !(0, import_node_fs2.existsSync)((0, import_node_path2.join)(dir, RECORD_FILE)) && (0, import_chunk_EBKXDVUJ.removeRunDir)(dir);
      } catch {
      }
  }
}
async function releaseHostState(dir, record) {
  record.cgroups?.length && await (0, import_chunk_2F33FVAQ.removeCgroupsWhenEmpty)(record.cgroups), (0, import_chunk_EBKXDVUJ.removeRunDir)(dir);
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
    value && import_node_path3.posix.isAbsolute(value) && candidates.push(value);
  }
  let targets = /* @__PURE__ */ new Map();
  for (let candidate of candidates) {
    let real = host.realpath(import_node_path3.posix.normalize(candidate));
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
  rootEntries: () => (0, import_node_fs3.readdirSync)("/"),
  kind(path) {
    try {
      let stat = (0, import_node_fs3.lstatSync)(path);
      return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "dir" : "file";
    } catch {
      return "missing";
    }
  },
  readlink: (path) => (0, import_node_fs3.readlinkSync)(path),
  realpath(path) {
    try {
      return (0, import_node_fs3.realpathSync)(path);
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
    names = (0, import_node_fs6.readdirSync)("/proc/self/fd");
  } catch {
    return [];
  }
  let fds = [];
  for (let name of names) {
    let fd = Number(name);
    if (!(!Number.isInteger(fd) || fd <= 2))
      try {
        let flags = /^flags:\s*([0-7]+)/m.exec((0, import_node_fs6.readFileSync)(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
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
  let child = (0, import_node_child_process.spawn)(command, args, { ...options, stdio });
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
${import_chunk_QDZUOZR5.JOIN_LIMITS}
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
${import_chunk_QDZUOZR5.JOIN_LIMITS}
# Started by root: become the sandbox's unprivileged uid before entering anything (it owns the
# sandbox's user namespaces, which is all the joins below need), so nothing exec'd is host root.
if ($uid ne "-") {
  ${import_chunk_QDZUOZR5.READ_SYSCALLS}
  ${import_chunk_QDZUOZR5.DROP_PRIVILEGES}
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
      return (0, import_node_fs5.readlinkSync)(`/proc/${pid}/ns/${ns}`) !== (0, import_node_fs5.readlinkSync)(`/proc/self/ns/${ns}`);
    } catch {
      return !1;
    }
  };
  return NAMESPACES.filter(differs).join(",");
}
function execLauncherArgv(target, cwd, argv) {
  let numbers = SYSCALLS[process.arch];
  if (!numbers || target.identity && !(0, import_chunk_QDZUOZR5.identitySyscalls)())
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
    target.identity ? (0, import_chunk_QDZUOZR5.identitySyscalls)() ?? "-" : "-",
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
    }), envPipe?.end((0, import_chunk_FLRYWX5G.encodeEnv)(env)), child.stdin?.on("error", () => {
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
  let nrs = (0, import_chunk_QDZUOZR5.identitySyscalls)();
  if (!params.perl || !SYSCALLS[process.arch] || !nrs)
    throw new import_chunk_GTVJVVCB.SandboxError(
      "started by root, the local backend needs perl on the host to run the sandbox as an unprivileged uid (it never runs as root)",
      "install perl (Debian/Ubuntu: apt-get install perl-base), or run as a non-root user"
    );
  return [
    params.perl,
    [
      "-e",
      import_chunk_QDZUOZR5.ROOT_BWRAP_WRAPPER,
      "--",
      ...limitArgs(params.limits),
      nrs,
      String(identity.uid),
      String(identity.gid),
      identity.idmap ? `${identity.idmap.diskUid}:${identity.idmap.diskGid}` : "-",
      ...(0, import_chunk_QDZUOZR5.stageArgs)(params.stage ?? []),
      // from the stage: the sandbox's uid need not reach bwrap's own path
      params.stage ? import_chunk_QDZUOZR5.STAGED_BWRAP : params.bwrap,
      ...args
    ]
  ];
}
function joinCgroups(pid, procsFiles) {
  for (let file of procsFiles)
    try {
      (0, import_node_fs4.writeFileSync)(file, String(pid));
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
    throw error instanceof import_chunk_GTVJVVCB.SandboxError ? error : (0, import_chunk_HPSANAJK.spawnFailure)(params.bwrap, error);
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
    throw spawnError ? (0, import_chunk_HPSANAJK.spawnFailure)(params.bwrap, spawnError) : status.setupFinished ? (0, import_chunk_HPSANAJK.entryExitedEarly)(stderrText, code, sig) : (0, import_chunk_HPSANAJK.startupFailure)(stderrText, code, sig, params.identity);
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
    let first = (0, import_node_fs4.readFileSync)(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0];
    return first ? Number(first) : void 0;
  } catch {
  }
  for (let name of (0, import_node_fs4.readdirSync)("/proc"))
    if (/^\d+$/.test(name))
      try {
        let stat = (0, import_node_fs4.readFileSync)(`/proc/${name}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) return Number(name);
      } catch {
      }
}
function comm(pid) {
  try {
    return (0, import_node_fs4.readFileSync)(`/proc/${pid}/comm`, "utf8").trim();
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
    return this.assertRunning(), (0, import_chunk_FLRYWX5G.connectUnixChannel)(this.params.socketPath);
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
    let env = (0, import_chunk_FLRYWX5G.buildEnv)(this.params.sandboxEnv, options.env);
    return runExec(this.execTarget, argv, env, options);
  }
  copyIn(content, path, mode = 420) {
    return (0, import_chunk_FLRYWX5G.copyInViaExec)((argv, options) => this.exec(argv, options), content, path, mode);
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
var argOffset = (index) => 16 + 8 * index, GENERIC = {
  audit: 0,
  modeArg: { 52: 1, 53: 2, 452: 2, 56: 3, 34: 2, 33: 2 },
  refused: [437, 425, 426, 427]
}, ARCHES = {
  x64: {
    audit: 3221225534,
    modeArg: { 90: 1, 91: 1, 268: 2, 452: 2, 85: 1, 2: 2, 257: 3, 83: 1, 258: 2, 133: 1, 259: 2 },
    refused: [437, 425, 426, 427]
  },
  arm64: { ...GENERIC, audit: 3221225655 },
  riscv64: { ...GENERIC, audit: 3221225715 }
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
  return (0, import_chunk_QDZUOZR5.chooseIdentity)((0, import_chunk_QDZUOZR5.ownerOf)(workspace), 0, (0, import_chunk_QDZUOZR5.readHostIds)(), inUse);
}
function createLocalBackend(options = {}) {
  let hostEnv = options.hostEnv ?? process.env, base = options.runDirBase ?? (0, import_chunk_EBKXDVUJ.runDirBase)(hostEnv), log = options.log ?? ((line) => process.stderr.write(`${line}
`)), mountsDir = options.mountsDir ?? (0, import_chunk_FLRYWX5G.claimsDir)(hostEnv);
  async function create(spec) {
    (0, import_chunk_FLRYWX5G.checkNetwork)(spec);
    let bwrap = resolveBwrap(options.bwrapPath, hostEnv.PATH), seccomp = noSetIdFilter();
    if (!seccomp)
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the local backend has no seccomp filter for the ${process.arch} architecture (it keeps set-uid bits out of the workspace)`,
        "use the docker backend on this machine"
      );
    let workspace = (0, import_chunk_FLRYWX5G.workspacePath)(spec.workspace), egressDir = spec.network === "allowlist" ? (0, import_chunk_FLRYWX5G.egressHostDir)(spec) : void 0, script = (0, import_chunk_FLRYWX5G.existingPath)(spec.entrypoint.script, "file", "entry script"), node = (0, import_chunk_HKKO75SA.resolveNodeBinary)(options.nodePath), identity = (options.chooseIdentity ?? defaultIdentity)(workspace, base), entry = (0, import_chunk_FLRYWX5G.entrypointCodeCache)(spec.entrypoint);
    identity && entry.codeCache && !(0, import_chunk_QDZUOZR5.readableBy)(entry.codeCache, identity) && (entry = { env: spec.entrypoint.env });
    let entryEnv = (0, import_chunk_FLRYWX5G.buildEnv)({}, entry.env), sandboxEnv = (0, import_chunk_FLRYWX5G.buildEnv)(spec.env, spec.entrypoint.runnerEnv);
    (0, import_chunk_EBKXDVUJ.ensureRunDirBase)(base);
    let id = (0, import_chunk_FLRYWX5G.sandboxId)(spec.runId), dir = (0, import_node_path.join)(base, id), socketPath = (0, import_node_path.join)(dir, RUN_SUBDIR, import_chunk_E2HATPM4.SOCKET_NAME);
    (0, import_chunk_EBKXDVUJ.checkSocketPath)(socketPath), (0, import_node_fs.mkdirSync)(dir, { mode: 448 }), (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, RUN_SUBDIR), { mode: 448 }), (0, import_node_fs.mkdirSync)(linkDirOf((0, import_node_path.join)(dir, RUN_SUBDIR)), { mode: 448 });
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
      writeRecord(dir, record), identity && ((0, import_node_fs.chownSync)((0, import_node_path.join)(dir, RUN_SUBDIR), identity.uid, identity.gid), (0, import_node_fs.chownSync)(linkDirOf((0, import_node_path.join)(dir, RUN_SUBDIR)), identity.uid, identity.gid), stage = (0, import_chunk_QDZUOZR5.planStage)(
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
      ), (0, import_chunk_QDZUOZR5.checkStagedFiles)(stage, identity));
      let protect = (0, import_chunk_FLRYWX5G.joinRun)({
        dir: mountsDir,
        workspace,
        paths: spec.protectedPaths,
        workspaceMode: spec.workspaceMode,
        runId: spec.runId,
        labels: record.labels,
        backend: "local",
        runMayLive: (runId) => scan(base, { [import_chunk_GTVJVVCB.LABEL_RUN_ID]: runId }).some((found) => found.alive)
      });
      limits = (0, import_chunk_2F33FVAQ.setupLimits)(id, spec.limits, options.cgroups), record.cgroups = limits.cgroups, writeRecord(dir, record);
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
        staged: stage ? (0, import_chunk_QDZUOZR5.stagedPaths)(stage) : void 0
      };
      args = {
        server: buildBwrapArgs({
          ...plan,
          role: "server",
          entryArgs: spec.entrypoint.args(import_chunk_E2HATPM4.LISTEN_ADDRESS, import_chunk_E2HATPM4.LINK_ADDRESS)
        }),
        commands: buildBwrapArgs({
          ...plan,
          role: "commands",
          entryArgs: spec.entrypoint.runnerArgs(import_chunk_E2HATPM4.LINK_ADDRESS)
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
        perl: options.perlPath ?? (0, import_chunk_HKKO75SA.findExecutable)("perl", hostEnv.PATH),
        startupTimeoutMs: options.startupTimeoutMs ?? 1e4,
        limits,
        entryStdin: spec.entrypoint.stdin,
        identity,
        stage
      });
    } finally {
      log(`local sandbox ${id} limits: ${(0, import_chunk_2F33FVAQ.describeLimits)(limits)}`);
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
    return (0, import_chunk_FLRYWX5G.leaveRuns)(mountsDir, "local", labels), removeAbandoned(base), removed;
  }
  return { name: "local", entrypointStdin: !0, create, list, inventory, reap };
}
function resolveBwrap(override, pathEnv) {
  let found = override ? (0, import_chunk_HKKO75SA.findExecutable)(override) : (0, import_chunk_HKKO75SA.findExecutable)("bwrap", pathEnv);
  if (!found)
    throw new import_chunk_GTVJVVCB.SandboxError(
      override ? `bubblewrap was not found at ${override}` : "bubblewrap (bwrap) is not installed or not on PATH",
      import_chunk_HPSANAJK.HINT_INSTALL_BWRAP
    );
  return found;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkLocalPrerequisites,
  createLocalBackend
});
