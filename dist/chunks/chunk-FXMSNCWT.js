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
  ownerLabels: () => ownerLabels,
  ownerState: () => ownerState,
  processStartTime: () => processStartTime
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_os = require("node:os");
(0, import_chunk_WE6FURZE.init_web_globals)();
var LABEL_OWNER_PID = "sandbox-action.owner-pid", LABEL_OWNER_START = "sandbox-action.owner-start", LABEL_OWNER_BOOT = "sandbox-action.boot-id", LABEL_OWNER_HOST = "sandbox-action.owner-host";
function bootId() {
  try {
    return (0, import_node_fs.readFileSync)("/proc/sys/kernel/random/boot_id", "utf8").trim() || void 0;
  } catch {
    return;
  }
}
function processStartTime(pid) {
  try {
    let stat = (0, import_node_fs.readFileSync)(`/proc/${pid}/stat`, "utf8"), rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
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
    [LABEL_OWNER_HOST]: (0, import_node_os.hostname)()
  };
}
function ownerState(labels) {
  let pid = Number(labels[LABEL_OWNER_PID]), start = labels[LABEL_OWNER_START], boot = labels[LABEL_OWNER_BOOT], host = labels[LABEL_OWNER_HOST];
  if (!Number.isInteger(pid) || pid <= 0 || !start || !boot)
    return { state: "unknown", reason: "no owner labels (made by an older version or off Linux)" };
  if (host !== void 0 && host !== (0, import_node_os.hostname)())
    return { state: "unknown", reason: `made on another host (${host})` };
  let ourBoot = bootId();
  if (!ourBoot) return { state: "unknown", reason: "this host has no boot id to compare" };
  if (ourBoot !== boot) return { state: "gone", reason: "made before the host last booted" };
  let now = processStartTime(pid);
  return now === void 0 ? { state: "gone", reason: `owner process ${pid} is gone` } : now !== start ? { state: "gone", reason: `owner process ${pid} is gone (pid reused)` } : { state: "alive", reason: `owner process ${pid} is running` };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  ownerLabels,
  ownerState,
  processStartTime
});
