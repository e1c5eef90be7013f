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
var import_chunk_QR5FJVQ2 = require("./chunk-QR5FJVQ2.js"), import_chunk_5XSK435Z = require("./chunk-5XSK435Z.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_6MR7WQBO = require("./chunk-6MR7WQBO.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path"), import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path"), import_node_fs4 = require("node:fs"), import_node_path4 = require("node:path"), import_node_fs5 = require("node:fs"), import_node_path5 = require("node:path"), import_node_stream = require("node:stream"), import_node_fs6 = require("node:fs"), import_node_os = require("node:os"), import_node_child_process = require("node:child_process"), import_node_fs7 = require("node:fs"), import_node_child_process2 = require("node:child_process"), import_node_fs8 = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var STATUS_FD = 3, ARGS_FD = 4;
function buildBwrapArgs(plan) {
  let args = [
    "--unshare-user",
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    ...plan.network === "none" ? ["--unshare-net"] : [],
    // No nested user namespaces: they are the usual way from an unprivileged process to kernel
    // attack surface (nf_tables and friends), and Docker's default seccomp profile blocks them too.
    "--disable-userns",
    "--die-with-parent",
    // setsid: no controlling terminal to push input into (TIOCSTI), and one process group to signal
    "--new-session",
    "--cap-drop",
    "ALL",
    "--uid",
    String(import_chunk_5XSK435Z.SANDBOX_UID),
    "--gid",
    String(import_chunk_5XSK435Z.SANDBOX_GID),
    "--hostname",
    import_chunk_5XSK435Z.SANDBOX_HOSTNAME,
    "--json-status-fd",
    String(STATUS_FD),
    // bwrap reads this descriptor to its end before it creates anything: the host puts it into
    // the sandbox's cgroups meanwhile (sandbox.ts, joinCgroups)
    "--args",
    String(ARGS_FD)
  ];
  for (let op of plan.rootfs)
    op.kind === "symlink" ? args.push("--symlink", op.target, op.dest) : op.kind === "ro-bind" && args.push("--ro-bind", op.src, op.dest);
  args.push("--ro-bind-try", import_chunk_5XSK435Z.THP_SYSFS_DIR, import_chunk_5XSK435Z.THP_SYSFS_DIR), args.push("--proc", "/proc", "--dev", "/dev", "--perms", "1777", "--tmpfs", "/tmp", "--tmpfs", "/run");
  for (let op of plan.rootfs)
    op.kind === "mask-file" ? args.push("--ro-bind", "/dev/null", op.dest) : op.kind === "mask-dir" && args.push("--perms", "0555", "--tmpfs", op.dest, "--remount-ro", op.dest);
  plan.network === "open" && plan.resolvConf && args.push("--ro-bind", plan.resolvConf, plan.resolvConf), args.push(plan.workspaceMode === "ro" ? "--ro-bind" : "--bind", plan.workspace, import_chunk_5XSK435Z.WORKSPACE_INSIDE);
  for (let mount of plan.protect ?? [])
    args.push(mount.readOnly ? "--ro-bind" : "--bind", mount.host, `${import_chunk_5XSK435Z.WORKSPACE_INSIDE}/${mount.rel}`);
  return plan.egressDir && args.push("--bind", plan.egressDir, import_chunk_5XSK435Z.EGRESS_DIR_INSIDE), plan.codeCache && args.push("--ro-bind", plan.codeCache, import_chunk_5XSK435Z.CODE_CACHE_INSIDE), args.push(
    "--ro-bind",
    plan.script,
    import_chunk_5XSK435Z.SCRIPT_INSIDE,
    "--ro-bind",
    plan.node,
    import_chunk_5XSK435Z.NODE_INSIDE,
    "--bind",
    plan.runDir,
    import_chunk_5XSK435Z.RUN_INSIDE,
    // Last: the root tmpfs (and so /.sandbox and the mount points on it) becomes read-only too.
    "--remount-ro",
    "/",
    "--chdir",
    import_chunk_5XSK435Z.WORKSPACE_INSIDE,
    "--",
    import_chunk_5XSK435Z.NODE_INSIDE,
    ...import_chunk_5XSK435Z.SERVER_NODE_FLAGS,
    import_chunk_5XSK435Z.SCRIPT_INSIDE,
    ...plan.entryArgs
  ), args;
}
function envArgs(env) {
  let parts = [];
  for (let [key, value] of Object.entries(env)) parts.push("--setenv", key, value);
  return Buffer.from(parts.map((part) => `${part}\0`).join(""));
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var OTHER_BACKEND = "or run with --backend docker", HINT_INSTALL_BWRAP = `install bubblewrap (Debian/Ubuntu: sudo apt-get install bubblewrap; Fedora: sudo dnf install bubblewrap), ${OTHER_BACKEND}`, HINT_USERNS = `allow unprivileged user namespaces: on Ubuntu 23.10+ run \`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0\` (or install an AppArmor profile that grants bwrap \`userns\`), on Debian \`sudo sysctl -w kernel.unprivileged_userns_clone=1\`, and make sure user.max_user_namespaces is not 0; ${OTHER_BACKEND}`, HINT_CONTAINER = `bubblewrap cannot mount inside this container (its seccomp/AppArmor profile or a read-only /proc forbids it); run the job on the host or in a container started with --security-opt seccomp=unconfined --security-opt apparmor=unconfined, ${OTHER_BACKEND}`, USERNS_PATTERNS = [
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
];
function startupFailure(stderr, exitCode, signal2) {
  let detail = stderr.trim() || (signal2 ? `killed by ${signal2}` : `exit code ${exitCode}`);
  return USERNS_PATTERNS.some((re) => re.test(stderr)) ? new import_chunk_GTVJVVCB.SandboxError(
    `bubblewrap could not create the sandbox's user namespace; this machine does not allow unprivileged user namespaces (${detail})`,
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
var CONTROLLERS = ["memory", "pids", "cpu"], V2_BASE_NAME = "sandbox-action", CPU_PERIOD_US = 1e5, realCgroupHost = {
  mountinfo: () => (0, import_node_fs2.readFileSync)("/proc/self/mountinfo", "utf8"),
  selfCgroup: () => (0, import_node_fs2.readFileSync)("/proc/self/cgroup", "utf8"),
  uid: () => process.getuid?.()
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
    return (0, import_node_fs2.mkdirSync)(probe), (0, import_node_fs2.rmdirSync)(probe), !0;
  } catch {
    return !1;
  }
}
function detectCgroups(host = realCgroupHost) {
  let mounts, self;
  try {
    mounts = parseMountinfo(host.mountinfo()), self = host.selfCgroup();
  } catch {
    return { version: void 0, bases: {}, detail: "no /proc/self/mountinfo or /proc/self/cgroup" };
  }
  let unified = mounts.find((m) => m.fsType === "cgroup2"), v1 = CONTROLLERS.map(
    (c) => [c, mounts.find((m) => m.fsType === "cgroup" && m.superOptions.includes(c))]
  );
  if (v1.some(([, m]) => m)) {
    let bases = {}, missing = [];
    for (let [controller, mount] of v1) {
      let own = ownCgroup(self, controller);
      if (!mount || own === void 0) {
        missing.push(`${controller} (not mounted)`);
        continue;
      }
      let dir = import_node_path2.posix.join(mount.mountPoint, relativeTo(own, mount.root));
      writable(dir) ? bases[controller] = dir : missing.push(`${controller} (${dir} not writable)`);
    }
    return {
      version: 1,
      bases,
      detail: `cgroup v1${missing.length ? `; unusable: ${missing.join(", ")}` : ""}`
    };
  }
  if (unified) {
    let controllers = [];
    try {
      controllers = (0, import_node_fs2.readFileSync)(import_node_path2.posix.join(unified.mountPoint, "cgroup.controllers"), "utf8").trim().split(/\s+/);
    } catch {
    }
    let base = import_node_path2.posix.join(unified.mountPoint, V2_BASE_NAME), usable = (0, import_node_fs2.existsSync)(base) && writable(base) || !(0, import_node_fs2.existsSync)(base) && writable(unified.mountPoint), bases = {};
    if (usable) for (let c of CONTROLLERS) controllers.includes(c) && (bases[c] = base);
    return {
      version: 2,
      bases,
      detail: usable ? `cgroup v2 at ${unified.mountPoint} (controllers: ${controllers.join(" ") || "none"})` : `cgroup v2 at ${unified.mountPoint}, not writable by uid ${host.uid() ?? "?"} (run as root, or use --backend docker)`
    };
  }
  return { version: void 0, bases: {}, detail: "no cgroup filesystem mounted" };
}
function setupLimits(id, requested, support = detectCgroups(), rlimitNproc = kernelAtLeast(5, 14)) {
  let memory = requested.memoryBytes ?? import_chunk_GTVJVVCB.DEFAULT_LIMITS.memoryBytes, pids = requested.pids ?? import_chunk_GTVJVVCB.DEFAULT_LIMITS.pids, cpus = requested.cpus, setup = {
    memory: { bytes: memory, mechanism: "none" },
    cpus: { cpus, mechanism: "none" },
    pids: { pids, mechanism: "none" },
    join: [],
    cgroups: []
  }, mechanism = support.version === 2 ? "cgroup-v2" : "cgroup-v1";
  try {
    if (support.version === 2 && Object.keys(support.bases).length > 0) {
      let base = Object.values(support.bases)[0];
      (0, import_node_fs2.mkdirSync)(base, { recursive: !0 });
      let enable = CONTROLLERS.filter((c) => support.bases[c]).map((c) => `+${c}`);
      (0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(import_node_path2.posix.dirname(base), "cgroup.subtree_control"), enable.join(" ")), (0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(base, "cgroup.subtree_control"), enable.join(" "));
      let dir = import_node_path2.posix.join(base, id);
      (0, import_node_fs2.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path2.posix.join(dir, "cgroup.procs")), support.bases.memory && ((0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "memory.max"), String(memory)), (0, import_node_fs2.existsSync)(import_node_path2.posix.join(dir, "memory.swap.max")) && (0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "memory.swap.max"), "0"), setup.memory.mechanism = mechanism), support.bases.pids && ((0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism), support.bases.cpu && cpus && ((0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "cpu.max"), `${Math.round(cpus * CPU_PERIOD_US)} ${CPU_PERIOD_US}`), setup.cpus.mechanism = mechanism);
    } else if (support.version === 1)
      for (let controller of CONTROLLERS) {
        let base = support.bases[controller];
        if (!base || controller === "cpu" && !cpus) continue;
        let dir = import_node_path2.posix.join(base, `sandbox-action-${id}`);
        if ((0, import_node_fs2.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path2.posix.join(dir, "cgroup.procs")), controller === "memory") {
          (0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "memory.limit_in_bytes"), String(memory));
          let memsw = import_node_path2.posix.join(dir, "memory.memsw.limit_in_bytes");
          (0, import_node_fs2.existsSync)(memsw) && (0, import_node_fs2.writeFileSync)(memsw, String(memory)), setup.memory.mechanism = mechanism;
        } else controller === "pids" ? ((0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism) : cpus && ((0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "cpu.cfs_period_us"), String(CPU_PERIOD_US)), (0, import_node_fs2.writeFileSync)(import_node_path2.posix.join(dir, "cpu.cfs_quota_us"), String(Math.round(cpus * CPU_PERIOD_US))), setup.cpus.mechanism = mechanism);
      }
  } catch (error) {
    throw removeCgroups(setup.cgroups), error;
  }
  return setup.pids.mechanism === "none" && rlimitNproc && (setup.nproc = pids, setup.pids.mechanism = "rlimit"), setup;
}
function describeLimits(setup) {
  let gib = (bytes) => bytes % 1073741824 === 0 ? `${bytes / 1073741824}g` : `${Math.round(bytes / 1048576)}m`, say = (value, mechanism) => `${value} (${mechanism === "none" ? "NOT enforced" : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism})`;
  return [
    `memory ${say(gib(setup.memory.bytes), setup.memory.mechanism)}`,
    `pids ${say(String(setup.pids.pids), setup.pids.mechanism)}`,
    `cpus ${setup.cpus.cpus === void 0 ? "unbounded (not requested)" : say(String(setup.cpus.cpus), setup.cpus.mechanism)}`
  ].join(", ");
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
      (0, import_node_fs2.rmdirSync)(dir);
    } catch (error) {
      error.code !== "ENOENT" && left.push(dir);
    }
  return left.reverse();
}
function kernelAtLeast(major, minor) {
  try {
    let [maj, min] = (0, import_node_fs2.readFileSync)("/proc/sys/kernel/osrelease", "utf8").split(/[.-]/).map(Number);
    return (maj ?? 0) > major || (maj ?? 0) === major && (min ?? 0) >= minor;
  } catch {
    return !1;
  }
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var RECORD_FILE = "sandbox.json", RUN_SUBDIR = "run";
function writeRecord(dir, record) {
  (0, import_node_fs3.writeFileSync)((0, import_node_path3.join)(dir, RECORD_FILE), `${JSON.stringify(record, null, 2)}
`, { mode: 384 });
}
function readRecord(dir) {
  try {
    let record = JSON.parse((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(dir, RECORD_FILE), "utf8"));
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
    argv = (0, import_node_fs3.readFileSync)(`/proc/${pid}/cmdline`, "utf8").split("\0");
  } catch {
    return !1;
  }
  return (0, import_node_path3.basename)(argv[0] ?? "") === "bwrap" && argv.includes((0, import_node_path3.join)(dir, RUN_SUBDIR));
}
function recordIsAlive(dir, record) {
  return isOurBwrap(record.bwrapPid, dir) || isOurBwrap(record.initPid, dir);
}
function scan(base, labels) {
  let names;
  try {
    names = (0, import_node_fs3.readdirSync)(base);
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
  let pids = [found.record.initPid, found.record.bwrapPid].filter((pid) => isOurBwrap(pid, found.dir));
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
    names = (0, import_node_fs3.readdirSync)(base);
  } catch {
    return;
  }
  for (let name of names) {
    let dir = (0, import_node_path3.join)(base, name);
    if (!(!name.startsWith("sbx-") || readRecord(dir)))
      try {
        Date.now() - (0, import_node_fs3.statSync)(dir).mtimeMs > olderThanMs && !(0, import_node_fs3.existsSync)((0, import_node_path3.join)(dir, RECORD_FILE)) && (0, import_chunk_EBKXDVUJ.removeRunDir)(dir);
      } catch {
      }
  }
}
async function releaseHostState(dir, record) {
  record.created?.length && (0, import_chunk_QR5FJVQ2.removeCreated)(record.created), record.cgroups?.length && await removeCgroupsWhenEmpty(record.cgroups), (0, import_chunk_EBKXDVUJ.removeRunDir)(dir);
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
function resolvConfTarget(host) {
  let real = host.realpath("/etc/resolv.conf");
  return real?.startsWith("/run/") ? real : void 0;
}
var realHostFs = {
  rootEntries: () => (0, import_node_fs4.readdirSync)("/"),
  kind(path) {
    try {
      let stat = (0, import_node_fs4.lstatSync)(path);
      return stat.isSymbolicLink() ? "symlink" : stat.isDirectory() ? "dir" : "file";
    } catch {
      return "missing";
    }
  },
  readlink: (path) => (0, import_node_fs4.readlinkSync)(path),
  realpath(path) {
    try {
      return (0, import_node_fs4.realpathSync)(path);
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
    names = (0, import_node_fs7.readdirSync)("/proc/self/fd");
  } catch {
    return [];
  }
  let fds = [];
  for (let name of names) {
    let fd = Number(name);
    if (!(!Number.isInteger(fd) || fd <= 2))
      try {
        let flags = /^flags:\s*([0-7]+)/m.exec((0, import_node_fs7.readFileSync)(`/proc/self/fdinfo/${fd}`, "utf8"))?.[1];
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
}, JOIN_LIMITS = String.raw`
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
`, BWRAP_WRAPPER = String.raw`
use strict;
my ($joins, $nproc, $nr_prlimit, @cmd) = @ARGV;
sub fail { print STDERR "bwrap: sandbox limits: @_
"; exit 1; }
${JOIN_LIMITS}
{ exec { $cmd[0] } @cmd; }
fail("exec $cmd[0]: $!");
`, NAMESPACES = ["uts", "ipc", "net", "cgroup", "pid", "mnt"], LAUNCHER = String.raw`
use strict;
my ($pid, $marker, $cwd, $nr_setns, $nr_prctl, $nslist, $joins, $nproc, $nr_prlimit, @cmd) = @ARGV;
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
      return (0, import_node_fs6.readlinkSync)(`/proc/${pid}/ns/${ns}`) !== (0, import_node_fs6.readlinkSync)(`/proc/self/ns/${ns}`);
    } catch {
      return !1;
    }
  };
  return NAMESPACES.filter(differs).join(",");
}
function execLauncherArgv(target, cwd, argv) {
  let numbers = SYSCALLS[process.arch];
  if (!numbers)
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
    }), envPipe?.end((0, import_chunk_QR5FJVQ2.encodeEnv)(env)), child.stdin?.on("error", () => {
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
function bwrapCommand(params) {
  let { join: joins, nproc } = params.limits;
  if (nproc === void 0) return [params.bwrap, params.args];
  if (!params.perl || !SYSCALLS[process.arch])
    throw new import_chunk_GTVJVVCB.SandboxError(
      "the local backend needs perl on the host to start a sandbox inside its limits",
      "install perl (Debian/Ubuntu: apt-get install perl-base)"
    );
  return [
    params.perl,
    [
      "-e",
      BWRAP_WRAPPER,
      "--",
      joins.length ? joins.join(",") : "-",
      String(nproc),
      String(SYSCALLS[process.arch]?.prlimit64),
      params.bwrap,
      ...params.args
    ]
  ];
}
function joinCgroups(pid, procsFiles) {
  for (let file of procsFiles)
    try {
      (0, import_node_fs5.writeFileSync)(file, String(pid));
    } catch (error) {
      throw new import_chunk_GTVJVVCB.SandboxError(
        `sandbox limits: cannot put the sandbox into cgroup ${file}: ${error.message}`,
        "run `sandbox-action doctor`; the cgroup may have been removed, or this user may not write to it"
      );
    }
}
async function startSandbox(params) {
  let child;
  try {
    let [command, argv] = bwrapCommand(params);
    child = spawnSealed(command, argv, {
      env: {},
      stdio: [params.entryStdin ? "pipe" : "ignore", "pipe", "pipe", "pipe", "pipe"],
      // its own session: a terminal's Ctrl-C reaches our process, which tears down in order
      detached: !0
    });
  } catch (error) {
    throw await releaseHostState(params.dir, params.record), error instanceof import_chunk_GTVJVVCB.SandboxError ? error : spawnFailure(params.bwrap, error);
  }
  let argsPipe = child.stdio[4];
  if (argsPipe.on("error", () => {
  }), params.entryStdin && child.stdin) {
    let input = child.stdin;
    input.on("error", () => {
    }), params.entryStdin.then(
      (text) => input.end(text),
      () => input.end()
    );
  }
  let stderr = new import_node_stream.PassThrough(), early = [], earlyBytes = 0, starting = !0;
  child.stderr?.on("data", (chunk) => {
    starting && earlyBytes < STDERR_CAPTURE_BYTES && (early.push(chunk), earlyBytes += chunk.length);
  }), child.stderr?.pipe(stderr);
  let status = watchStatus(child.stdio[3]), spawnError, exited = new Promise((resolve) => {
    child.once("error", (error) => {
      spawnError = error, child.pid === void 0 && resolve({ code: null, signal: null });
    }), child.once("close", (code, signal2) => resolve({ code, signal: signal2 }));
  });
  child.pid !== void 0 && (params.record.bwrapPid = child.pid, writeRecord(params.dir, params.record));
  let initPid;
  try {
    params.limits.nproc === void 0 && child.pid !== void 0 && joinCgroups(child.pid, params.limits.join), argsPipe.end(envArgs(params.entryEnv)), initPid = await waitForEntry(child, status, exited, params.startupTimeoutMs, () => spawnError);
  } catch (error) {
    if (child.exitCode === null && child.signalCode === null && child.pid && (signal(-child.pid, "SIGKILL"), await Promise.race([exited, sleep(KILL_WAIT_MS)])), await releaseHostState(params.dir, params.record), error instanceof import_chunk_GTVJVVCB.SandboxError) throw error;
    let stderrText = Buffer.concat(early).toString("utf8"), { code, signal: sig } = await exited;
    throw spawnError ? spawnFailure(params.bwrap, spawnError) : status.setupFinished ? entryExitedEarly(stderrText, code, sig) : startupFailure(stderrText, code, sig);
  }
  return starting = !1, early.length = 0, params.record.initPid = initPid, writeRecord(params.dir, params.record), new LocalSandbox(params, child, initPid, stderr, exited);
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
    let first = (0, import_node_fs5.readFileSync)(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(" ")[0];
    return first ? Number(first) : void 0;
  } catch {
  }
  for (let name of (0, import_node_fs5.readdirSync)("/proc"))
    if (/^\d+$/.test(name))
      try {
        let stat = (0, import_node_fs5.readFileSync)(`/proc/${name}/stat`, "utf8");
        if (Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid) return Number(name);
      } catch {
      }
}
function comm(pid) {
  try {
    return (0, import_node_fs5.readFileSync)(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return;
  }
}
var LocalSandbox = class {
  constructor(params, child, initPid, stderr, exited) {
    this.params = params, this.stderr = stderr, this.id = params.id, this.runId = params.runId, this.stdout = child.stdout, this.bwrapPid = child.pid, this.initPid = initPid, this.limits = params.limits, this.exited = exited.then((exit) => (this.hasExited = !0, exit));
  }
  params;
  stderr;
  backend = "local";
  id;
  runId;
  stdout;
  exited;
  /** host pid of bubblewrap (the process we spawned) */
  bwrapPid;
  /** host pid of the sandbox's pid 1 */
  initPid;
  /** each limit and what enforces it here (cgroups, an rlimit, or nothing) */
  limits;
  hasExited = !1;
  destroying;
  execTarget;
  async openChannel() {
    return this.assertRunning(), (0, import_chunk_QR5FJVQ2.connectUnixChannel)(this.params.socketPath);
  }
  async exec(argv, options = {}) {
    this.assertRunning();
    let perl = this.params.perl;
    if (!perl)
      throw new import_chunk_GTVJVVCB.SandboxError(
        "running a command inside a local sandbox needs perl on the host",
        "install perl (Debian/Ubuntu: apt-get install perl-base)"
      );
    this.execTarget ??= {
      pid: this.initPid,
      marker: (0, import_node_path5.join)(this.params.dir, RUN_SUBDIR),
      namespaces: sandboxNamespaces(this.initPid),
      perl,
      limits: { join: this.params.limits.join, nproc: this.params.limits.nproc }
    };
    let env = (0, import_chunk_QR5FJVQ2.buildEnv)(this.params.sandboxEnv, options.env);
    return runExec(this.execTarget, argv, env, options);
  }
  copyIn(content, path, mode = 420) {
    return (0, import_chunk_QR5FJVQ2.copyInViaExec)((argv, options) => this.exec(argv, options), content, path, mode);
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
    this.hasExited || (signal(-this.initPid, "SIGTERM"), await Promise.race([this.exited, sleep(Math.max(0, graceMs))])), this.hasExited || (signal(this.initPid, "SIGKILL"), signal(-this.bwrapPid, "SIGKILL"), await Promise.race([this.exited, sleep(KILL_WAIT_MS)])), await releaseHostState(this.params.dir, this.params.record);
  }
  assertRunning() {
    if (this.hasExited || this.destroying) throw new import_chunk_GTVJVVCB.SandboxError(`sandbox ${this.id} is not running`);
  }
};
function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
  }
}
function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
function createLocalBackend(options = {}) {
  let hostEnv = options.hostEnv ?? process.env, base = options.runDirBase ?? (0, import_chunk_EBKXDVUJ.runDirBase)(hostEnv), log = options.log ?? ((line) => process.stderr.write(`${line}
`));
  async function create(spec) {
    (0, import_chunk_QR5FJVQ2.checkNetwork)(spec);
    let bwrap = resolveBwrap(options.bwrapPath, hostEnv.PATH), workspace = (0, import_chunk_QR5FJVQ2.existingPath)(spec.workspace, "dir", "workspace"), egressDir = spec.network === "allowlist" ? (0, import_chunk_QR5FJVQ2.egressHostDir)(spec) : void 0, script = (0, import_chunk_QR5FJVQ2.existingPath)(spec.entrypoint.script, "file", "entry script"), node = (0, import_chunk_QR5FJVQ2.resolveNodeBinary)(options.nodePath), entry = (0, import_chunk_QR5FJVQ2.entrypointCodeCache)(spec.entrypoint), entryEnv = (0, import_chunk_QR5FJVQ2.buildEnv)(spec.env, entry.env), sandboxEnv = (0, import_chunk_QR5FJVQ2.buildEnv)(spec.env);
    (0, import_chunk_EBKXDVUJ.ensureRunDirBase)(base);
    let id = (0, import_chunk_QR5FJVQ2.sandboxId)(spec.runId), dir = (0, import_node_path.join)(base, id), socketPath = (0, import_node_path.join)(dir, RUN_SUBDIR, import_chunk_5XSK435Z.SOCKET_NAME);
    (0, import_chunk_EBKXDVUJ.checkSocketPath)(socketPath), (0, import_node_fs.mkdirSync)(dir, { mode: 448 }), (0, import_node_fs.mkdirSync)((0, import_node_path.join)(dir, RUN_SUBDIR), { mode: 448 });
    let record = {
      version: 1,
      id,
      runId: spec.runId,
      labels: { ...spec.labels, [import_chunk_GTVJVVCB.LABEL_RUN_ID]: spec.runId, [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true" },
      bwrapPid: null,
      initPid: null,
      createdAt: (/* @__PURE__ */ new Date()).toISOString()
    }, args, limits;
    try {
      writeRecord(dir, record);
      let protect = (0, import_chunk_QR5FJVQ2.planProtectedPaths)(workspace, spec.protectedPaths, spec.workspaceMode);
      record.created = protect.created, writeRecord(dir, record), limits = setupLimits(id, spec.limits, options.cgroups), record.cgroups = limits.cgroups, writeRecord(dir, record);
      let host = options.hostFs ?? realHostFs;
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
        runDir: (0, import_node_path.join)(dir, RUN_SUBDIR),
        resolvConf: spec.network === "open" ? resolvConfTarget(host) : void 0,
        entryArgs: spec.entrypoint.args(import_chunk_5XSK435Z.LISTEN_ADDRESS)
      });
    } catch (error) {
      throw await releaseHostState(dir, record), error;
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
        perl: options.perlPath ?? (0, import_chunk_QR5FJVQ2.findExecutable)("perl", hostEnv.PATH),
        startupTimeoutMs: options.startupTimeoutMs ?? 1e4,
        limits,
        entryStdin: spec.entrypoint.stdin
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
    return removeAbandoned(base), removed;
  }
  return { name: "local", entrypointStdin: !0, create, list, inventory, reap };
}
function resolveBwrap(override, pathEnv) {
  let found = override ? (0, import_chunk_QR5FJVQ2.findExecutable)(override) : (0, import_chunk_QR5FJVQ2.findExecutable)("bwrap", pathEnv);
  if (!found)
    throw new import_chunk_GTVJVVCB.SandboxError(
      override ? `bubblewrap was not found at ${override}` : "bubblewrap (bwrap) is not installed or not on PATH",
      HINT_INSTALL_BWRAP
    );
  return found;
}
(0, import_chunk_WE6FURZE.init_web_globals)();
async function checkLocalPrerequisites(options = {}) {
  let env = options.hostEnv ?? process.env, checks = [], bwrap = options.bwrapPath ? (0, import_chunk_QR5FJVQ2.findExecutable)(options.bwrapPath) : (0, import_chunk_QR5FJVQ2.findExecutable)("bwrap", env.PATH);
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
    let trueBin = (0, import_chunk_QR5FJVQ2.findExecutable)("true", "/usr/bin:/bin") ?? "true", probe = await run(bwrap, [
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
    ]);
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
  let perl = options.perlPath ? (0, import_chunk_QR5FJVQ2.findExecutable)(options.perlPath) : (0, import_chunk_QR5FJVQ2.findExecutable)("perl", env.PATH);
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
      detail: (0, import_chunk_QR5FJVQ2.resolveNodeBinary)(options.nodePath)
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
  let base = (0, import_chunk_EBKXDVUJ.runDirBase)(env);
  try {
    (0, import_chunk_EBKXDVUJ.ensureRunDirBase)(base), checks.push({ name: "run directory", ok: !0, detail: base });
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
function limitsCheck(support = detectCgroups(), rlimitNproc = kernelAtLeast(5, 14)) {
  let setup = mechanisms(support, rlimitNproc), ok = setup.memory !== "none" && setup.pids !== "none";
  return {
    name: "resource limits (local)",
    ok,
    detail: `memory: ${setup.memory}, pids: ${setup.pids}, cpus: ${setup.cpu}; ${support.detail}`,
    ...ok ? {} : {
      fix: "run as root (cgroups) for memory and CPU limits, or use --backend docker; unenforced limits are named in the log at create"
    }
  };
}
function mechanisms(support, rlimitNproc) {
  let cgroup = support.version === 2 ? "cgroup v2" : "cgroup v1";
  return {
    memory: support.bases.memory ? cgroup : "NOT enforced",
    pids: support.bases.pids ? cgroup : rlimitNproc ? "RLIMIT_NPROC" : "NOT enforced",
    cpu: support.bases.cpu ? cgroup : "NOT enforced"
  };
}
function userNamespaceSysctls(procSys) {
  let read = (name) => {
    try {
      return (0, import_node_fs8.readFileSync)(`${procSys}/${name}`, "utf8").trim();
    } catch {
      return;
    }
  }, clone = read("kernel/unprivileged_userns_clone"), max = read("user/max_user_namespaces"), apparmor = read("kernel/apparmor_restrict_unprivileged_userns"), root = process.getuid?.() === 0, detail = [
    `user.max_user_namespaces=${max ?? "n/a"}`,
    `kernel.unprivileged_userns_clone=${clone ?? "n/a"}`,
    `kernel.apparmor_restrict_unprivileged_userns=${apparmor ?? "n/a"}`
  ].join(", "), blocker;
  max === "0" ? blocker = "sudo sysctl -w user.max_user_namespaces=15000" : clone === "0" && !root && (blocker = "sudo sysctl -w kernel.unprivileged_userns_clone=1");
  let restricted = apparmor === "1" && !root;
  return {
    detail: restricted ? `${detail} (AppArmor restricts unprivileged user namespaces; bwrap works only with a profile that allows userns)` : detail,
    ...blocker ? { blocker } : {},
    restricted
  };
}
function run(cmd, args) {
  return new Promise((resolve) => {
    let child = (0, import_node_child_process2.spawn)(cmd, args, { env: {}, stdio: ["ignore", "pipe", "pipe"], timeout: 1e4 }), stdout = "", stderr = "";
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
