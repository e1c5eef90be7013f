import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/owner.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { hostname } from "node:os";
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
    [LABEL_OWNER_HOST]: hostname()
  };
}
function ownerState(labels) {
  let pid = Number(labels[LABEL_OWNER_PID]), start = labels[LABEL_OWNER_START], boot = labels[LABEL_OWNER_BOOT], host = labels[LABEL_OWNER_HOST];
  if (!Number.isInteger(pid) || pid <= 0 || !start || !boot)
    return { state: "unknown", reason: "no owner labels (made by an older version or off Linux)" };
  if (host !== void 0 && host !== hostname())
    return { state: "unknown", reason: `made on another host (${host})` };
  let ourBoot = bootId();
  if (!ourBoot) return { state: "unknown", reason: "this host has no boot id to compare" };
  if (ourBoot !== boot) return { state: "gone", reason: "made before the host last booted" };
  let now = processStartTime(pid);
  return now === void 0 ? { state: "gone", reason: `owner process ${pid} is gone` } : now !== start ? { state: "gone", reason: `owner process ${pid} is gone (pid reused)` } : { state: "alive", reason: `owner process ${pid} is running` };
}

export {
  ownerLabels,
  ownerState
};
