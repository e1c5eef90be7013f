var __sbxImportMetaUrl = require("node:url").pathToFileURL(__filename).href;
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
  AuditLog: () => AuditLog,
  MAX_TIMER_MS: () => MAX_TIMER_MS,
  endRun: () => endRun,
  newRunId: () => newRunId,
  startSession: () => startSession
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_4EX4ZYXA = require("./chunk-4EX4ZYXA.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_path = require("node:path"), import_node_fs2 = require("node:fs"), import_node_path2 = require("node:path"), import_node_fs3 = require("node:fs"), import_node_path3 = require("node:path"), import_node_child_process = require("node:child_process"), import_node_fs4 = require("node:fs"), import_node_path4 = require("node:path"), import_node_fs5 = require("node:fs"), import_node_url = require("node:url");
(0, import_chunk_WE6FURZE.init_web_globals)();
var SYNC_DELAY_MS = 200, AuditLog = class {
  constructor(path, options = {}) {
    this.path = path, (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: !0 }), this.fd = (0, import_node_fs.openSync)(path, "a", 384), this.redactor = options.redactor ?? (0, import_chunk_A4M7HLL7.createRedactor)();
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
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var CREDENTIAL_LINE = /^\s*(?:extraheader\s*=\s*["']?authorization:|url\s*=\s*\S+:\/\/[^/\s@]+:[^/\s@]+@)/im;
function persistedCredentials(workspace) {
  let file = (0, import_node_path3.join)(workspace, ".git", "config");
  try {
    return CREDENTIAL_LINE.test((0, import_node_fs3.readFileSync)(file, "utf8")) ? file : void 0;
  } catch {
    return;
  }
}
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)();
var WRITE_CODE_CACHE_FLAG = "--write-code-cache", WARM_UP_FLAG = "--warm-up", LOCK_SUFFIX = ".warming", WARM_UP_LOCK_MS = 3e4;
function codeCacheFile(dir, bundle) {
  return (0, import_node_path4.join)(dir, `server-${bundleDigest(dir, bundle)}-node${process.version}-${process.arch}.v8cache`);
}
var DIGEST = /^[0-9a-f]{16}$/, DIGEST_PREFIX = "digest-";
function bundleDigest(dir, bundle) {
  let stat = (0, import_node_fs4.statSync)(bundle, { bigint: !0 }), version = [stat.dev, stat.ino, stat.size, stat.mtimeNs, stat.ctimeNs].map((n) => n.toString(36)), memo = (0, import_node_path4.join)(dir, `${DIGEST_PREFIX}${version.join("-")}`), digest = readDigest(memo);
  if (!digest) {
    let { createHash } = process.getBuiltinModule("node:crypto");
    digest = createHash("sha256").update((0, import_node_fs4.readFileSync)(bundle)).digest("hex").slice(0, 16), writeDigest(memo, digest);
  }
  return digest;
}
function readDigest(memo) {
  try {
    let text = (0, import_node_fs4.readFileSync)(memo, "latin1");
    return DIGEST.test(text) ? text : void 0;
  } catch {
    return;
  }
}
function writeDigest(memo, digest) {
  let temporary = `${memo}.${process.pid}.tmp`;
  try {
    (0, import_node_fs4.writeFileSync)(temporary, digest, { mode: 384 }), (0, import_node_fs4.renameSync)(temporary, memo);
  } catch {
    (0, import_node_fs4.rmSync)(temporary, { force: !0 });
  }
}
function lookUpCodeCache(bundle, env = process.env) {
  let dir = (0, import_chunk_4EX4ZYXA.codeCacheDir)(env);
  if (!dir || !(0, import_chunk_4EX4ZYXA.privateDir)(dir)) return {};
  let file;
  try {
    file = codeCacheFile(dir, bundle);
  } catch {
    return {};
  }
  try {
    let stat = (0, import_node_fs4.lstatSync)(file), uid = process.getuid?.();
    return !stat.isFile() || uid !== void 0 && stat.uid !== uid ? {} : ((stat.mode & 36) !== 36 && (0, import_node_fs4.chmodSync)(file, 420), (0, import_node_fs4.rmSync)(`${file}${LOCK_SUFFIX}`, { force: !0 }), { ready: file });
  } catch {
    return { missing: file };
  }
}
var STALE_MS = 720 * 3600 * 1e3;
function pruneStale(dir) {
  let now = Date.now(), stale = (path) => {
    try {
      return now - (0, import_node_fs4.lstatSync)(path).mtimeMs > STALE_MS;
    } catch {
      return !1;
    }
  };
  for (let name of listDir(dir)) {
    let path = (0, import_node_path4.join)(dir, name);
    (name.startsWith("server-") || name.startsWith(DIGEST_PREFIX)) && stale(path) && (0, import_node_fs4.rmSync)(path, { force: !0 });
  }
  let compile = (0, import_node_path4.join)(dir, import_chunk_4EX4ZYXA.COMPILE_CACHE_SUBDIR), chunks = (0, import_chunk_4EX4ZYXA.chunkCacheDir)(dir);
  for (let name of listDir(compile)) {
    let path = (0, import_node_path4.join)(compile, name);
    path !== chunks && stale(path) && (0, import_node_fs4.rmSync)(path, { recursive: !0, force: !0 });
  }
  for (let name of listDir(chunks)) {
    let path = (0, import_node_path4.join)(chunks, name);
    stale(path) && (0, import_node_fs4.rmSync)(path, { force: !0 });
  }
}
function listDir(dir) {
  try {
    return (0, import_node_fs4.readdirSync)(dir);
  } catch {
    return [];
  }
}
function warmUpArgs(bundle, file) {
  return [...import_chunk_E2HATPM4.SERVER_NODE_FLAGS, bundle, WRITE_CODE_CACHE_FLAG, file, WARM_UP_FLAG];
}
function startCodeCacheWarmUp(bundle, file) {
  let lock = `${file}${LOCK_SUFFIX}`;
  try {
    (0, import_node_fs4.closeSync)((0, import_node_fs4.openSync)(lock, "wx", 384));
  } catch {
    try {
      if (Date.now() - (0, import_node_fs4.statSync)(lock).mtimeMs < WARM_UP_LOCK_MS) return;
      (0, import_node_fs4.utimesSync)(lock, /* @__PURE__ */ new Date(), /* @__PURE__ */ new Date());
    } catch {
      return;
    }
  }
  pruneStale((0, import_node_path4.dirname)(file));
  try {
    let child = (0, import_node_child_process.spawn)(process.execPath, warmUpArgs(bundle, file), {
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
(0, import_chunk_WE6FURZE.init_web_globals)();
var SERVER_BUNDLE_ENV = "SANDBOX_ACTION_SERVER_BUNDLE";
function serverBundle() {
  let override = process.env[SERVER_BUNDLE_ENV];
  if (override) return { path: override, shipped: !1 };
  for (let relative of ["./sandbox-server.js", "../sandbox-server.js"]) {
    let candidate = (0, import_node_url.fileURLToPath)(new URL(relative, __sbxImportMetaUrl));
    if ((0, import_node_fs5.existsSync)(candidate)) return { path: candidate, shipped: !0 };
  }
  throw new Error(
    `cannot find sandbox-server.js beside ${(0, import_node_url.fileURLToPath)(__sbxImportMetaUrl)}; rebuild with npm run build`
  );
}
var loadSdkClient = () => Promise.resolve().then(() => __toESM(require("./connect-BZYFWH6X.js"))).then((module2) => module2.connectMcp);
function egressEnv(userEnv) {
  let url = `http://${import_chunk_E2HATPM4.EGRESS_PROXY_ADDRESS}`, noProxy = userEnv.NO_PROXY ?? userEnv.no_proxy ?? "localhost,127.0.0.1,::1";
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
  let base = (0, import_chunk_EBKXDVUJ.runDirBase)(process.env, "sandbox-action-egress");
  (0, import_chunk_EBKXDVUJ.ensureRunDirBase)(base);
  let dir = (0, import_node_fs2.mkdtempSync)((0, import_node_path2.join)(base, "e-"));
  (0, import_node_fs2.chmodSync)(dir, 457);
  let socket = (0, import_node_path2.join)(dir, import_chunk_E2HATPM4.EGRESS_SOCKET_NAME);
  try {
    (0, import_chunk_EBKXDVUJ.checkSocketPath)(socket, "egress socket");
  } catch (error) {
    throw (0, import_chunk_EBKXDVUJ.removeRunDir)(dir), error;
  }
  return dir;
}
var MAX_TIMER_MS = 2 ** 31 - 1, LOG_LINES = 50;
function newRunId() {
  return `${Date.now().toString(36)}-${(0, import_chunk_NNWUDYE2.randomHex)(4)}`;
}
async function endRun(backend, runId) {
  await backend.reap({ [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true", [import_chunk_GTVJVVCB.LABEL_RUN_ID]: runId }).catch(() => {
  });
}
async function startSession(backend, config, options = {}) {
  let started = performance.now(), credentials = persistedCredentials(config.workspace);
  if (credentials)
    throw new import_chunk_GTVJVVCB.SandboxError(
      `${credentials} holds a credential (an Authorization extraheader or a password in a remote's URL), which every process in the sandbox could read`,
      "check out with `persist-credentials: false` (actions/checkout), or remove it: git config --unset-all http.https://github.com/.extraheader; pass a token the agent needs explicitly with `env` instead"
    );
  let runId = options.runId ?? newRunId(), log = options.log ?? ((line) => process.stderr.write(`sandbox-action: ${line}
`)), caOnStdin = backend.entrypointStdin === !0, makeIdentity = () => Promise.resolve().then(() => __toESM(require("./identity-SHXBSCHV.js"))).then((mtls) => mtls.generateIdentity("client")), identityReady = caOnStdin ? new Promise((resolve) => setImmediate(resolve)).then(makeIdentity) : makeIdentity();
  identityReady.catch(() => {
  });
  let envIdentity = caOnStdin ? void 0 : await identityReady, bundle = options.serverBundle ? { path: options.serverBundle, shipped: !1 } : serverBundle(), script = bundle.path, codeCache = bundle.shipped ? lookUpCodeCache(script) : {}, toolSettings = {
    SANDBOX_WORKSPACE: "/workspace",
    SANDBOX_DEFAULT_TIMEOUT_MS: String(config.timeoutMs),
    ...config.maxOutputBytes ? { SANDBOX_MAX_OUTPUT_BYTES: String(config.maxOutputBytes) } : {}
  }, spec = {
    runId,
    // the owner labels let `gc` tell, from the labels alone, when this run no longer exists
    labels: { [import_chunk_GTVJVVCB.LABEL_MANAGED]: "true", [import_chunk_GTVJVVCB.LABEL_RUN_ID]: runId, ...(0, import_chunk_FXMSNCWT.ownerLabels)() },
    workspace: config.workspace,
    workspaceMode: config.workspaceMode,
    network: config.network,
    env: config.env,
    limits: config.limits ?? {},
    protectedPaths: (0, import_chunk_X2S6FJ5P.protectedPathList)(config.protectedPaths, {
      gitWritable: config.gitWritable,
      workspace: config.workspace
    }),
    image: config.image,
    readOnlyRoot: config.readOnlyRoot,
    entrypoint: {
      script,
      codeCache: codeCache.ready,
      args: (listen, link) => [
        "--listen",
        listen,
        "--link",
        link,
        ...caOnStdin ? [import_chunk_KKHJGK6H.CLIENT_CA_STDIN_FLAG] : []
      ],
      runnerArgs: (link) => [import_chunk_E2HATPM4.RUNNER_FLAG, "--link", link],
      ...caOnStdin ? { stdin: identityReady.then((identity) => identity.caCertPem) } : {},
      env: {
        ...envIdentity ? { [import_chunk_KKHJGK6H.CLIENT_CA_ENV]: envIdentity.caCertPem } : {},
        ...toolSettings
      },
      runnerEnv: toolSettings
    }
  }, egress;
  config.network === "allowlist" && (egress = await startEgress(config.allowedDomains ?? [], options), spec.egress = { hostDir: egress.dir }, spec.env = { ...spec.env, ...egressEnv(spec.env) }, spec.entrypoint.runnerEnv = {
    ...spec.entrypoint.runnerEnv,
    SANDBOX_EGRESS_SOCKET: `${import_chunk_E2HATPM4.EGRESS_DIR_INSIDE}/${import_chunk_E2HATPM4.EGRESS_SOCKET_NAME}`,
    SANDBOX_EGRESS_LISTEN: import_chunk_E2HATPM4.EGRESS_PROXY_ADDRESS
  });
  let loadClient = options.client ?? loadSdkClient, connectModule = new Promise((resolve) => setImmediate(resolve)).then(loadClient);
  connectModule.catch(() => {
  });
  let endOwnRun = () => options.sharedRun ? Promise.resolve() : endRun(backend, runId), sandbox;
  try {
    sandbox = await backend.create(spec);
  } catch (error) {
    throw await egress?.close(), await endOwnRun(), error;
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
`), serverCa = (0, import_chunk_KKHJGK6H.readServerCa)(sandbox.stdout, {
    timeoutMs: config.readyTimeoutMs,
    onOtherLine: remember,
    abort: sandbox.exited
  }), connecting = connectModule.then(
    async (connect) => connect({
      openChannel: () => sandbox.openChannel(),
      identity: await identityReady,
      serverCaPem: serverCa
    })
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
        await egress?.close(), await endOwnRun();
      }
    })(), closing), expired = new Promise((resolve) => {
      if (!config.ttlMs || config.ttlMs <= 0) return;
      let ttl = config.ttlMs, remaining = Math.max(0, ttl - (performance.now() - started));
      ttlTimer = setTimeout(
        () => {
          let reason = `the sandbox ${sandbox.id} reached its TTL (${(0, import_chunk_XN3HXDLK.formatDuration)(ttl)}) and was destroyed`;
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
    }), await egress?.close(), await endOwnRun(), error instanceof import_chunk_GTVJVVCB.SandboxError) throw error;
    let detail = serverLog();
    throw new import_chunk_GTVJVVCB.SandboxError(
      `the sandbox's server did not become ready: ${error.message}${detail ? `
server output:
${detail}` : ""}`,
      void 0,
      { cause: error }
    );
  }
}
async function startEgress(allowedDomains, options) {
  let { AllowlistError, startEgressProxy } = await Promise.resolve().then(() => __toESM(require("./egress-QHGOB2GA.js"))), dir = makeEgressDir();
  try {
    let proxy = await startEgressProxy({
      allowedDomains,
      listen: { path: (0, import_node_path2.join)(dir, import_chunk_E2HATPM4.EGRESS_SOCKET_NAME) },
      socketMode: 438,
      onDecision: options.onEgress,
      resolveOverride: options.egressResolveOverride
    }), closing;
    return {
      dir,
      close() {
        return closing ??= proxy.close().finally(() => (0, import_chunk_EBKXDVUJ.removeRunDir)(dir)), closing;
      }
    };
  } catch (error) {
    throw (0, import_chunk_EBKXDVUJ.removeRunDir)(dir), error instanceof AllowlistError ? new import_chunk_GTVJVVCB.SandboxError(
      `allowed-domains: ${error.message}`,
      "entries are hosts (api.github.com), suffixes (*.github.com), IP addresses or CIDR ranges, each optionally with :PORT",
      { cause: error }
    ) : new import_chunk_GTVJVVCB.SandboxError(`cannot start the egress proxy: ${error.message}`, void 0, {
      cause: error
    });
  }
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  AuditLog,
  MAX_TIMER_MS,
  endRun,
  newRunId,
  startSession
});
