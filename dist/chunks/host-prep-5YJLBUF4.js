var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  APPARMOR_USERNS_FIX: () => APPARMOR_USERNS_FIX,
  APPARMOR_USERNS_SYSCTL: () => APPARMOR_USERNS_SYSCTL,
  prepareHost: () => prepareHost
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_2F33FVAQ = require("./chunk-2F33FVAQ.js"), import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
var APPARMOR_USERNS_SYSCTL = "kernel.apparmor_restrict_unprivileged_userns", APPARMOR_USERNS_FILE = "kernel/apparmor_restrict_unprivileged_userns", APPARMOR_USERNS_FIX = `add a step before this action: \`- run: sudo sysctl -w ${APPARMOR_USERNS_SYSCTL}=0\` (run by a user that may use sudo), or install an AppArmor profile that grants bwrap \`userns\`, or use \`backend: docker\``;
function readSysctl(procSys, file) {
  try {
    return (0, import_node_fs.readFileSync)((0, import_node_path.join)(procSys, file), "utf8").trim();
  } catch {
    return;
  }
}
function firstLine(result) {
  return `${result.stderr}`.trim().split(`
`)[0] || `${result.stdout}`.trim().split(`
`)[0] || `exit ${result.exitCode}`;
}
async function defaultUserNamespacesWork() {
  let [{ findExecutable }, { probeSandboxNamespaces }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./executables-FSACKDXB.js"))),
    Promise.resolve().then(() => __toESM(require("./prereqs-MYAPDMYL.js")))
  ]), bwrap = findExecutable("bwrap", process.env.PATH);
  if (bwrap)
    return (await probeSandboxNamespaces(bwrap)).code === 0;
}
async function defaultSelectBackend() {
  let { selectBackend } = await Promise.resolve().then(() => __toESM(require("./backends-KYFBTBB2.js")));
  return selectBackend("auto");
}
async function prepareHost(options, deps) {
  let { run, log } = deps, changed = [];
  if (options.backend === "docker")
    return log("host: nothing to prepare for the docker backend"), { changed };
  let procSys = deps.procSys ?? "/proc/sys", uid = "uid" in deps ? deps.uid : process.getuid?.(), cgroupHost = deps.cgroupHost ?? import_chunk_2F33FVAQ.realCgroupHost, apparmor = readSysctl(procSys, APPARMOR_USERNS_FILE), sudoAsked = !1, unprobed = (0, import_chunk_2F33FVAQ.detectCgroups)({
    ...cgroupHost,
    sudoAvailable: () => (sudoAsked = !0, { ok: !1, detail: "passwordless sudo not probed yet" })
  }), cgroupsNeedRoot = sudoAsked;
  if (apparmor !== "1" && !cgroupsNeedRoot)
    return log(
      `host: nothing to change (${APPARMOR_USERNS_SYSCTL}: ${apparmor ?? "not present"}; cgroups: ${cgroupsSaid(unprobed)})`
    ), { changed };
  if (options.backend === "auto") {
    let chosen = await (deps.selectBackend ?? defaultSelectBackend)();
    if (chosen.name !== "local")
      return log(`host: nothing to prepare (${chosen.reason})`), { changed };
  }
  let sudo, sudoProbe = async () => {
    if (sudo) return sudo;
    if (uid === 0)
      return sudo = { ok: !0, detail: "root" }, sudo;
    let probe = await run("sudo", ["-n", "true"]);
    return sudo = probe.exitCode === 0 ? { ok: !0, detail: "passwordless sudo" } : { ok: !1, detail: `\`sudo -n true\` failed (${firstLine(probe)})` }, sudo;
  }, asRoot = (command, args) => uid === 0 ? run(command, args) : run("sudo", ["-n", command, ...args]);
  if (apparmor === "1") {
    let works = await (deps.userNamespacesWork ?? defaultUserNamespacesWork)();
    if (works === !0)
      log(
        `host: ${APPARMOR_USERNS_SYSCTL}=1 left as is: bubblewrap can create user namespaces here (an AppArmor profile allows it)`
      );
    else if (works === void 0)
      log(
        `host: ${APPARMOR_USERNS_SYSCTL}=1 left as is: bubblewrap is not installed (the sandbox's start says how to install it)`
      );
    else {
      let cannot = `AppArmor forbids unprivileged user namespaces on this runner (${APPARMOR_USERNS_SYSCTL}=1), and bubblewrap needs them`, probe = await sudoProbe();
      if (!probe.ok)
        throw new import_chunk_GTVJVVCB.SandboxError(
          `${cannot}; the action cannot lift that: ${probe.detail}`,
          APPARMOR_USERNS_FIX
        );
      let set = await asRoot("sysctl", ["-w", `${APPARMOR_USERNS_SYSCTL}=0`]), now = readSysctl(procSys, APPARMOR_USERNS_FILE);
      if (set.exitCode !== 0 || now !== "0")
        throw new import_chunk_GTVJVVCB.SandboxError(
          `${cannot}; \`${uid === 0 ? "" : "sudo -n "}sysctl -w ${APPARMOR_USERNS_SYSCTL}=0\` ${set.exitCode !== 0 ? `failed (${firstLine(set)})` : `left it at ${now ?? "?"}`}`,
          APPARMOR_USERNS_FIX
        );
      let line = `set ${APPARMOR_USERNS_SYSCTL}=0 (was 1) so bubblewrap can create user namespaces`;
      log(`host: ${line}`), changed.push(line);
    }
  }
  if (cgroupsNeedRoot) {
    let probe = await sudoProbe(), support = (0, import_chunk_2F33FVAQ.detectCgroups)({ ...cgroupHost, sudoAvailable: () => probe }), preparation = support.preparation;
    if (preparation?.via === "sudo") {
      let done = await run("sudo", ["-n", "/bin/sh", "-euc", (0, import_chunk_2F33FVAQ.preparationScript)(preparation.steps)]);
      if (done.exitCode === 0) {
        let line = `cgroups for the sandbox's limits: ${preparation.summary}; the daemon started next inherits it`;
        log(`host: ${line}`), changed.push(line);
      } else {
        let message = `preparing cgroups for uid ${uid ?? "?"} through \`sudo -n\` failed: ${firstLine(done)} (the plan: ${preparation.summary})`;
        if (!options.bestEffortLimits) throw new import_chunk_GTVJVVCB.SandboxError(message, (0, import_chunk_2F33FVAQ.unenforcedLimitsFix)(uid));
        log(`host: ${message}; limits-mode best-effort: the sandbox starts without those limits`);
      }
    } else
      log(
        `host: cgroups left as they are (${support.detail}); the sandbox's start enforces what it can (limits-mode)`
      );
  }
  return changed.length === 0 && log("host: nothing changed"), { changed };
}
function cgroupsSaid(support) {
  return support.preparation ? `${support.detail}; the daemon prepares it itself, without root` : support.detail;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  APPARMOR_USERNS_FIX,
  APPARMOR_USERNS_SYSCTL,
  prepareHost
});
