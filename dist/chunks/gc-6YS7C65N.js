import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  ownerState
} from "./chunk-NCJFZMSO.js";
import {
  removeRunDir,
  runDirBase
} from "./chunk-LSW3IJDY.js";
import {
  LABEL_MANAGED,
  LABEL_RUN_ID
} from "./chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/gc.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { connect } from "node:net";
import { join } from "node:path";
var EGRESS_SOCKET = "egress.sock", EGRESS_START_GRACE_MS = 6e4;
function socketListens(path) {
  return new Promise((resolve) => {
    let socket = connect({ path }), done = (listening) => {
      socket.destroy(), resolve(listening);
    };
    socket.once("connect", () => done(!0)), socket.once(
      "error",
      (error) => (
        // only a refusal proves nobody listens; anything else (EACCES, ...) keeps the directory
        done(error.code !== "ECONNREFUSED" && error.code !== "ENOENT")
      )
    ), socket.setTimeout(2e3, () => done(!0));
  });
}
async function leftoverEgressDirs() {
  let base = runDirBase(process.env, "sandbox-action-egress"), names;
  try {
    names = (0, import_node_fs.readdirSync)(base).filter((name) => name.startsWith("e-"));
  } catch {
    return [];
  }
  let left = [];
  for (let name of names) {
    let dir = join(base, name), socket = join(dir, EGRESS_SOCKET);
    try {
      (0, import_node_fs.statSync)(socket);
    } catch {
      try {
        Date.now() - (0, import_node_fs.statSync)(dir).mtimeMs > EGRESS_START_GRACE_MS && left.push(dir);
      } catch {
      }
      continue;
    }
    await socketListens(socket) || left.push(dir);
  }
  return left;
}
async function backendsHere(report) {
  let { loadBackend, selectBackend } = await import("./backends-G6PB2ZTC.js"), backends = [await loadBackend("local")];
  report.backends.push({ name: "local", checked: !0 });
  let docker = await selectBackend("auto");
  return docker.name === "docker" ? (backends.push(await loadBackend("docker")), report.backends.push({ name: "docker", checked: !0 })) : report.backends.push({
    name: "docker",
    checked: !1,
    detail: docker.reason.replace(/^auto: local, because /, "")
  }), backends;
}
async function collect(backend, dryRun, report) {
  if (!backend.inventory) return;
  let entries = await backend.inventory({ [LABEL_MANAGED]: "true" }), runs = /* @__PURE__ */ new Map();
  for (let entry of entries) runs.set(entry.runId, [...runs.get(entry.runId) ?? [], entry]);
  for (let [runId, sandboxes] of runs) {
    let states = sandboxes.map((sandbox) => ownerState(sandbox.labels)), row = (sandbox, reason) => ({
      backend: backend.name,
      id: sandbox.id,
      run_id: runId,
      reason
    });
    if (!runId || states.some((state) => state.state !== "gone")) {
      sandboxes.forEach((sandbox, i) => {
        let state = states[i];
        report.kept.push(
          row(
            sandbox,
            state?.state === "gone" ? "another sandbox of its run is not gone" : state?.reason ?? ""
          )
        );
      });
      continue;
    }
    if (dryRun) {
      for (let [i, sandbox] of sandboxes.entries())
        report.removed.push(row(sandbox, states[i]?.reason ?? ""));
      continue;
    }
    let reaped = await backend.reap({ [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId }), reasons = new Map(sandboxes.map((sandbox, i) => [sandbox.id, states[i]?.reason ?? ""]));
    for (let sandbox of reaped)
      report.removed.push({
        backend: backend.name,
        id: sandbox.id,
        run_id: runId,
        reason: reasons.get(sandbox.id) ?? "its run is gone"
      });
  }
}
async function execute(args, io) {
  let dryRun = args.flags["dry-run"] === !0, report = {
    dry_run: dryRun,
    removed: [],
    kept: [],
    egress_dirs_removed: [],
    backends: [],
    errors: []
  }, backends = [];
  try {
    backends = await backendsHere(report);
  } catch (error) {
    report.errors.push(error.message);
  }
  for (let backend of backends)
    try {
      await collect(backend, dryRun, report);
    } catch (error) {
      report.errors.push(`${backend.name}: ${error.message}`);
    }
  for (let dir of await leftoverEgressDirs())
    dryRun || removeRunDir(dir), report.egress_dirs_removed.push(dir);
  if (args.flags.json === !0)
    io.stdout.write(`${JSON.stringify(report, null, 2)}
`);
  else {
    let verb = dryRun ? "would remove" : "removed";
    for (let entry of report.removed)
      io.stdout.write(
        `${verb} ${entry.backend} sandbox ${entry.id} (run ${entry.run_id}): ${entry.reason}
`
      );
    for (let dir of report.egress_dirs_removed) io.stdout.write(`${verb} egress directory ${dir}
`);
    for (let entry of report.kept)
      io.stdout.write(`kept ${entry.backend} sandbox ${entry.id} (run ${entry.run_id}): ${entry.reason}
`);
    for (let backend of report.backends)
      backend.checked || io.stdout.write(`skipped ${backend.name}: ${backend.detail}
`);
    !report.removed.length && !report.egress_dirs_removed.length && io.stdout.write(dryRun ? `nothing to remove
` : `nothing removed
`);
  }
  for (let error of report.errors) io.stderr.write(`sandbox-action gc: ${error}
`);
  return report.errors.length ? EXIT.sandbox : EXIT.ok;
}
export {
  execute
};
