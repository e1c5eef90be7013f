import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  CODE_CACHE_ENV,
  CODE_CACHE_INSIDE,
  NODE_DIR
} from "./chunk-6DITX54Z.js";
import {
  byCodeUnit
} from "./chunk-PZN66IPO.js";
import {
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/env.ts
init_web_globals();
var BASE_ENV = {
  PATH: `${NODE_DIR}:/usr/local/bin:/usr/bin:/bin`,
  HOME: "/tmp",
  TMPDIR: "/tmp",
  LANG: "C.UTF-8"
}, NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function buildEnv(...layers) {
  let env = { ...BASE_ENV };
  for (let layer of layers)
    for (let [key, value] of Object.entries(layer ?? {})) {
      if (!NAME.test(key)) throw new SandboxError(`invalid environment variable name ${JSON.stringify(key)}`);
      if (typeof value != "string" || value.includes("\0"))
        throw new SandboxError(`environment variable ${key} must be a string without NUL bytes`);
      env[key] = value;
    }
  return env;
}
function encodeEnv(env) {
  return Buffer.from(
    Object.entries(env).map(([key, value]) => `${key}=${value}\0`).join("")
  );
}

// src/backends/executables.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { delimiter, isAbsolute, join } from "node:path";
function findExecutable(name, pathEnv = process.env.PATH ?? "") {
  if (isAbsolute(name)) return isExecutable(name) ? name : void 0;
  for (let dir of pathEnv.split(delimiter)) {
    if (!dir) continue;
    let candidate = join(dir, name);
    if (isExecutable(candidate)) return candidate;
  }
}
function isExecutable(path) {
  try {
    return (0, import_node_fs.accessSync)(path, import_node_fs.constants.X_OK), (0, import_node_fs.statSync)(path).isFile();
  } catch {
    return !1;
  }
}
function resolveNodeBinary(override) {
  let versions = process.versions, candidate = override ?? (versions.deno || versions.bun ? findExecutable("node") : process.execPath);
  if (!candidate || !isExecutable(candidate))
    throw new SandboxError(
      `no Node.js binary to run the sandbox server with${candidate ? ` (${candidate} is not executable)` : ""}`,
      "install Node.js 22 or newer on PATH"
    );
  return (0, import_node_fs.realpathSync)(candidate);
}

// src/backends/prepare.ts
init_web_globals();
var import_node_fs2 = __toESM(require_node_fs(), 1);
import { randomBytes } from "node:crypto";
function existingPath(path, kind, what) {
  let real;
  try {
    real = (0, import_node_fs2.realpathSync)(path);
  } catch {
    throw new SandboxError(`the ${what} ${path} does not exist`);
  }
  let stat = (0, import_node_fs2.statSync)(real);
  if (kind === "dir" ? !stat.isDirectory() : !stat.isFile())
    throw new SandboxError(`the ${what} ${path} is not a ${kind === "dir" ? "directory" : "file"}`);
  return real;
}
function entrypointCodeCache(entrypoint) {
  let path = entrypoint.codeCache, usable = !1;
  try {
    usable = path !== void 0 && !path.includes(":") && (0, import_node_fs2.statSync)(path).isFile();
  } catch {
  }
  return usable ? { codeCache: path, env: { ...entrypoint.env, [CODE_CACHE_ENV]: CODE_CACHE_INSIDE } } : { env: entrypoint.env };
}
function sandboxId(runId) {
  return `sbx-${runId.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8) || "run"}-${randomBytes(4).toString("hex")}`;
}

// src/backends/network.ts
init_web_globals();
function checkNetwork(spec) {
  if (spec.network !== "none" && spec.network !== "open" && spec.network !== "allowlist")
    throw new SandboxError(`unknown network policy ${JSON.stringify(spec.network)}`);
}
function egressHostDir(spec) {
  if (!spec.egress?.hostDir)
    throw new SandboxError(
      "network policy allowlist needs the egress proxy's socket directory (spec.egress), and none was given",
      "start the egress proxy before the sandbox and pass its directory as spec.egress, or use --network none"
    );
  return existingPath(spec.egress.hostDir, "dir", "egress socket directory");
}

// src/backends/protect.ts
init_web_globals();
var import_node_fs3 = __toESM(require_node_fs(), 1);
import { posix } from "node:path";
var FILE_NAMES = /* @__PURE__ */ new Set([
  ".git/config",
  ".git/info/attributes",
  ".gitmodules",
  ".mcp.json",
  ".envrc",
  ".env"
]);
function planProtectedPaths(workspace, paths, workspaceMode) {
  let plan = { mounts: [], created: [] };
  if (workspaceMode === "ro" || !paths?.length) return plan;
  let readOnly = /* @__PURE__ */ new Set(), pinned = /* @__PURE__ */ new Set();
  try {
    for (let rel of [...paths].sort((a, b) => depth(a) - depth(b) || byCodeUnit(a, b))) {
      let parts = rel.split("/");
      if (parts.some((part) => part === "" || part === "." || part === ".."))
        throw new SandboxError(`protected path ${JSON.stringify(rel)} is not a normalised workspace path`);
      let current = "";
      for (let i = 0; i < parts.length && (current = current ? `${current}/${parts[i]}` : parts[i], !readOnly.has(current)); i++) {
        let host = posix.join(workspace, current), last = i === parts.length - 1, stat = lstatOrUndefined(host);
        if (stat?.isSymbolicLink())
          throw new SandboxError(
            `the protected path ${rel} cannot be protected: ${current} is a symlink in the workspace`,
            `replace the symlink ${host} by the file or directory itself (or remove it); the sandbox refuses to start rather than leave it writable or bind its target`
          );
        if (!stat) {
          let kind = last && FILE_NAMES.has(rel) ? "file" : "dir";
          createMountPoint(host, kind), plan.created.push({ path: host, kind }), readOnly.add(current);
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
    ...[...pinned].filter((rel) => !readOnly.has(rel) && !underAny(rel, readOnly)).map((rel) => ({ rel, host: posix.join(workspace, rel), readOnly: !1 })),
    ...[...readOnly].filter((rel) => !underAny(rel, readOnly)).map((rel) => ({ rel, host: posix.join(workspace, rel), readOnly: !0 }))
  ];
  return plan.mounts = entries.sort((a, b) => depth(a.rel) - depth(b.rel) || byCodeUnit(a.rel, b.rel)), plan;
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
  let parent = (0, import_node_fs3.lstatSync)(posix.dirname(host));
  try {
    kind === "dir" ? (0, import_node_fs3.mkdirSync)(host, { mode: 493 }) : (0, import_node_fs3.closeSync)((0, import_node_fs3.openSync)(host, "wx", 420));
  } catch (error) {
    throw new SandboxError(
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

// src/backends/copy-in.ts
init_web_globals();
import { posix as posix2 } from "node:path";
async function copyInViaExec(exec, content, path, mode = 420) {
  let target = posix2.normalize(path);
  if (!posix2.isAbsolute(path) || !/^\/(workspace|tmp)\/[^/]/.test(target))
    throw new SandboxError(`copyIn only writes under /workspace or /tmp, not ${path}`);
  if (!Number.isInteger(mode) || mode < 0 || mode > 4095)
    throw new SandboxError(`invalid file mode ${mode}`);
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
    throw new SandboxError(
      `copyIn ${target} failed (exit code ${result.exitCode}): ${result.stderr.toString().trim()}`
    );
}

// src/backends/unix-channel.ts
init_web_globals();
var import_node_fs4 = __toESM(require_node_fs(), 1);
import net from "node:net";
function connectUnixChannel(path) {
  let isSocket = !1;
  try {
    isSocket = (0, import_node_fs4.lstatSync)(path).isSocket();
  } catch {
  }
  return isSocket ? new Promise((resolve, reject) => {
    let socket = net.connect({ path }), onError = (error) => {
      reject(
        new SandboxError(`cannot connect to the sandbox's server socket: ${error.message}`, void 0, {
          cause: error
        })
      );
    };
    socket.once("error", onError), socket.once("connect", () => {
      socket.removeListener("error", onError), resolve(socket);
    });
  }) : Promise.reject(
    new SandboxError(`the sandbox's server socket ${path} does not exist or is not a socket`)
  );
}

export {
  buildEnv,
  encodeEnv,
  findExecutable,
  resolveNodeBinary,
  existingPath,
  entrypointCodeCache,
  sandboxId,
  checkNetwork,
  egressHostDir,
  planProtectedPaths,
  removeCreated,
  copyInViaExec,
  connectUnixChannel
};
