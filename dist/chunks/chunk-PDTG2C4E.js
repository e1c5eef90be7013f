import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  ownerLabels
} from "./chunk-NCJFZMSO.js";
import {
  protectedPathList
} from "./chunk-JA7W645Z.js";
import {
  CLIENT_CA_ENV,
  generateIdentity,
  readServerCa
} from "./chunk-VXV7UUND.js";
import {
  COMPILE_CACHE_SUBDIR,
  codeCacheDir,
  privateDir
} from "./chunk-WMVBAPYL.js";
import {
  createRedactor
} from "./chunk-52YXYA4C.js";
import {
  EGRESS_DIR_INSIDE,
  EGRESS_PROXY_ADDRESS,
  EGRESS_SOCKET_NAME
} from "./chunk-6DITX54Z.js";
import {
  checkSocketPath,
  ensureRunDirBase,
  removeRunDir,
  runDirBase
} from "./chunk-LSW3IJDY.js";
import {
  LABEL_MANAGED,
  LABEL_RUN_ID,
  SandboxError
} from "./chunk-K7RVUPPP.js";
import {
  require_node_fs
} from "./chunk-2E5UXECN.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/host/audit.ts
init_web_globals();
var import_node_fs = __toESM(require_node_fs(), 1);
import { dirname } from "node:path";
var SYNC_DELAY_MS = 200, AuditLog = class {
  constructor(path, options = {}) {
    this.path = path;
    (0, import_node_fs.mkdirSync)(dirname(path), { recursive: !0 }), this.fd = (0, import_node_fs.openSync)(path, "a", 384), this.redactor = options.redactor ?? createRedactor();
  }
  path;
  fd;
  syncTimer;
  syncing = !1;
  dirty = !1;
  redactor;
  /**
   * Never writes `secret` from now on: an agent may echo it in arguments (or a sandbox in an error
   * message), and the audit log is kept and shared long after the run.
   */
  redact(secret, rule = "token") {
    this.redactor.addValue(secret, rule);
  }
  /** One tool call (`type` is filled in). */
  record(entry) {
    this.write({ type: "call", ...entry });
  }
  egress(runId, decision) {
    this.write({ type: "egress", run_id: runId, ...decision });
  }
  /** Syncs and closes; later records are dropped. */
  close() {
    if (this.fd !== void 0) {
      clearTimeout(this.syncTimer);
      try {
        (0, import_node_fs.fdatasyncSync)(this.fd);
      } catch {
      }
      (0, import_node_fs.closeSync)(this.fd), this.fd = void 0;
    }
  }
  write(entry) {
    if (this.fd === void 0) return;
    let line = `${JSON.stringify(this.redactor.value(entry))}
`;
    (0, import_node_fs.writeSync)(this.fd, line), this.dirty = !0, this.scheduleSync();
  }
  scheduleSync() {
    this.syncTimer || this.syncing || (this.syncTimer = setTimeout(() => {
      this.syncTimer = void 0, !(this.fd === void 0 || !this.dirty) && (this.dirty = !1, this.syncing = !0, (0, import_node_fs.fdatasync)(this.fd, () => {
        this.syncing = !1, this.dirty && this.scheduleSync();
      }));
    }, SYNC_DELAY_MS), this.syncTimer.unref());
  }
};

// src/host/session.ts
init_web_globals();
var import_node_fs4 = __toESM(require_node_fs(), 1);
import { randomBytes } from "node:crypto";
import { join as join2 } from "node:path";

// src/host/code-cache.ts
init_web_globals();
var import_node_fs2 = __toESM(require_node_fs(), 1);
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { dirname as dirname2, join } from "node:path";

// src/server/flags.ts
init_web_globals();
var WRITE_CODE_CACHE_FLAG = "--write-code-cache", WARM_UP_FLAG = "--warm-up";

