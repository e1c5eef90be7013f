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
  checkSocketPath: () => checkSocketPath,
  ensureRunDirBase: () => ensureRunDirBase,
  ownerLabels: () => ownerLabels,
  ownerState: () => ownerState,
  processStartTime: () => processStartTime,
  removeRunDir: () => removeRunDir,
  runDirBase: () => runDirBase
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_os = require("node:os"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_os2 = require("node:os");
(0, import_chunk_WE6FURZE.init_web_globals)();
function runDirBase(env = process.env, name = "sandbox-action") {
  return env.RUNNER_TEMP && (0, import_node_path.isAbsolute)(env.RUNNER_TEMP) ? (0, import_node_path.join)(env.RUNNER_TEMP, name) : (0, import_node_path.join)((0, import_node_os.tmpdir)(), `${name}-${process.getuid?.() ?? "user"}`);
}
function ensureRunDirBase(base) {
  try {
    (0, import_node_fs.mkdirSync)(base, { recursive: !0, mode: 448 });
  } catch (error) {
    throw new import_chunk_GTVJVVCB.SandboxError(
      `cannot create the run directory ${base}: ${error.message}`,
      void 0,
      {
        cause: error
      }
    );
  }
  let stat = (0, import_node_fs.lstatSync)(base), uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`
    );
}
function removeRunDir(dir) {
  (0, import_node_fs.rmSync)(dir, { recursive: !0, force: !0, maxRetries: 3 });
}
var MAX_SOCKET_PATH = 107;
function checkSocketPath(path, what = "sandbox socket") {
  if (Buffer.byteLength(path) > MAX_SOCKET_PATH)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the ${what} path ${path} is longer than unix sockets allow (${MAX_SOCKET_PATH} bytes)`,
      "set RUNNER_TEMP (or TMPDIR) to a shorter directory"
    );
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var LABEL_OWNER_PID = "sandbox-action.owner-pid", LABEL_OWNER_START = "sandbox-action.owner-start", LABEL_OWNER_BOOT = "sandbox-action.boot-id", LABEL_OWNER_HOST = "sandbox-action.owner-host";
function bootId() {
  try {
    return (0, import_node_fs2.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || void 0;
  } catch {
    return;
  }
}
function processStartTime(pid) {
  try {
    let stat = (0, import_node_fs2.readFileSync)(`/proc/${pid}/stat`, "utf8"), rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return rest[0] === "Z" || rest[0] === "X" ? void 0 : rest[19] || void 0;
  } catch {
    return;
  }
}
function ownerLabels(pid = process.pid) {
  let boot = bootId(), start = processStartTime(pid);
  return !boot || !start ? {} : {
    [LABEL_OWNER_PID]: String(pid),
    [LABEL_OWNER_START]: start,
    [LABEL_OWNER_BOOT]: boot,
    [LABEL_OWNER_HOST]: (0, import_node_os2.hostname)()
  };
}
function ownerState(labels) {
  let pid = Number(labels[LABEL_OWNER_PID]), start = labels[LABEL_OWNER_START], boot = labels[LABEL_OWNER_BOOT], host = labels[LABEL_OWNER_HOST];
  if (!Number.isInteger(pid) || pid <= 0 || !start || !boot)
    return { state: "unknown", reason: "no owner labels (made by an older version or off Linux)" };
  if (host !== void 0 && host !== (0, import_node_os2.hostname)())
    return { state: "unknown", reason: `made on another host (${host})` };
  let ourBoot = bootId();
  if (!ourBoot) return { state: "unknown", reason: "this host has no boot id to compare" };
  if (ourBoot !== boot) return { state: "gone", reason: "made before the host last booted" };
  let now = processStartTime(pid);
  return now === void 0 ? { state: "gone", reason: `owner process ${pid} is gone` } : now !== start ? { state: "gone", reason: `owner process ${pid} is gone (pid reused)` } : { state: "alive", reason: `owner process ${pid} is running` };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkSocketPath,
  ensureRunDirBase,
  ownerLabels,
  ownerState,
  processStartTime,
  removeRunDir,
  runDirBase
});
