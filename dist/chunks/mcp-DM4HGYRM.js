import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-YXGTD6FT.js";
import {
  statePathOf
} from "./chunk-TJFLY3TE.js";
import "./chunk-Y6GTCIUS.js";
import "./chunk-LEGKTWYF.js";
import "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import {
  AuditLog,
  newRunId,
  startSession
} from "./chunk-PDTG2C4E.js";
import "./chunk-NCJFZMSO.js";
import {
  hostPolicy,
  shapesOnlyPolicy
} from "./chunk-MGZ5UVSX.js";
import {
  ConfigError,
  resolveConfig
} from "./chunk-JA7W645Z.js";
import "./chunk-DHGTDYGS.js";
import "./chunk-VXV7UUND.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-WMVBAPYL.js";
import {
  redactingWriter,
  reportSandboxError
} from "./chunk-WNHZAGSQ.js";
import {
  processAlive,
  readState
} from "./chunk-XOI5ZSIS.js";
import "./chunk-52YXYA4C.js";
import "./chunk-6DITX54Z.js";
import "./chunk-LSW3IJDY.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import {
  openBackend
} from "./chunk-PCBCL7EI.js";
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/commands/mcp.ts
init_web_globals();
import { resolve } from "node:path";
var DAEMON_WAIT_MS = 10 * 6e4, DAEMON_CHECK_MS = 1e3, EXIT_GRACE_MS = 500;
async function execute(args, io) {
  let config = resolveConfig(args.options, { cwd: io.cwd }), ownPolicy = hostPolicy(config), say = (line) => io.stderr.write(`sandbox-action mcp: ${ownPolicy.redactor.text(line)}
`), auditPath = args.flags["audit-log"], audit = typeof auditPath == "string" ? new AuditLog(resolve(io.cwd, auditPath), { redactor: ownPolicy.redactor }) : void 0, explicitState = typeof args.flags.state == "string", statePath = statePathOf(args, io), state = readState(statePath), daemonUp = state !== void 0 && processAlive(state.daemon_pid);
  if (explicitState && !daemonUp)
    throw new ConfigError(
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
        agent = await connectAgent(state);
      } catch (error) {
        return say(
          `cannot reach the daemon (pid ${state.daemon_pid}) at ${state.mcp_url}: ${error.message}`
        ), EXIT.sandbox;
      }
      let timer, lost = new Promise((resolveLost) => {
        timer = setInterval(() => {
          processAlive(state.daemon_pid) || resolveLost(`the daemon (pid ${state.daemon_pid}) stopped`);
        }, DAEMON_CHECK_MS).unref();
      });
      upstream = {
        client: agent.client,
        runId: state.run_id,
        defaultTimeoutMs: DAEMON_WAIT_MS,
        policy: shapesOnlyPolicy(),
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
        let runId = newRunId();
        session = await startSession(await openBackend(config.backend, say), config, {
          runId,
          log: say,
          onEgress: (decision) => audit?.egress(runId, decision)
        });
      } catch (error) {
        return reportSandboxError(redactingWriter(io.stderr, ownPolicy), error), EXIT.sandbox;
      }
      upstream = {
        client: session.client,
        runId: session.runId,
        defaultTimeoutMs: config.timeoutMs,
        policy: ownPolicy,
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
  let code = EXIT.ok;
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
    { watchLiveness },
    { StdioServerTransport },
    { LoggingMessageNotificationSchema }
  ] = await Promise.all([
    import("./relay-H2RTP66P.js"),
    import("./liveness-QZPXKOOC.js"),
    import("./stdio-LJEEDZ24.js"),
    import("./types-CO7ZKSXU.js")
  ]), { client } = upstream, liveness = watchLiveness(client, say), logging = client.getServerCapabilities()?.logging !== void 0, server = createRelayServer({
    upstream: async () => ({ client, liveness }),
    instructions: client.getInstructions(),
    runId: upstream.runId,
    audit,
    defaultTimeoutMs: upstream.defaultTimeoutMs,
    logging,
    policy: upstream.policy,
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
    stdin.off("end", clientGone), stdin.off("close", clientGone), liveness.close(), logging && client.removeNotificationHandler("notifications/message"), server.onclose = void 0, await server.close().catch(() => {
    });
  }
  let reason = String(stop.signal.reason);
  return lostReason !== void 0 ? (say(`${lostReason}; stopping`), EXIT.sandbox) : (say(`stopping: ${reason}`), EXIT.ok);
}
export {
  execute
};
