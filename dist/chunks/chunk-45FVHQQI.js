import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxError
} from "./chunk-J2N5A2XW.js";

// src/backends/layout.ts
var SANDBOX_DIR = "/.sandbox", NODE_DIR = `${SANDBOX_DIR}/bin`, NODE_INSIDE = `${NODE_DIR}/node`, SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`, RUN_INSIDE = `${SANDBOX_DIR}/run`, SOCKET_NAME = "server.sock", LISTEN_ADDRESS = `unix:${RUN_INSIDE}/${SOCKET_NAME}`, WORKSPACE_INSIDE = "/workspace", SANDBOX_UID = 1e3, SANDBOX_GID = 1e3, SANDBOX_HOSTNAME = "sandbox", EGRESS_DIR_INSIDE = `${SANDBOX_DIR}/egress`;

// src/backends/env.ts
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
import { accessSync, constants, realpathSync, statSync } from "node:fs";
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
    return accessSync(path, constants.X_OK), statSync(path).isFile();
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
  return realpathSync(candidate);
}

// src/backends/prepare.ts
import { randomBytes } from "node:crypto";
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
function existingPath(path, kind, what) {
  let real;
  try {
    real = realpathSync2(path);
  } catch {
    throw new SandboxError(`the ${what} ${path} does not exist`);
  }
  let stat = statSync2(real);
  if (kind === "dir" ? !stat.isDirectory() : !stat.isFile())
    throw new SandboxError(`the ${what} ${path} is not a ${kind === "dir" ? "directory" : "file"}`);
  return real;
}
function sandboxId(runId) {
  return `sbx-${runId.toLowerCase().replace(/[^a-z0-9]/g, "").slice(0, 8) || "run"}-${randomBytes(4).toString("hex")}`;
}

// src/backends/run-dir.ts
import { lstatSync, mkdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute as isAbsolute2, join as join2 } from "node:path";
function runDirBase(env = process.env, name = "sandbox-action") {
  return env.RUNNER_TEMP && isAbsolute2(env.RUNNER_TEMP) ? join2(env.RUNNER_TEMP, name) : join2(tmpdir(), `${name}-${process.getuid?.() ?? "user"}`);
}
function ensureRunDirBase(base) {
  try {
    mkdirSync(base, { recursive: !0, mode: 448 });
  } catch (error) {
    throw new SandboxError(
      `cannot create the run directory ${base}: ${error.message}`,
      void 0,
      {
        cause: error
      }
    );
  }
  let stat = lstatSync(base), uid = process.getuid?.();
  if (!stat.isDirectory() || uid !== void 0 && stat.uid !== uid || (stat.mode & 63) !== 0)
    throw new SandboxError(
      `the run directory ${base} is not a private directory of this user (a symlink, another owner, or group/world access)`,
      `remove ${base} or set RUNNER_TEMP to a private directory`
    );
}
function removeRunDir(dir) {
  rmSync(dir, { recursive: !0, force: !0, maxRetries: 3 });
}

// src/backends/copy-in.ts
import { posix } from "node:path";
async function copyInViaExec(exec, content, path, mode = 420) {
  let target = posix.normalize(path);
  if (!posix.isAbsolute(path) || !/^\/(workspace|tmp)\/[^/]/.test(target))
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
import { lstatSync as lstatSync2 } from "node:fs";
import net from "node:net";
function connectUnixChannel(path) {
  let isSocket = !1;
  try {
    isSocket = lstatSync2(path).isSocket();
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
  NODE_DIR,
  NODE_INSIDE,
  SCRIPT_INSIDE,
  RUN_INSIDE,
  SOCKET_NAME,
  LISTEN_ADDRESS,
  WORKSPACE_INSIDE,
  SANDBOX_UID,
  SANDBOX_GID,
  SANDBOX_HOSTNAME,
  buildEnv,
  encodeEnv,
  findExecutable,
  resolveNodeBinary,
  existingPath,
  sandboxId,
  runDirBase,
  ensureRunDirBase,
  removeRunDir,
  copyInViaExec,
  connectUnixChannel
};
