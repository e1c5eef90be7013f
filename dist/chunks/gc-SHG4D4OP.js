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
  execute: () => execute
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_net = require("node:net"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
var EGRESS_SOCKET = "egress.sock", EGRESS_START_GRACE_MS = 6e4;
function socketListens(path) {
  return new Promise((resolve) => {
    let socket = (0, import_node_net.connect)({ path }), done = (listening) => {
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
  let base = (0, import_chunk_EBKXDVUJ.runDirBase)(process.env, "sandbox-action-egress"), names;
  try {
    names = (0, import_node_fs.readdirSync)(base).filter((name) => name.startsWith("e-"));
  } catch {
    return [];
  }
  let left = [];
  for (let name of names) {
    let dir = (0, import_node_path.join)(base, name), socket = (0, import_node_path.join)(dir, EGRESS_SOCKET);
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
  let { loadBackend, selectBackend } = await Promise.resolve().then(() => __toESM(require("./backends-KYFBTBB2.js"))), backends = [await loadBackend("local")];
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
  let entries = await backend.inventory({ [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true" }), runs = /* @__PURE__ */ new Map();
  for (let entry of entries) runs.set(entry.runId, [...runs.get(entry.runId) ?? [], entry]);
  for (let [runId, sandboxes] of runs) {
    let states = sandboxes.map((sandbox) => (0, import_chunk_FXMSNCWT.ownerState)(sandbox.labels)), row = (sandbox, reason) => ({
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
    let reaped = await backend.reap({ [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true", [import_chunk_GTVJVVCB.LABEL_RUN_ID]: runId }), reasons = new Map(sandboxes.map((sandbox, i) => [sandbox.id, states[i]?.reason ?? ""]));
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
    dryRun || (0, import_chunk_EBKXDVUJ.removeRunDir)(dir), report.egress_dirs_removed.push(dir);
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
  return report.errors.length ? import_chunk_CLFXF4LG.EXIT.sandbox : import_chunk_CLFXF4LG.EXIT.ok;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