// src/host/code-cache.ts
var LOCK_SUFFIX = ".warming", WARM_UP_LOCK_MS = 3e4;
function codeCacheFile(dir, bundle) {
  return join(dir, `server-${bundleDigest(dir, bundle)}-node${process.version}-${process.arch}.v8cache`);
}
var DIGEST = /^[0-9a-f]{16}$/, DIGEST_PREFIX = "digest-";
function bundleDigest(dir, bundle) {
  let stat = (0, import_node_fs2.statSync)(bundle, { bigint: !0 }), key = [bundle, stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].join("\0"), memo = join(dir, `${DIGEST_PREFIX}${createHash("sha256").update(key).digest("hex").slice(0, 16)}`), digest = readDigest(memo);
  return digest || (digest = createHash("sha256").update((0, import_node_fs2.readFileSync)(bundle)).digest("hex").slice(0, 16), writeDigest(memo, digest)), digest;
}
function readDigest(memo) {
  try {
    let text = (0, import_node_fs2.readFileSync)(memo, "latin1");
    return DIGEST.test(text) ? text : void 0;
  } catch {
    return;
  }
}
function writeDigest(memo, digest) {
  let temporary = `${memo}.${process.pid}.tmp`;
  try {
    (0, import_node_fs2.writeFileSync)(temporary, digest, { mode: 384 }), (0, import_node_fs2.renameSync)(temporary, memo);
  } catch {
    (0, import_node_fs2.rmSync)(temporary, { force: !0 });
  }
}
function lookUpCodeCache(bundle, env = process.env) {
  let dir = codeCacheDir(env);
  if (!dir || !privateDir(dir)) return {};
  let file;
  try {
    file = codeCacheFile(dir, bundle);
  } catch {
    return {};
  }
  try {
    let stat = (0, import_node_fs2.lstatSync)(file), uid = process.getuid?.();
    return !stat.isFile() || uid !== void 0 && stat.uid !== uid ? {} : ((0, import_node_fs2.rmSync)(`${file}${LOCK_SUFFIX}`, { force: !0 }), { ready: file });
  } catch {
    return { missing: file };
  }
}
var STALE_MS = 720 * 3600 * 1e3;
function pruneStale(dir) {
  let now = Date.now(), stale = (path) => {
    try {
      return now - (0, import_node_fs2.lstatSync)(path).mtimeMs > STALE_MS;
    } catch {
      return !1;
    }
  };
  for (let name of listDir(dir)) {
    let path = join(dir, name);
    (name.startsWith("server-") || name.startsWith(DIGEST_PREFIX)) && stale(path) && (0, import_node_fs2.rmSync)(path, { force: !0 });
  }
  let compile = join(dir, COMPILE_CACHE_SUBDIR);
  for (let name of listDir(compile)) {
    let path = join(compile, name);
    !name.startsWith(`${process.version}-`) && stale(path) && (0, import_node_fs2.rmSync)(path, { recursive: !0, force: !0 });
  }
}
function listDir(dir) {
  try {
    return (0, import_node_fs2.readdirSync)(dir);
  } catch {
    return [];
  }
}
function startCodeCacheWarmUp(bundle, file) {
  let lock = `${file}${LOCK_SUFFIX}`;
  try {
    (0, import_node_fs2.closeSync)((0, import_node_fs2.openSync)(lock, "wx", 384));
  } catch {
    try {
      if (Date.now() - (0, import_node_fs2.statSync)(lock).mtimeMs < WARM_UP_LOCK_MS) return;
      (0, import_node_fs2.utimesSync)(lock, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
    } catch {
      return;
    }
  }
  pruneStale(dirname2(file));
  try {
    let child = spawn(process.execPath, [bundle, WRITE_CODE_CACHE_FLAG, file, WARM_UP_FLAG], {
      detached: !0,
      stdio: "ignore",
      // the warm-up needs nothing from the host's environment but where temporary files go
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        ...process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}
      }
    });
    child.on("error", () => {
    }), child.unref();
  } catch {
  }
}

