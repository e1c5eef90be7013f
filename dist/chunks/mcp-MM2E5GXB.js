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
var import_chunk_ADPY5LWK = require("./chunk-ADPY5LWK.js"), import_chunk_Q4C4PGG7 = require("./chunk-Q4C4PGG7.js"), import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_54RLGO4C = require("./chunk-54RLGO4C.js"), import_chunk_J34AVT42 = require("./chunk-J34AVT42.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_BQUIEBUU = require("./chunk-BQUIEBUU.js"), import_chunk_7MLZIWEW = require("./chunk-7MLZIWEW.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_CLN36EFS = require("./chunk-CLN36EFS.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_4EX4ZYXA = require("./chunk-4EX4ZYXA.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_BCNB5QC7 = require("./chunk-BCNB5QC7.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
var DAEMON_WAIT_MS = 10 * 6e4, DAEMON_CHECK_MS = 1e3, EXIT_GRACE_MS = 500;
async function execute(args, io) {
  let config = (0, import_chunk_X2S6FJ5P.resolveConfig)(args.options, { cwd: io.cwd }), ownPolicy = (0, import_chunk_AO5665RP.hostPolicy)(config), say = (line) => io.stderr.write(`sandbox-action mcp: ${ownPolicy.redactor.text(line)}
`), auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new import_chunk_7MLZIWEW.AuditLog((0, import_node_path.resolve)(io.cwd, auditPath), { redactor: ownPolicy.redactor }) : void 0, explicitState = typeof args.flags.state == "string", statePath = (0, import_chunk_Q4C4PGG7.statePathOf)(args, io), state = (0, import_chunk_QQHNKEZU.readState)(statePath), daemonUp = state !== void 0 && (0, import_chunk_QQHNKEZU.processAlive)(state.daemon_pid);
  if (explicitState && !daemonUp)
    throw new import_chunk_X2S6FJ5P.ConfigError(
      `no daemon is running for --state ${statePath}; start one with \`up --state ${args.flags.state}\`, or leave --state out to let mcp start a sandbox of its own`
    );
  console.log = console.info = console.debug = console.error.bind(console);
  let stop = new AbortController(), onSignal = (signal) => stop.abort(signal);
  process.on("SIGINT", onSignal), process.on("SIGTERM", onSignal);
  let unhookSignals = () => {
    process.off("SIGINT", onSignal), process.off("SIGTERM", onSignal);
  }, upstream;
  try {
    if (daemonUp && state) {
      let ignored = Object.keys(args.options).filter((name) => name !== "workspace");
      ignored.length && say(`a daemon is up for this workspace; its sandbox's settings apply, not --${ignored.join(", --")}`);
      let agent;
      try {
        agent = await (0, import_chunk_ADPY5LWK.connectAgent)(state);
      } catch (error) {
        return say(
          `cannot reach the daemon (pid ${state.daemon_pid}) at ${state.mcp_url}: ${error.message}`
        ), import_chunk_CLFXF4LG.EXIT.sandbox;
      }
      let timer, lost = new Promise((resolveLost) => {
        timer = setInterval(() => {
          (0, import_chunk_QQHNKEZU.processAlive)(state.daemon_pid) || resolveLost(`the daemon (pid ${state.daemon_pid}) stopped`);
        }, DAEMON_CHECK_MS).unref();
      });
      upstream = {
        client: agent.client,
        runId: state.run_id,
        defaultTimeoutMs: DAEMON_WAIT_MS,
        policy: (0, import_chunk_AO5665RP.shapesOnlyPolicy)(),
        lost,
        close: async () => {
          clearInterval(timer), await agent.close();
        }
      }, say(
        `relaying to the daemon of this workspace: sandbox ${state.sandbox_id} (${state.backend}), daemon pid ${state.daemon_pid}; audit log ${state.audit_log}`
      );
    } else {
      let session;
      try {
        let runId = (0, import_chunk_7MLZIWEW.newRunId)();
        session = await (0, import_chunk_7MLZIWEW.startSession)(await (0, import_chunk_X4JXATLK.openBackend)(config.backend, say), config, {
          runId,
          log: say,
          onEgress: (decision) => audit?.egress(runId, decision)
        });
      } catch (error) {
        return (0, import_chunk_BCNB5QC7.reportSandboxError)((0, import_chunk_BCNB5QC7.redactingWriter)(io.stderr, ownPolicy), error), import_chunk_CLFXF4LG.EXIT.sandbox;
      }
      upstream = {
        client: session.client,
        runId: session.runId,
        defaultTimeoutMs: config.timeoutMs,
        policy: ownPolicy,
        maxRequestBytes: config.maxRequestBytes,
        lost: Promise.race([
          session.expired,
          session.sandbox.exited.then((exit) => {
            let log = session.serverLog();
            return `the sandbox stopped (${JSON.stringify(exit)})${log ? `
server output:
${log}` : ""}`;
          })
        ]),
        close: () => session.close()
      }, say(
        `sandbox ${session.sandbox.id} is up (${session.sandbox.backend} backend, network ${config.network}, workspace ${config.workspace})${audit ? `; audit log ${audit.path}` : ""}`
      );
    }
  } catch (error) {
    throw unhookSignals(), error;
  }
  let code = import_chunk_CLFXF4LG.EXIT.ok;
  try {
    stop.signal.aborted || (code = await serve(upstream, audit, io, stop, say));
  } finally {
    await upstream.close().catch((error) => say(`teardown: ${error.message}`)).then(() => say(daemonUp ? "disconnected from the daemon" : "sandbox torn down")), unhookSignals();
  }
  return setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref(), code;
}
async function serve(upstream, audit, io, stop, say) {
  let [
    { createRelayServer },
    { CallsInFlight },
    { watchLiveness },
    { StdioServerTransport },
    { LoggingMessageNotificationSchema }
  ] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./relay-E2P7WOPB.js"))),
    Promise.resolve().then(() => __toESM(require("./forward-call-T4AN3QRR.js"))),
    Promise.resolve().then(() => __toESM(require("./liveness-YWAETTVZ.js"))),
    Promise.resolve().then(() => __toESM(require("./stdio-FPBAFPZI.js"))),
    Promise.resolve().then(() => __toESM(require("./types-ACEKNFB6.js")))
  ]), { client } = upstream, liveness = watchLiveness(client, say), calls = new CallsInFlight(), logging = client.getServerCapabilities()?.logging !== void 0, server = createRelayServer({
    upstream: async () => ({ client, liveness }),
    instructions: client.getInstructions(),
    runId: upstream.runId,
    audit,
    defaultTimeoutMs: upstream.defaultTimeoutMs,
    logging,
    policy: upstream.policy,
    stopping: calls,
    ...upstream.maxRequestBytes === void 0 ? {} : { maxRequestBytes: upstream.maxRequestBytes },
    onCall: () => {
    }
  });
  server.onerror = (error) => say(error.message), logging && client.setNotificationHandler(LoggingMessageNotificationSchema, (notification) => {
    server.sendLoggingMessage(upstream.policy.redactor.value(notification.params)).catch(() => {
    });
  });
  let stdin = io.stdin, stdout = io.stdout, clientGone = () => stop.abort("the client closed standard input");
  stdin.once("end", clientGone), stdin.once("close", clientGone), stdout.on("error", (error) => stop.abort(`standard output failed: ${error.message}`)), server.onclose = () => stop.abort("the client disconnected");
  let lostReason;
  upstream.lost.then((reason2) => {
    lostReason = reason2, stop.abort(reason2);
  }).catch(() => {
  });
  let stopped = new Promise((resolveStop) => {
    stop.signal.aborted ? resolveStop() : stop.signal.addEventListener("abort", () => resolveStop(), { once: !0 });
  });
  try {
    await server.connect(new StdioServerTransport(stdin, stdout)), await stopped;
  } finally {
    stdin.off("end", clientGone), stdin.off("close", clientGone), await calls.stop(
      `sandbox-action mcp is stopping (${String(stop.signal.reason ?? "its client went away")})`
    ), liveness.close(), logging && client.removeNotificationHandler("notifications/message"), server.onclose = void 0, await server.close().catch(() => {
    });
  }
  let reason = String(stop.signal.reason);
  return lostReason !== void 0 ? (say(`${lostReason}; stopping`), import_chunk_CLFXF4LG.EXIT.sandbox) : (say(`stopping: ${reason}`), import_chunk_CLFXF4LG.EXIT.ok);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
