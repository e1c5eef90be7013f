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
  buildEnv: () => buildEnv,
  checkNetwork: () => checkNetwork,
  claimPath: () => claimPath,
  claimsDir: () => claimsDir,
  connectUnixChannel: () => connectUnixChannel,
  copyInViaExec: () => copyInViaExec,
  egressHostDir: () => egressHostDir,
  encodeEnv: () => encodeEnv,
  entrypointCodeCache: () => entrypointCodeCache,
  existingPath: () => existingPath,
  joinRun: () => joinRun,
  leaveRuns: () => leaveRuns,
  readClaim: () => readClaim,
  sandboxId: () => sandboxId,
  workspacePath: () => workspacePath
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_6MR7WQBO = require("./chunk-6MR7WQBO.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path"), import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path"), import_node_path4 = require("node:path"), import_node_fs4 = require("node:fs"), import_node_net = __toESM(require("node:net"));
(0, import_chunk_WE6FURZE.init_web_globals)();
var BASE_ENV = {
  PATH: `${import_chunk_E2HATPM4.NODE_DIR}:/usr/local/bin:/usr/bin:/bin`,
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8"
}, NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function buildEnv(...layers) {
  let env = { ...BASE_ENV };
  for (let layer of layers)
    for (let [key, value] of Object.entries(layer ?? {})) {
      if (!NAME.test(key)) throw new import_chunk_GTVJVVCB.SandboxError(`invalid environment variable name ${JSON.stringify(key)}`);
      if (typeof value != "string" || value.includes("\0"))
        throw new import_chunk_GTVJVVCB.SandboxError(`environment variable ${key} must be a string without NUL bytes`);
      env[key] = value;
    }
  return env;
}
function encodeEnv(env) {
  return Buffer.from(
    Object.entries(env).map(([key, value]) => `${key}=${value}\0`).join("")
  );
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function existingPath(path, kind, what) {
  let real;
  try {
    real = (0, import_node_fs.realpathSync)(path);
  } catch {
    throw new import_chunk_GTVJVVCB.SandboxError(`the ${what} ${path} does not exist`);
  }
  let stat = (0, import_node_fs.statSync)(real);
  if (kind === "dir" ? !stat.isDirectory() : !stat.isFile())
    throw new import_chunk_GTVJVVCB.SandboxError(`the ${what} ${path} is not a ${kind === "dir" ? "directory" : "file"}`);
  return real;
}
function workspacePath(path) {
  let real = existingPath(path, "dir", "workspace"), given = (0, import_node_path.resolve)(path);
  if (process.getuid?.() === 0 && real !== given)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the workspace ${given} goes through a symlink (it is ${real}); started by root, the sandbox runs as the workspace's owner, so only a path without symlinks is taken`,
      `pass the real path (--workspace ${real}) if that is the directory you mean`
    );
  return real;
}
function entrypointCodeCache(entrypoint) {
  let path = entrypoint.codeCache, usable = !1;
  try {
    usable = path !== void 0 && !path.includes(":") && (0, import_node_fs.statSync)(path).isFile();
  } catch {
  }
  return usable ? { codeCache: path, env: { ...entrypoint.env, [import_chunk_E2HATPM4.CODE_CACHE_ENV]: import_chunk_E2HATPM4.CODE_CACHE_INSIDE } } : { env: entrypoint.env };
}
function sandboxId(runId) {
  return `sbx-${runId.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8) || "run"}-${(0, import_chunk_NNWUDYE2.randomHex)(4)}`;
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function checkNetwork(spec) {
  if (spec.network !== "none" && spec.network !== "open" && spec.network !== "allowlist")
    throw new import_chunk_GTVJVVCB.SandboxError(`unknown network policy ${JSON.stringify(spec.network)}`);
}
function egressHostDir(spec) {
  if (!spec.egress?.hostDir)
    throw new import_chunk_GTVJVVCB.SandboxError(
      "network policy allowlist needs the egress proxy's socket directory (spec.egress), and none was given",
      "start the egress proxy before the sandbox and pass its directory as spec.egress, or use --network none"
    );
  return existingPath(spec.egress.hostDir, "dir", "egress socket directory");
}
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var FILE_NAMES = /* @__PURE__ */ new Set([
  ".git/config",
  ".git/info/attributes",
  ".gitmodules",
  ".mcp.json",
  ".envrc",
  ".env",
  ".npmrc",
  ".yarnrc",
  ".yarnrc.yml"
]);
function planProtectedPaths(workspace, paths, workspaceMode, beforeCreate) {
  let plan = { mounts: [], created: [] };
  if (workspaceMode === "ro" || !paths?.length) return plan;
  let readOnly = /* @__PURE__ */ new Set(), pinned = /* @__PURE__ */ new Set();
  try {
    for (let rel of [...paths].sort((a, b) => depth(a) - depth(b) || (0, import_chunk_6MR7WQBO.byCodeUnit)(a, b))) {
      let parts = rel.split("/");
      if (parts.some((part) => part === "" || part === "." || part === ".."))
        throw new import_chunk_GTVJVVCB.SandboxError(`protected path ${JSON.stringify(rel)} is not a normalised workspace path`);
      let current = "";
      for (let i = 0; i < parts.length && (current = current ? `${current}/${parts[i]}` : parts[i], !readOnly.has(current)); i++) {
        let host = import_node_path3.posix.join(workspace, current), last = i === parts.length - 1, stat = lstatOrUndefined(host);
        if (stat?.isSymbolicLink())
          throw new import_chunk_GTVJVVCB.SandboxError(
            `the protected path ${rel} cannot be protected: ${current} is a symlink in the workspace`,
            `replace the symlink ${host} by the file or directory itself (or remove it); the sandbox refuses to start rather than leave it writable or bind its target`
          );
        if (!stat) {
          let kind = last && FILE_NAMES.has(rel) ? "file" : "dir";
          plan.created.push({ path: host, kind }), beforeCreate?.(plan.created), createMountPoint(host, kind), readOnly.add(current);
          break;
        }
        if (last || !stat.isDirectory()) {
          readOnly.add(current);
          break;
        }
        pinned.add(current);
      }
    }
  } catch (error) {
    throw removeCreated(plan.created), error;
  }
  let entries = [
    ...[...pinned].filter((rel) => !readOnly.has(rel) && !underAny(rel, readOnly)).map((rel) => ({ rel, host: import_node_path3.posix.join(workspace, rel), readOnly: !1 })),
    ...[...readOnly].filter((rel) => !underAny(rel, readOnly)).map((rel) => ({ rel, host: import_node_path3.posix.join(workspace, rel), readOnly: !0 }))
  ];
  plan.mounts = entries.sort((a, b) => depth(a.rel) - depth(b.rel) || (0, import_chunk_6MR7WQBO.byCodeUnit)(a.rel, b.rel));
  for (let mount of plan.mounts) mount.id = fileId(mount.host);
  return plan;
}
function verifyPlan(plan) {
  for (let mount of plan.mounts) {
    let id;
    try {
      id = fileId(mount.host);
    } catch {
      id = void 0;
    }
    if (!id || id !== mount.id)
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the protected path ${mount.rel} in the workspace changed since its mount points were made (moved, removed or replaced by a symlink)`,
        "stop every run on this workspace (`down`, or let the job's post step finish) and start again"
      );
  }
}
function fileId(path) {
  let stat = (0, import_node_fs3.lstatSync)(path, { bigint: !0 });
  if (stat.isSymbolicLink()) throw new import_chunk_GTVJVVCB.SandboxError(`${path} is a symlink`);
  return `${stat.dev}:${stat.ino}:${stat.birthtimeNs}`;
}
function removeCreated(created) {
  let left = [];
  for (let entry of [...created].reverse()) {
    let stat = lstatOrUndefined(entry.path);
    if (stat)
      try {
        entry.kind === "dir" && stat.isDirectory() ? (0, import_node_fs3.rmdirSync)(entry.path) : entry.kind === "file" && stat.isFile() && stat.size === 0 ? (0, import_node_fs3.unlinkSync)(entry.path) : left.push(entry.path);
      } catch {
        left.push(entry.path);
      }
  }
  return left;
}
function createMountPoint(host, kind) {
  let parent = (0, import_node_fs3.lstatSync)(import_node_path3.posix.dirname(host));
  try {
    kind === "dir" ? (0, import_node_fs3.mkdirSync)(host, { mode: 493 }) : (0, import_node_fs3.closeSync)((0, import_node_fs3.openSync)(host, "wx", 420));
  } catch (error) {
    throw new import_chunk_GTVJVVCB.SandboxError(
      `cannot create the mount point ${host} for a protected path: ${error.message}`,
      "make the workspace writable for this user, or use --workspace-mode ro",
      { cause: error }
    );
  }
  if (process.getuid?.() === 0 && (parent.uid !== 0 || parent.gid !== 0))
    try {
      (0, import_node_fs3.chownSync)(host, parent.uid, parent.gid);
    } catch {
    }
}
function lstatOrUndefined(path) {
  try {
    return (0, import_node_fs3.lstatSync)(path);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return;
    throw error;
  }
}
function depth(rel) {
  return rel.split("/").length;
}
function underAny(rel, set) {
  for (let other of set) if (rel !== other && rel.startsWith(`${other}/`)) return !0;
  return !1;
}
function claimsDir(env = process.env) {
  return (0, import_chunk_EBKXDVUJ.runDirBase)(env, "sandbox-action-mounts");
}
function claimPath(dir, workspace) {
  let { dev, ino } = (0, import_node_fs2.statSync)(workspace);
  return (0, import_node_path2.join)(dir, `${dev}-${ino}.json`);
}
function sameDirectory(a, b) {
  try {
    let [x, y] = [(0, import_node_fs2.statSync)(a), (0, import_node_fs2.statSync)(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return !1;
  }
}
function joinRun(request) {
  if (request.workspaceMode === "ro" || !request.paths?.length) return { mounts: [], created: [] };
  (0, import_chunk_EBKXDVUJ.ensureRunDirBase)(request.dir);
  let paths = [...request.paths].sort(), file = claimPath(request.dir, request.workspace);
  return refuseNested(request), withLock(file, () => {
    let claim = readClaim(file);
    claim && claim.workspace !== request.workspace && !sameDirectory(claim.workspace, request.workspace) && (claim = void 0), claim && (claim = dropRunsOver(file, claim, request));
    let run = {
      backend: request.backend,
      labels: request.labels,
      since: (/* @__PURE__ */ new Date()).toISOString()
    };
    if (claim) {
      if (claim.runs[request.runId] || sameList(claim.paths, paths))
        return verifyPlan(claim.plan), claim.runs[request.runId] || (claim.runs[request.runId] = run, writeClaim(file, claim)), claim.plan;
      let others = Object.keys(claim.runs).join(", ");
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the workspace ${request.workspace} is in use by another run (${others}) with other protected paths; its sandboxes rely on mount points that a sandbox without them could move or remove`,
        "stop the other run first (`down`, or let its job finish), give both the same protected-paths, or use a separate checkout (git worktree); `gc` clears runs whose process is gone"
      );
    }
    let fresh = {
      version: 1,
      workspace: request.workspace,
      paths,
      plan: { mounts: [], created: [] },
      runs: { [request.runId]: run }
    };
    writeClaim(file, fresh);
    try {
      fresh.plan = planProtectedPaths(request.workspace, paths, "rw", (created) => {
        fresh.plan.created = [...created], writeClaim(file, fresh);
      });
    } catch (error) {
      throw unlinkQuietly(file), error;
    }
    return writeClaim(file, fresh), fresh.plan;
  });
}
function leaveRuns(dir, backend, labels) {
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(dir).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  let left = [];
  for (let name of names) {
    let file = (0, import_node_path2.join)(dir, name), peek = readClaim(file);
    !peek || !Object.values(peek.runs).some((run) => matches(run, backend, labels)) || withLock(file, () => {
      let claim = readClaim(file);
      if (claim) {
        for (let [runId, run] of Object.entries(claim.runs))
          matches(run, backend, labels) && delete claim.runs[runId];
        left.push(...settle(file, claim));
      }
    });
  }
  return left;
}
function refuseNested(request) {
  let names;
  try {
    names = (0, import_node_fs2.readdirSync)(request.dir).filter((name) => name.endsWith(".json"));
  } catch {
    return;
  }
  let inside = (a, b) => a.startsWith(b.endsWith("/") ? b : `${b}/`);
  for (let name of names) {
    let claim = readClaim((0, import_node_path2.join)(request.dir, name));
    if (!claim || claim.workspace === request.workspace || !inside(claim.workspace, request.workspace) && !inside(request.workspace, claim.workspace)) continue;
    let live = Object.entries(claim.runs).filter(
      ([runId, run]) => runId !== request.runId && (0, import_chunk_FXMSNCWT.ownerState)(run.labels).state !== "gone"
    );
    if (live.length !== 0)
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the workspace ${request.workspace} overlaps ${claim.workspace}, the workspace of a live run (${live.map(([id]) => id).join(", ")}): a sandbox of one could change where the other's protected paths are mounted`,
        "use workspaces that do not contain each other, or stop the other run first (`down`, or let its job finish)"
      );
  }
}
function dropRunsOver(file, claim, request) {
  let dropped = !1;
  for (let [runId, run] of Object.entries(claim.runs))
    runId === request.runId || run.backend !== request.backend || (0, import_chunk_FXMSNCWT.ownerState)(run.labels).state === "gone" && !request.runMayLive(runId) && (delete claim.runs[runId], dropped = !0);
  return dropped ? (settle(file, claim), readClaim(file)) : claim;
}
function settle(file, claim) {
  if (Object.keys(claim.runs).length > 0)
    return writeClaim(file, claim), [];
  let left = removeCreated(claim.plan.created);
  return unlinkQuietly(file), left;
}
function matches(run, backend, labels) {
  return run.backend === backend && Object.entries(labels).every(([key, value]) => run.labels[key] === value);
}
function sameList(a, b) {
  return a.length === b.length && a.every((entry, i) => entry === b[i]);
}
function readClaim(file) {
  try {
    let claim = JSON.parse((0, import_node_fs2.readFileSync)(file, "utf8"));
    return claim?.version === 1 && claim.plan && claim.runs ? claim : void 0;
  } catch {
    return;
  }
}
function writeClaim(file, claim) {
  let temporary = `${file}.${process.pid}.tmp`, fd = (0, import_node_fs2.openSync)(temporary, "w", 384);
  try {
    (0, import_node_fs2.writeSync)(fd, `${JSON.stringify(claim, null, 2)}
`);
  } finally {
    (0, import_node_fs2.closeSync)(fd);
  }
  (0, import_node_fs2.renameSync)(temporary, file);
}
function unlinkQuietly(path) {
  try {
    (0, import_node_fs2.unlinkSync)(path);
  } catch {
  }
}
var LOCK_WAIT_MS = 1e4, LOCK_ORPHAN_MS = 5e3, pause = new Int32Array(new SharedArrayBuffer(4));
function withLock(file, body) {
  let lock = `${file}.lock`, owner = `${process.pid} ${(0, import_chunk_FXMSNCWT.processStartTime)(process.pid) ?? ""}
`, deadline = Date.now() + LOCK_WAIT_MS;
  for (; ; ) {
    try {
      let fd = (0, import_node_fs2.openSync)(lock, "wx", 384);
      try {
        (0, import_node_fs2.writeSync)(fd, owner);
      } finally {
        (0, import_node_fs2.closeSync)(fd);
      }
      break;
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
    if (lockIsOrphaned(lock)) {
      unlinkQuietly(lock);
      continue;
    }
    if (Date.now() > deadline)
      throw new import_chunk_GTVJVVCB.SandboxError(
        `the lock ${lock} on the workspace's mount points has been held for ${LOCK_WAIT_MS / 1e3} s`,
        `remove ${lock} if no sandbox-action process is running`
      );
    Atomics.wait(pause, 0, 0, 10);
  }
  try {
    return body();
  } finally {
    unlinkQuietly(lock);
  }
}
function lockIsOrphaned(lock) {
  try {
    let [pid, start] = (0, import_node_fs2.readFileSync)(lock, "utf8").trim().split(" ");
    return pid && start ? (0, import_chunk_FXMSNCWT.processStartTime)(Number(pid)) !== start : Date.now() - (0, import_node_fs2.lstatSync)(lock).mtimeMs > LOCK_ORPHAN_MS;
  } catch {
    return !1;
  }
}
(0, import_chunk_WE6FURZE.init_web_globals)();
async function copyInViaExec(exec, content, path, mode = 420) {
  let target = import_node_path4.posix.normalize(path);
  if (!import_node_path4.posix.isAbsolute(path) || !/^\/(workspace|tmp)\/[^/]/.test(target))
    throw new import_chunk_GTVJVVCB.SandboxError(`copyIn only writes under /workspace or /tmp, not ${path}`);
  if (!Number.isInteger(mode) || mode < 0 || mode > 4095)
    throw new import_chunk_GTVJVVCB.SandboxError(`invalid file mode ${mode}`);
  let result = await exec(
    [
      "/bin/sh",
      "-c",
      'mkdir -p -- "$(dirname -- "$1")" && cat > "$1" && chmod "$2" "$1"',
      "sh",
      target,
      mode.toString(8)
    ],
    { stdin: content, cwd: "/" }
  );
  if (result.exitCode !== 0)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `copyIn ${target} failed (exit code ${result.exitCode}): ${result.stderr.toString().trim()}`
    );
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function connectUnixChannel(path) {
  let isSocket = !1;
  try {
    isSocket = (0, import_node_fs4.lstatSync)(path).isSocket();
  } catch {
  }
  return isSocket ? new Promise((resolve2, reject) => {
    let socket = import_node_net.default.connect({ path }), onError = (error) => {
      reject(
        new import_chunk_GTVJVVCB.SandboxError(`cannot connect to the sandbox's server socket: ${error.message}`, void 0, {
          cause: error
        })
      );
    };
    socket.once("error", onError), socket.once("connect", () => {
      socket.removeListener("error", onError), resolve2(socket);
    });
  }) : Promise.reject(
    new import_chunk_GTVJVVCB.SandboxError(`the sandbox's server socket ${path} does not exist or is not a socket`)
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  buildEnv,
  checkNetwork,
  claimPath,
  claimsDir,
  connectUnixChannel,
  copyInViaExec,
  egressHostDir,
  encodeEnv,
  entrypointCodeCache,
  existingPath,
  joinRun,
  leaveRuns,
  readClaim,
  sandboxId,
  workspacePath
});