// src/host/server-bundle.ts
init_web_globals();
var import_node_fs3 = __toESM(require_node_fs(), 1);
import { fileURLToPath } from "node:url";
var SERVER_BUNDLE_ENV = "SANDBOX_ACTION_SERVER_BUNDLE";
function serverBundle() {
  let override = process.env[SERVER_BUNDLE_ENV];
  if (override) return { path: override, shipped: !1 };
  for (let relative of ["./sandbox-server.js", "../sandbox-server.js"]) {
    let candidate = fileURLToPath(new URL(relative, import.meta.url));
    if ((0, import_node_fs3.existsSync)(candidate)) return { path: candidate, shipped: !0 };
  }
  throw new Error(
    `cannot find sandbox-server.js beside ${fileURLToPath(import.meta.url)}; rebuild with npm run build`
  );
}

// src/host/session.ts
var loadSdkClient = () => import("./connect-WZTHWFPF.js").then((module) => module.connectMcp);
function egressEnv(userEnv) {
  let url = `http://${EGRESS_PROXY_ADDRESS}`, noProxy = userEnv.NO_PROXY ?? userEnv.no_proxy ?? "localhost,127.0.0.1,::1";
  return {
    HTTP_PROXY: url,
    HTTPS_PROXY: url,
    http_proxy: url,
    https_proxy: url,
    NO_PROXY: noProxy,
    no_proxy: noProxy,
    NODE_USE_ENV_PROXY: "1"
  };
}
function makeEgressDir() {
  let base = runDirBase(process.env, "sandbox-action-egress");
  ensureRunDirBase(base);
  let dir = (0, import_node_fs4.mkdtempSync)(join2(base, "e-"));
  (0, import_node_fs4.chmodSync)(dir, 457);
  let socket = join2(dir, EGRESS_SOCKET_NAME);
  try {
    checkSocketPath(socket, "egress socket");
  } catch (error) {
    throw removeRunDir(dir), error;
  }
  return dir;
}
var MAX_TIMER_MS = 2 ** 31 - 1, LOG_LINES = 50;
function newRunId() {
  return `${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
}
async function startSession(backend, config, options = {}) {
  let started = performance.now(), runId = options.runId ?? newRunId(), log = options.log ?? ((line) => process.stderr.write(`sandbox-action: ${line}
`)), identity = generateIdentity("client"), bundle = options.serverBundle ? { path: options.serverBundle, shipped: !1 } : serverBundle(), script = bundle.path, codeCache = bundle.shipped ? lookUpCodeCache(script) : {}, spec = {
    runId,
    // the owner labels let `gc` tell, from the labels alone, when this run no longer exists
    labels: { [LABEL_MANAGED]: "true", [LABEL_RUN_ID]: runId, ...ownerLabels() },
    workspace: config.workspace,
    workspaceMode: config.workspaceMode,
    network: config.network,
    env: config.env,
    limits: config.limits ?? {},
    protectedPaths: protectedPathList(config.protectedPaths),
    image: config.image,
    readOnlyRoot: config.readOnlyRoot,
    entrypoint: {
      script,
      codeCache: codeCache.ready,
      args: (listen) => ["--listen", listen],
      env: {
        [CLIENT_CA_ENV]: identity.caCertPem,
        SANDBOX_WORKSPACE: "/workspace",
        SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs),
        ...config.maxOutputBytes ? { SANDBOX_MAX_OUTPUT_BYTES: String(config.maxOutputBytes) } : {}
      }
    }
  }, egress;
  config.network === "allowlist" && (egress = await startEgress(config.allowedDomains ?? [], options), spec.egress = { hostDir: egress.dir }, spec.env = { ...spec.env, ...egressEnv(spec.env) }, spec.entrypoint.env = {
    ...spec.entrypoint.env,
    SANDBOX_EGRESS_SOCKET: `${EGRESS_DIR_INSIDE}/${EGRESS_SOCKET_NAME}`,
    SANDBOX_EGRESS_LISTEN: EGRESS_PROXY_ADDRESS
  });
  let loadClient = options.client ?? loadSdkClient, connectModule = new Promise((resolve) => setImmediate(resolve)).then(loadClient);
  connectModule.catch(() => {
  });
  let sandbox;
  try {
    sandbox = await backend.create(spec);
  } catch (error) {
    throw await egress?.close(), error;
  }
  let createdMs = performance.now() - started, lines = [], remember = (line) => {
    lines.push(line), lines.length > LOG_LINES && lines.shift();
  }, pendingErr = "";
  sandbox.stderr.on("data", (chunk) => {
    let lines2 = (pendingErr + chunk.toString()).split(`
`);
    pendingErr = lines2.pop() ?? "";
    for (let line of lines2) remember(line);
  });
  let serverLog = () => [...lines, pendingErr].filter(Boolean).join(`
`), serverCa = readServerCa(sandbox.stdout, {
    timeoutMs: config.readyTimeoutMs,
    onOtherLine: remember,
    abort: sandbox.exited
  }), connecting = connectModule.then(
    (connect) => connect({ openChannel: () => sandbox.openChannel(), identity, serverCaPem: serverCa })
  );
  connecting.catch(() => {
  });
  let connection;
  try {
    await serverCa;
    let serverReadyMs = performance.now() - started;
    sandbox.stdout.on("data", (chunk) => remember(chunk.toString().trimEnd())), connection = await connecting;
    let readySinceProcessStartMs = performance.now(), initializedMs = readySinceProcessStartMs - started;
    codeCache.missing && startCodeCacheWarmUp(script, codeCache.missing);
    let conn = connection, closing, ttlTimer, close = () => (closing ??= (async () => {
      clearTimeout(ttlTimer);
      try {
        await conn.close().catch(() => {
        }), await sandbox.destroy();
      } finally {
        await egress?.close();
      }
    })(), closing), expired = new Promise((resolve) => {
      if (!config.ttlMs || config.ttlMs <= 0) return;
      let ttl = config.ttlMs, remaining = Math.max(0, ttl - (performance.now() - started));
      ttlTimer = setTimeout(
        () => {
          let reason = `the sandbox ${sandbox.id} reached its TTL (${formatMs(ttl)}) and was destroyed`;
          log(reason), resolve(reason), close().catch(
            (error) => log(`destroying the expired sandbox failed: ${error.message}`)
          );
        },
        Math.min(remaining, MAX_TIMER_MS)
      ), ttlTimer.unref();
    });
    return {
      sandbox,
      client: conn.client,
      runId,
      timings: { createdMs, serverReadyMs, initializedMs, readySinceProcessStartMs },
      serverLog,
      expired,
      close
    };
  } catch (error) {
    if (await connection?.close().catch(() => {
    }), connecting.then(
      (pending) => pending.close(),
      () => {
      }
    ), await new Promise((resolve) => setImmediate(resolve)), await sandbox.destroy().catch(() => {
    }), await egress?.close(), error instanceof SandboxError) throw error;
    let detail = serverLog();
    throw new SandboxError(
      `the sandbox's server did not become ready: ${error.message}${detail ? `
server output:
${detail}` : ""}`,
      void 0,
      { cause: error }
    );
  }
}
function formatMs(ms) {
  return ms % 36e5 === 0 ? `${ms / 36e5}h` : ms % 6e4 === 0 ? `${ms / 6e4}m` : ms % 1e3 === 0 ? `${ms / 1e3}s` : `${ms}ms`;
}
async function startEgress(allowedDomains, options) {
  let { AllowlistError, startEgressProxy } = await import("./egress-3JN3OX7B.js"), dir = makeEgressDir();
  try {
    let proxy = await startEgressProxy({
      allowedDomains,
      listen: { path: join2(dir, EGRESS_SOCKET_NAME) },
      socketMode: 438,
      onDecision: options.onEgress,
      resolveOverride: options.egressResolveOverride
    }), closing;
    return {
      dir,
      close() {
        return closing ??= proxy.close().finally(() => removeRunDir(dir)), closing;
      }
    };
  } catch (error) {
    throw removeRunDir(dir), error instanceof AllowlistError ? new SandboxError(
      `allowed-domains: ${error.message}`,
      "entries are hosts (api.github.com), suffixes (*.github.com), IP addresses or CIDR ranges, each optionally with :PORT",
      { cause: error }
    ) : new SandboxError(`cannot start the egress proxy: ${error.message}`, void 0, {
      cause: error
    });
  }
}

export {
  AuditLog,
  MAX_TIMER_MS,
  newRunId,
  startSession
};
