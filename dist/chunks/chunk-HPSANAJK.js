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
  HINT_INSTALL_BWRAP: () => HINT_INSTALL_BWRAP,
  checkLocalPrerequisites: () => checkLocalPrerequisites,
  entryExitedEarly: () => entryExitedEarly,
  limitsCheck: () => limitsCheck,
  probeSandboxNamespaces: () => probeSandboxNamespaces,
  spawnFailure: () => spawnFailure,
  startupFailure: () => startupFailure,
  userNamespaceSysctls: () => userNamespaceSysctls
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_2F33FVAQ = require("./chunk-2F33FVAQ.js"), import_chunk_QDZUOZR5 = require("./chunk-QDZUOZR5.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_child_process = require("node:child_process"), import_node_fs = require("node:fs");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
], HINT_IDMAP = "chown the checkout to a non-root user (e.g. `chown -R 1000:1000 WORKSPACE`): the sandbox then runs as that user and needs no idmapped mount; idmapped mounts need Linux 5.12 or newer and a filesystem that supports them (ext4, xfs, btrfs, tmpfs on 6.3+; not NFS)";
function startupFailure(stderr, exitCode, signal, identity) {
  let detail = stderr.trim() || (signal ? `killed by ${signal}` : `exit code ${exitCode}`);
  return identity?.idmap && stderr.includes(import_chunk_QDZUOZR5.IDMAP_FAILURE) ? new import_chunk_GTVJVVCB.SandboxError(
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
function entryExitedEarly(stderr, exitCode, signal) {
  let how = signal ? `was killed by ${signal}` : `exited with code ${exitCode}`, tail = stderr.trim().slice(-2e3);
  return new import_chunk_GTVJVVCB.SandboxError(`the sandbox's entry process ${how} during start-up${tail ? `: ${tail}` : ""}`);
}
function spawnFailure(path, error) {
  return error.code === "ENOENT" ? new import_chunk_GTVJVVCB.SandboxError(`bubblewrap was not found at ${path}`, HINT_INSTALL_BWRAP, { cause: error }) : new import_chunk_GTVJVVCB.SandboxError(`could not run bubblewrap (${path}): ${error.message}`, HINT_INSTALL_BWRAP, {
    cause: error
  });
}
async function checkLocalPrerequisites(options = {}) {
  let env = options.hostEnv ?? process.env, checks = [], bwrap = options.bwrapPath ? (0, import_chunk_HKKO75SA.findExecutable)(options.bwrapPath) : (0, import_chunk_HKKO75SA.findExecutable)("bwrap", env.PATH);
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
    let probe = await probeSandboxNamespaces(bwrap);
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
  let perl = options.perlPath ? (0, import_chunk_HKKO75SA.findExecutable)(options.perlPath) : (0, import_chunk_HKKO75SA.findExecutable)("perl", env.PATH);
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
      detail: (0, import_chunk_HKKO75SA.resolveNodeBinary)(options.nodePath)
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
function limitsCheck(support = (0, import_chunk_2F33FVAQ.detectCgroups)(), rlimitNproc = (0, import_chunk_2F33FVAQ.kernelAtLeast)(5, 14), uid = process.getuid?.()) {
  let planned = (0, import_chunk_2F33FVAQ.plannedMechanisms)(support, rlimitNproc), ok = planned.memory !== "none" && planned.pids !== "none", say = (mechanism) => mechanism === "none" ? "NOT enforceable" : mechanism === "rlimit" ? "RLIMIT_NPROC" : mechanism, notes = [
    support.detail,
    support.preparation ? `the first create prepares: ${support.preparation.summary}` : void 0,
    ok && planned.cpu === "none" ? "a cpus limit would be refused" : void 0
  ].filter(Boolean);
  return {
    name: "resource limits (local)",
    ok,
    detail: `memory: ${say(planned.memory)}, pids: ${say(planned.pids)}, cpus: ${say(planned.cpu)}; ${notes.join("; ")}`,
    ...ok ? {} : { fix: (0, import_chunk_2F33FVAQ.unenforcedLimitsFix)(uid) }
  };
}
function probeSandboxNamespaces(bwrap) {
  let trueBin = (0, import_chunk_HKKO75SA.findExecutable)("true", "/usr/bin:/bin") ?? "true";
  return run(
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
    process.getuid?.() === 0 ? import_chunk_QDZUOZR5.DEDICATED_ID_BASE : void 0
  );
}
function userNamespaceSysctls(procSys) {
  let read = (name) => {
    try {
      return (0, import_node_fs.readFileSync)(`${procSys}/${name}`, "utf8").trim();
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
    let child = (0, import_node_child_process.spawn)(cmd, args, {
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
    }), child.once("error", (error) => resolve({ code: null, signal: null, stdout, stderr: error.message })), child.once("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  HINT_INSTALL_BWRAP,
  checkLocalPrerequisites,
  entryExitedEarly,
  limitsCheck,
  probeSandboxNamespaces,
  spawnFailure,
  startupFailure,
  userNamespaceSysctls
});
