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
  SECRET_OPTIONS_ENV: () => SECRET_OPTIONS_ENV,
  launchDaemon: () => launchDaemon,
  runDaemon: () => runDaemon
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_7MLZIWEW = require("./chunk-7MLZIWEW.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_fs = require("node:fs"), import_node_child_process = require("node:child_process"), import_node_fs2 = require("node:fs"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
var SandboxUnavailableError = class extends Error {
  name = "SandboxUnavailableError";
}, TEARDOWN_GRACE_MS = 1e3, TEARDOWN_WAIT_MS = 5e3, sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms).unref());
function errorLine(error, redact = (text) => text) {
  return redact(error?.message ?? String(error)).split(`
`)[0] ?? "";
}
async function startSupervisor(options) {
  let log2 = options.log ?? (() => {
  }), message = (error) => errorLine(error, options.redact), session = await options.start(0), health = {
    healthy: !0,
    state: "running",
    consecutive_ok: 1,
    consecutive_failures: 0,
    last_ok: (/* @__PURE__ */ new Date()).toISOString(),
    last_error: null,
    respawns: 0
  }, closed = !1, timer, respawning, teardowns = /* @__PURE__ */ new Set(), failure, resolveExpired = () => {
  }, expired = new Promise((resolve) => {
    resolveExpired = resolve;
  }), resolveFailed = () => {
  }, failed = new Promise((resolve) => {
    resolveFailed = resolve;
  }), changed = () => {
    try {
      options.onChange?.({ ...health }, session);
    } catch (error) {
      log2(`health: recording the change failed: ${message(error)}`);
    }
  }, watch = (watched) => {
    watched.expired.then((reason) => {
      closed || watched !== session || (failure = reason, clearTimeout(timer), resolveExpired(reason));
    }), watched.sandbox.exited.then((exit) => {
      closed || failure || watched !== session || (fail(`the sandbox exited (${JSON.stringify(exit)})`), respawn());
    });
  }, fail = (error) => {
    health.healthy = !1, health.consecutive_ok = 0, health.consecutive_failures++, health.last_error = error, log2(`health: check failed (${health.consecutive_failures} in a row): ${error}`), changed();
  }, giveUp = (reason) => {
    failure = reason, health.healthy = !1, health.state = "failed", health.last_error = reason, log2(`health: ${reason}`), changed(), resolveFailed(reason);
  }, respawn = () => (respawning ??= (async () => {
    clearTimeout(timer);
    let old = session;
    if (session = void 0, health.state = "respawning", changed(), old) {
      let teardown = (async () => {
        await old.sandbox.destroy(TEARDOWN_GRACE_MS).catch(() => {
        }), await old.close();
      })().catch((error) => log2(`health: tearing down the old sandbox: ${message(error)}`));
      teardowns.add(teardown), teardown.finally(() => teardowns.delete(teardown)), await Promise.race([teardown, sleep(TEARDOWN_WAIT_MS)]);
    }
    let lastError = health.last_error ?? "unhealthy";
    for (; !closed; ) {
      if (health.respawns >= options.maxRespawns) {
        giveUp(
          `the sandbox failed for good after ${health.respawns} respawn(s) (max-respawns ${options.maxRespawns}); last error: ${lastError}`
        );
        return;
      }
      health.respawns++, log2(`health: respawning the sandbox (attempt ${health.respawns} of ${options.maxRespawns})`), changed();
      try {
        let next = await options.start(health.respawns);
        if (closed) {
          await next.close().catch(() => {
          });
          return;
        }
        session = next, health.healthy = !0, health.state = "running", health.consecutive_ok = 1, health.consecutive_failures = 0, health.last_ok = (/* @__PURE__ */ new Date()).toISOString(), health.last_error = null, log2(`health: respawned, sandbox ${next.sandbox.id}`), watch(next), changed(), schedule();
        return;
      } catch (error) {
        lastError = `respawn failed: ${message(error)}`, health.last_error = lastError, log2(`health: ${lastError}`), changed();
      }
    }
  })().finally(() => {
    respawning = void 0;
  }), respawning), check = async () => {
    let checked = session;
    if (!(closed || failure || !checked || respawning)) {
      try {
        if (await checked.client.listTools(void 0, { timeout: options.timeoutMs }), closed || checked !== session) return;
        let wasHealthy = health.healthy;
        health.healthy = !0, health.consecutive_ok++, health.consecutive_failures = 0, health.last_ok = (/* @__PURE__ */ new Date()).toISOString(), health.last_error = null, wasHealthy || log2("health: the sandbox answers again"), changed();
      } catch (error) {
        if (closed || failure || checked !== session) return;
        if (fail(message(error)), health.consecutive_failures >= options.respawnThreshold) {
          respawn();
          return;
        }
      }
      schedule();
    }
  }, schedule = () => {
    closed || failure || (clearTimeout(timer), timer = setTimeout(() => {
      check();
    }, options.intervalMs), timer.unref());
  };
  return watch(session), changed(), schedule(), {
    current: () => session,
    health: () => ({ ...health }),
    expired,
    failed,
    async acquire() {
      if (closed) throw new SandboxUnavailableError("the daemon is stopping");
      if (failure) throw new SandboxUnavailableError(failure);
      if (session) return session.client;
      let pending = respawning;
      if (pending) {
        let timeout, waited = await Promise.race([
          pending.then(() => !0),
          new Promise((resolve) => {
            timeout = setTimeout(() => resolve(!1), options.waitMs);
          })
        ]);
        clearTimeout(timeout);
        let [reason, now] = [failure, session];
        if (reason) throw new SandboxUnavailableError(reason);
        if (now) return now.client;
        if (!waited)
          throw new SandboxUnavailableError(
            `the sandbox is being respawned (attempt ${health.respawns} of ${options.maxRespawns}) and was not back within ${options.waitMs} ms; try again`
          );
      }
      throw new SandboxUnavailableError(health.last_error ?? "the sandbox is not available");
    },
    async close() {
      closed = !0, clearTimeout(timer), await respawning?.catch(() => {
      });
      let last = session;
      session = void 0, await Promise.allSettled([last?.close(), ...teardowns]);
    }
  };
}
var SANDBOX_LIMIT_CODE = -32003, SandboxLimitError = class extends Error {
  name = "SandboxLimitError";
  code = SANDBOX_LIMIT_CODE;
  data;
  constructor(maxSandboxes) {
    super(
      `all ${maxSandboxes} sandbox(es) this daemon may run are in use by other sessions (max-sandboxes ${maxSandboxes}); try again when a session ends (idle ones end after session-idle-timeout), or raise the limit with --max-sandboxes (action input max-sandboxes)`
    ), this.data = { max_sandboxes: maxSandboxes, option: "max-sandboxes" };
  }
};
async function startEphemeral(options) {
  let message = (error) => errorLine(error, options.redact), max = Math.max(1, Math.floor(options.maxSandboxes)), first = await options.start(), spare = Promise.resolve(first), spareError = null, closed = !1, supervisors = /* @__PURE__ */ new Set(), releasing = /* @__PURE__ */ new Set(), handingOver = 0, pastRespawns = 0, lastOk = (/* @__PURE__ */ new Date()).toISOString(), inUse = () => supervisors.size + releasing.size + handingOver, startSpare = () => options.start().then(
    async (session) => {
      if (spareError = null, lastOk = (/* @__PURE__ */ new Date()).toISOString(), !closed) return session;
      await session.close().catch(() => {
      });
    },
    (error) => {
      spareError = `starting a spare sandbox failed: ${message(error)}`, options.log(`ephemeral: ${spareError}`), options.onChange();
    }
  ), refill = () => {
    !closed && spare === void 0 && inUse() < max && (spare = startSpare());
  };
  async function settleReleases() {
    for (; spare === void 0 && inUse() >= max && releasing.size > 0 && !closed; )
      await Promise.race([...releasing].map((closing) => closing.catch(() => {
      })));
  }
  return {
    first,
    async lease() {
      if (await settleReleases(), closed) throw new Error("the daemon is stopping");
      if (spare === void 0 && inUse() >= max)
        throw options.log(`ephemeral: a session was refused a sandbox: ${max} in use (max-sandboxes)`), new SandboxLimitError(max);
      let taken = spare;
      spare = void 0, handingOver++;
      let supervisor;
      try {
        refill();
        let session2 = await taken ?? await options.start();
        if (closed)
          throw await session2.close().catch(() => {
          }), new Error("the daemon is stopping");
        if (supervisor = await options.supervise(session2), closed)
          throw await supervisor.close().catch(() => {
          }), new Error("the daemon is stopping");
        supervisors.add(supervisor);
      } finally {
        handingOver--;
      }
      let session = supervisor.current();
      options.log(`ephemeral: sandbox ${session?.sandbox.id ?? "(respawning)"} for a new session`), options.onChange();
      let released;
      return {
        acquire: () => supervisor.acquire(),
        release() {
          return released ??= (async () => {
            supervisors.delete(supervisor), pastRespawns += supervisor.health().respawns;
            let id = supervisor.current()?.sandbox.id ?? "(respawning)", closing = supervisor.close();
            releasing.add(closing);
            try {
              await closing, options.log(`ephemeral: session ended, sandbox ${id} destroyed`);
            } finally {
              releasing.delete(closing), refill(), options.onChange();
            }
          })(), released;
        }
      };
    },
    health() {
      let each = [...supervisors].map((supervisor) => supervisor.health()), unhealthy = each.filter((health) => !health.healthy), worst = unhealthy.find((health) => health.state === "failed") ?? unhealthy[0], okTimes = each.map((health) => health.last_ok ?? "").concat(lastOk);
      return {
        healthy: !worst && spareError === null,
        // The daemon serves new sessions whatever one session's sandbox did.
        state: "running",
        // the least of the sessions' records; with no session open, the spare's start counts as one
        consecutive_ok: worst ? 0 : each.length ? Math.min(...each.map((health) => health.consecutive_ok)) : 1,
        consecutive_failures: worst?.consecutive_failures ?? 0,
        last_ok: okTimes.sort().at(-1) ?? null,
        last_error: worst?.last_error ?? spareError,
        respawns: pastRespawns + each.reduce((sum, health) => sum + health.respawns, 0)
      };
    },
    live: () => supervisors.size,
    async close() {
      closed = !0;
      let left = [...supervisors];
      supervisors.clear();
      let last = await spare;
      await Promise.allSettled([
        ...left.map((supervisor) => supervisor.close()),
        ...releasing,
        last?.close()
      ]);
    }
  };
}
var READY_FD = 3, redactor = (0, import_chunk_A4M7HLL7.createRedactor)();
function tellParent(line) {
  try {
    (0, import_node_fs.writeSync)(READY_FD, `${redactor.text(line).replaceAll(`
`, " ")}
`), (0, import_node_fs.closeSync)(READY_FD);
  } catch {
  }
}
var log = (line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${redactor.text(line)}
`);
async function runDaemon(config, paths) {
  let policy = (0, import_chunk_AO5665RP.hostPolicy)(config);
  redactor = policy.redactor, log(`sandbox-action ${import_chunk_TKZAGHXL.VERSION} daemon starting (pid ${process.pid}, ${config.backendReason})`);
  let audit = new import_chunk_7MLZIWEW.AuditLog(paths.audit, { redactor }), runId = (0, import_chunk_7MLZIWEW.newRunId)(), started = performance.now(), ttlLeft = () => Math.max(1, config.ttlMs - (performance.now() - started)), state, sandboxes, backend;
  try {
    backend = await (0, import_chunk_X4JXATLK.openBackend)(config.backend, log);
    let opened = backend, startOne = (ttlMs) => (0, import_chunk_7MLZIWEW.startSession)(
      opened,
      { ...config, ttlMs },
      {
        runId,
        // respawns and ephemeral sessions share the run's mount points until the daemon ends it
        sharedRun: !0,
        log,
        onEgress: (decision) => audit.egress(runId, decision)
      }
    ), supervise = (start, onChange) => startSupervisor({
      start,
      intervalMs: config.healthIntervalMs,
      timeoutMs: config.healthTimeoutMs,
      respawnThreshold: config.respawnThreshold,
      maxRespawns: config.maxRespawns,
      waitMs: config.readyTimeoutMs,
      log,
      redact: (text) => redactor.text(text),
      onChange
    }), recordHealth = () => {
      state && (state = { ...state, health: sandboxes.health(), ...sandboxes.extraState() }, (0, import_chunk_QQHNKEZU.writeState)(paths.state, state));
    };
    sandboxes = config.mode === "ephemeral" ? fromEphemeral(
      await startEphemeral({
        start: () => startOne(ttlLeft()),
        supervise: (first2) => supervise(
          (attempt) => attempt === 0 ? Promise.resolve(first2) : startOne(ttlLeft()),
          recordHealth
        ),
        maxSandboxes: config.maxSandboxes,
        log,
        redact: (text) => redactor.text(text),
        onChange: recordHealth
      }),
      config.ttlMs
    ) : fromSupervisor(await supervise(() => startOne(ttlLeft()), recordHealth));
  } catch (error) {
    let hint = error.hint;
    return log(`provisioning failed: ${error.message}${hint ? ` (fix: ${hint})` : ""}`), backend && await (0, import_chunk_7MLZIWEW.endRun)(backend, runId), tellParent(`error: ${errorLine(error, (text) => redactor.text(text))}${hint ? ` (fix: ${hint})` : ""}`), audit.close(), 3;
  }
  let first = sandboxes.first, { newToken, startProxy } = await Promise.resolve().then(() => __toESM(require("./proxy-7BTKRDBC.js"))), token = newToken(), proxy = await startProxy({
    upstream: first.client,
    lease: () => sandboxes.lease(),
    token,
    runId,
    audit,
    policy,
    defaultTimeoutMs: config.timeoutMs,
    maxRequestBytes: config.maxRequestBytes,
    sessionIdleTimeoutMs: config.sessionIdleTimeoutMs,
    log
  });
  state = {
    version: 1,
    daemon_pid: process.pid,
    run_id: runId,
    backend: first.sandbox.backend,
    sandbox_id: first.sandbox.id,
    workspace: config.workspace,
    mcp_url: proxy.url,
    mcp_token: token,
    audit_log: paths.audit,
    log_file: paths.log,
    started_at: (/* @__PURE__ */ new Date()).toISOString(),
    mode: config.mode,
    health: sandboxes.health(),
    ...sandboxes.extraState()
  }, (0, import_chunk_QQHNKEZU.writeState)(paths.state, state), log(`ready (${config.mode}): sandbox ${first.sandbox.id}, proxy on ${proxy.url}`), tellParent("ready");
  let reason = await new Promise((resolve) => {
    process.once("SIGTERM", () => resolve("SIGTERM")), process.once("SIGINT", () => resolve("SIGINT")), sandboxes.expired.then(resolve);
  });
  return log(`stopping: ${reason}`), await proxy.close(`the sandbox daemon is stopping (${reason})`).catch((error) => log(`proxy close: ${error.message}`)), await sandboxes.close().catch((error) => log(`sandbox teardown: ${error.message}`)), await (0, import_chunk_7MLZIWEW.endRun)(backend, runId), (0, import_chunk_QQHNKEZU.removeState)(paths.state), audit.close(), log(`stopped; ${JSON.stringify(proxy.stats())}`), reason.startsWith("SIG") ? 0 : 3;
}
function fromSupervisor(supervisor) {
  let first = supervisor.current();
  if (!first) throw new Error("the supervisor started without a sandbox");
  let shared = { acquire: () => supervisor.acquire(), release: async () => {
  } };
  return {
    first,
    lease: async () => shared,
    health: () => supervisor.health(),
    extraState: () => {
      let current = supervisor.current();
      return current ? { sandbox_id: current.sandbox.id } : {};
    },
    expired: supervisor.expired,
    close: () => supervisor.close()
  };
}
function fromEphemeral(ephemeral, ttlMs) {
  let timer, expired = new Promise((resolve) => {
    timer = setTimeout(() => resolve(`the run reached its TTL (${ttlMs}ms)`), Math.min(ttlMs, import_chunk_7MLZIWEW.MAX_TIMER_MS));
  });
  return {
    first: ephemeral.first,
    lease: () => ephemeral.lease(),
    health: () => ephemeral.health(),
    extraState: () => ({ live_sandboxes: ephemeral.live() }),
    expired,
    close: async () => {
      clearTimeout(timer), await ephemeral.close();
    }
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
var START_MARGIN_MS = 15e3, SECRET_OPTIONS_ENV = "SANDBOX_ACTION_DAEMON_SECRET_OPTIONS", SECRET_OPTIONS = ["env", "redact"];
function optionArgs(options) {
  return Object.entries(options).flatMap(
    ([name, value]) => (Array.isArray(value) ? value : [value ?? ""]).map((item) => `--${name}=${item}`)
  );
}
async function launchDaemon(cliEntry, config, options, paths) {
  (0, import_node_fs2.mkdirSync)((0, import_node_path.dirname)(paths.state), { recursive: !0, mode: 448 });
  let logFd = (0, import_node_fs2.openSync)(paths.log, "a", 384), publicOptions = {}, secretOptions = {};
  for (let [name, value] of Object.entries(options))
    SECRET_OPTIONS.includes(name) ? secretOptions[name] = value : publicOptions[name] = value;
  let child = (0, import_node_child_process.spawn)(
    process.execPath,
    [
      cliEntry,
      "daemon",
      "--state",
      paths.state,
      "--audit-log",
      paths.audit,
      "--log-file",
      paths.log,
      ...optionArgs({ ...publicOptions, workspace: config.workspace })
    ],
    {
      cwd: config.workspace,
      detached: !0,
      stdio: ["ignore", logFd, logFd, "pipe"],
      env: { ...process.env, [SECRET_OPTIONS_ENV]: JSON.stringify(secretOptions) }
    }
  ), deadline = config.readyTimeoutMs + START_MARGIN_MS, answer = await new Promise((resolve) => {
    let text = "", timer = setTimeout(
      () => resolve(`error: the daemon did not report within ${deadline} ms`),
      deadline
    ), ready = child.stdio[READY_FD];
    ready.on("data", (chunk) => {
      text += chunk.toString();
    }), ready.on("end", () => {
      clearTimeout(timer), resolve(text.trim() || "error: the daemon exited before it was ready");
    }), child.once("error", (error) => {
      clearTimeout(timer), resolve(`error: cannot start the daemon: ${error.message}`);
    });
  });
  child.unref(), child.stdio[READY_FD].destroy();
  let state = answer === "ready" ? (0, import_chunk_QQHNKEZU.readState)(paths.state) : void 0;
  if (!state)
    throw child.pid && (0, import_chunk_QQHNKEZU.processAlive)(child.pid) && process.kill(child.pid, "SIGTERM"), new import_chunk_GTVJVVCB.SandboxError(`${answer.replace(/^error: /, "")} (daemon log: ${paths.log})`);
  return state;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SECRET_OPTIONS_ENV,
  launchDaemon,
  runDaemon
});
