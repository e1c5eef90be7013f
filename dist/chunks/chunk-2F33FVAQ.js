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
  SUDO_PATH: () => SUDO_PATH,
  describeLimits: () => describeLimits,
  detectCgroups: () => detectCgroups,
  kernelAtLeast: () => kernelAtLeast,
  plannedMechanisms: () => plannedMechanisms,
  preparationScript: () => preparationScript,
  realCgroupHost: () => realCgroupHost,
  removeCgroupsWhenEmpty: () => removeCgroupsWhenEmpty,
  setupLimits: () => setupLimits,
  unenforcedLimitsFix: () => unenforcedLimitsFix
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_child_process = require("node:child_process"), import_node_fs = require("node:fs"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
var CONTROLLERS = ["memory", "pids", "cpu"], V2_BASE_NAME = "sandbox-action", HOST_LEAF = "sandbox-action-host", CPU_PERIOD_US = 1e5;
function userSubtreeName(uid) {
  return `sandbox-action-${uid ?? "unknown"}`;
}
var SUDO_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", sudoProbe;
function probeSudo() {
  let sudo = (0, import_chunk_HKKO75SA.findExecutable)("sudo", process.env.PATH || SUDO_PATH);
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
  mountinfo: () => (0, import_node_fs.readFileSync)("/proc/self/mountinfo", "utf8"),
  selfCgroup: () => (0, import_node_fs.readFileSync)("/proc/self/cgroup", "utf8"),
  uid: () => process.getuid?.(),
  gid: () => process.getgid?.(),
  pid: () => process.pid,
  canCreateIn: writable,
  exists: import_node_fs.existsSync,
  read: (path) => {
    try {
      return (0, import_node_fs.readFileSync)(path, "utf8");
    } catch {
      return;
    }
  },
  mkdir: (path) => (0, import_node_fs.mkdirSync)(path, { recursive: !0 }),
  write: (path, value) => (0, import_node_fs.writeFileSync)(path, value),
  sudoAvailable: () => (sudoProbe ??= probeSudo(), sudoProbe),
  sudo: (script) => {
    let sudo = (0, import_chunk_HKKO75SA.findExecutable)("sudo", process.env.PATH || SUDO_PATH) ?? "sudo", run = (0, import_node_child_process.spawnSync)(sudo, ["-n", "/bin/sh", "-euc", script], {
      encoding: "utf8",
      timeout: 3e4,
      env: { PATH: SUDO_PATH }
    });
    if (run.status !== 0)
      throw new Error(`${`${run.stderr ?? ""}`.trim() || run.error?.message || `exit ${run.status}`}`);
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
  let probe = import_node_path.posix.join(dir, `.sandbox-action-probe-${process.pid}`);
  try {
    return (0, import_node_fs.mkdirSync)(probe), (0, import_node_fs.rmdirSync)(probe), !0;
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
    let dir = import_node_path.posix.join(mount.mountPoint, relativeTo(own, mount.root)).replace(/(.)\/$/, "$1"), delegated = import_node_path.posix.join(dir, userSubtreeName(uid));
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
      chown: [delegated, import_node_path.posix.join(delegated, "cgroup.procs"), import_node_path.posix.join(delegated, "tasks")],
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
  let uid = host.uid(), pid = host.pid(), top = unified.mountPoint, available = controllersIn(host.read(import_node_path.posix.join(top, "cgroup.controllers"))), at = `cgroup v2 at ${top}`;
  if (available.length === 0)
    return { version: 2, bases: {}, detail: `${at} offers none of the memory, pids and cpu controllers` };
  let basesFor = (dir, controllers) => Object.fromEntries(controllers.map((c) => [c, dir])), rootBase = import_node_path.posix.join(top, V2_BASE_NAME);
  if (host.exists(rootBase) ? host.canCreateIn(rootBase) : host.canCreateIn(top))
    return {
      version: 2,
      bases: basesFor(rootBase, available),
      detail: `${at} (controllers: ${available.join(" ")})`,
      enable: [import_node_path.posix.join(top, "cgroup.subtree_control"), import_node_path.posix.join(rootBase, "cgroup.subtree_control")]
    };
  let own = import_node_path.posix.join(top, relativeTo(ownCgroup(self, "") ?? "/", unified.root)), reasons = [`${top} is not writable by uid ${uid ?? "?"}`], parent = import_node_path.posix.dirname(own);
  if (import_node_path.posix.basename(own) === HOST_LEAF && host.canCreateIn(parent)) {
    let enabled = controllersIn(host.read(import_node_path.posix.join(parent, "cgroup.subtree_control")));
    return {
      version: 2,
      bases: basesFor(parent, enabled),
      detail: `${at}: ${parent}, delegated to uid ${uid ?? "?"} (controllers: ${enabled.join(" ") || "none"})`
    };
  }
  if (uid !== 0 && host.canCreateIn(own)) {
    let controllers = controllersIn(host.read(import_node_path.posix.join(own, "cgroup.controllers"))), others = (host.read(import_node_path.posix.join(own, "cgroup.procs")) ?? "").split(`
`).filter((line) => line && Number(line) !== pid);
    if (controllers.length > 0 && others.length === 0) {
      let leaf2 = import_node_path.posix.join(own, HOST_LEAF);
      return {
        version: 2,
        bases: basesFor(own, controllers),
        detail: `${at}: ${own}, delegated to uid ${uid ?? "?"} (controllers: ${controllers.join(" ")})`,
        preparation: {
          via: "delegated",
          summary: `moved this process (pid ${pid}) into ${leaf2} and enabled ${controllers.join(" ")} in ${own}, its delegated cgroup`,
          steps: [
            { mkdir: leaf2 },
            { write: import_node_path.posix.join(leaf2, "cgroup.procs"), value: String(pid) },
            { write: import_node_path.posix.join(own, "cgroup.subtree_control"), value: enableLine(controllers) }
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
  let subtree = import_node_path.posix.join(top, userSubtreeName(uid)), leaf = import_node_path.posix.join(subtree, HOST_LEAF), ready = host.canCreateIn(subtree) && host.exists(leaf) && controllersIn(host.read(import_node_path.posix.join(subtree, "cgroup.subtree_control"))).length === available.length, steps = ready ? [] : [
    { write: import_node_path.posix.join(top, "cgroup.subtree_control"), value: enableLine(available) },
    { mkdir: leaf },
    { write: import_node_path.posix.join(subtree, "cgroup.subtree_control"), value: enableLine(available) },
    {
      chown: [
        subtree,
        ...["cgroup.procs", "cgroup.subtree_control", "cgroup.threads"].map(
          (f) => import_node_path.posix.join(subtree, f)
        ),
        leaf,
        ...["cgroup.procs", "cgroup.threads"].map((f) => import_node_path.posix.join(leaf, f))
      ],
      owner: `${uid}:${host.gid() ?? uid}`
    }
  ];
  return steps.push({ write: import_node_path.posix.join(leaf, "cgroup.procs"), value: String(pid) }), {
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
        (0, import_node_fs.mkdirSync)(base, { recursive: !0 });
        let enable = enableLine(CONTROLLERS.filter((c) => support.bases[c]));
        for (let file of support.enable) (0, import_node_fs.writeFileSync)(file, enable);
      }
      let dir = import_node_path.posix.join(base, id);
      (0, import_node_fs.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path.posix.join(dir, "cgroup.procs")), support.bases.memory && ((0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "memory.max"), String(memory)), (0, import_node_fs.existsSync)(import_node_path.posix.join(dir, "memory.swap.max")) && (0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "memory.swap.max"), "0"), setup.memory.mechanism = mechanism), support.bases.pids && ((0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism), support.bases.cpu && cpus && ((0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "cpu.max"), `${Math.round(cpus * CPU_PERIOD_US)} ${CPU_PERIOD_US}`), setup.cpus.mechanism = mechanism);
    } else if (support.version === 1)
      for (let controller of CONTROLLERS) {
        let base = support.bases[controller];
        if (!base || controller === "cpu" && !cpus) continue;
        let dir = import_node_path.posix.join(base, `sandbox-action-${id}`);
        if ((0, import_node_fs.mkdirSync)(dir), setup.cgroups.push(dir), setup.join.push(import_node_path.posix.join(dir, "cgroup.procs")), controller === "memory") {
          (0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "memory.limit_in_bytes"), String(memory));
          let memsw = import_node_path.posix.join(dir, "memory.memsw.limit_in_bytes");
          (0, import_node_fs.existsSync)(memsw) && (0, import_node_fs.writeFileSync)(memsw, String(memory)), setup.memory.mechanism = mechanism;
        } else controller === "pids" ? ((0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "pids.max"), String(pids)), setup.pids.mechanism = mechanism) : cpus && ((0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "cpu.cfs_period_us"), String(CPU_PERIOD_US)), (0, import_node_fs.writeFileSync)(import_node_path.posix.join(dir, "cpu.cfs_quota_us"), String(Math.round(cpus * CPU_PERIOD_US))), setup.cpus.mechanism = mechanism);
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
      (0, import_node_fs.rmdirSync)(dir);
    } catch (error) {
      error.code !== "ENOENT" && left.push(dir);
    }
  return left.reverse();
}
function kernelAtLeast(major, minor) {
  try {
    let [maj, min] = (0, import_node_fs.readFileSync)("/proc/sys/kernel/osrelease", "utf8").split(/[.-]/).map(Number);
    return (maj ?? 0) > major || (maj ?? 0) === major && (min ?? 0) >= minor;
  } catch {
    return !1;
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SUDO_PATH,
  describeLimits,
  detectCgroups,
  kernelAtLeast,
  plannedMechanisms,
  preparationScript,
  realCgroupHost,
  removeCgroupsWhenEmpty,
  setupLimits,
  unenforcedLimitsFix
});
