// Mode ephemeral: every agent session that needs a sandbox gets one of its own, supervised like the
// persistent one, and destroyed when the session ends. The proxy asks for it at the session's
// first tools/call (ADR 0015), so a client that only initializes and lists tools costs nothing.
// One sandbox is kept started ahead (the spare) so that a session's first call does not wait for a
// sandbox to boot; the first spare is started with the daemon, which proves the configuration
// works before `up` reports ready. At most `maxSandboxes` sandboxes exist at once, the spare and
// the ones being destroyed included: past that a session is refused with an error that names the
// bound, never queued.
import type { SandboxSession } from "../host/session.js";
import type { UpstreamLease } from "../proxy/index.js";
import { errorLine, type Health, type Supervisor } from "./supervisor.js";

/**
 * The JSON-RPC error code of a session refused because every sandbox the daemon may run is in
 * use. In the implementation-defined server range, and none of the codes the MCP SDK gives a
 * meaning of its own (-32000 connection closed, -32001 request timeout), so a relaying client
 * passes it on as an answer.
 */
export const SANDBOX_LIMIT_CODE = -32003;

/** Every sandbox the daemon may run is in use; `code` and `data` make it the agent's JSON-RPC error. */
export class SandboxLimitError extends Error {
  override name = "SandboxLimitError";
  readonly code = SANDBOX_LIMIT_CODE;
  readonly data: { max_sandboxes: number; option: "max-sandboxes" };
  constructor(maxSandboxes: number) {
    super(
      `all ${maxSandboxes} sandbox(es) this daemon may run are in use by other sessions (max-sandboxes ${maxSandboxes}); ` +
        "try again when a session ends (idle ones end after session-idle-timeout), or raise the limit with --max-sandboxes (action input max-sandboxes)",
    );
    this.data = { max_sandboxes: maxSandboxes, option: "max-sandboxes" };
  }
}

export interface EphemeralOptions {
  /** starts one sandbox session (the spare, or one for a session whose spare failed) */
  start(): Promise<SandboxSession>;
  /** supervises one session's sandbox, starting with `first` */
  supervise(first: SandboxSession): Promise<Supervisor>;
  /** most sandboxes at once, the spare included (at least 1) */
  maxSandboxes: number;
  log(line: string): void;
  /** redaction of an error's text before it is cut to its first line (supervisor.ts) */
  redact?: (text: string) => string;
  /** told whenever the health of any session's sandbox (or the spare's start) changed */
  onChange(): void;
}

export interface EphemeralSandboxes {
  /** the first sandbox (the first spare): its server's capabilities are every sandbox's */
  first: SandboxSession;
  /**
   * A fresh sandbox for a session: the spare when there is one, else one started now; a
   * SandboxLimitError when `maxSandboxes` are in use. Releasing the lease destroys it (close()
   * awaits that as well).
   */
  lease(): Promise<UpstreamLease>;
  /** all sessions' sandboxes in one record: unhealthy when any of them is */
  health(): Health;
  /** sandboxes of sessions still open */
  live(): number;
  /** destroys every sandbox, the spare included; new leases are refused */
  close(): Promise<void>;
}

export async function startEphemeral(options: EphemeralOptions): Promise<EphemeralSandboxes> {
  const message = (error: unknown) => errorLine(error, options.redact);
  const max = Math.max(1, Math.floor(options.maxSandboxes));
  const first = await options.start();
  /** the spare on its way or ready; undefined while none is kept (the bound is reached) */
  let spare: Promise<SandboxSession | undefined> | undefined = Promise.resolve(first);
  let spareError: string | null = null;
  let closed = false;
  const supervisors = new Set<Supervisor>();
  const releasing = new Set<Promise<void>>();
  /** leases between taking their slot and having a supervisor: their sandboxes count already */
  let handingOver = 0;
  /** respawns of sessions that have ended, so the count does not go down */
  let pastRespawns = 0;
  let lastOk = new Date().toISOString();

  /** sandboxes that sessions hold, get or still give back; the spare aside */
  const inUse = () => supervisors.size + releasing.size + handingOver;

  const startSpare = (): Promise<SandboxSession | undefined> =>
    options.start().then(
      async (session) => {
        spareError = null;
        lastOk = new Date().toISOString();
        if (!closed) return session;
        await session.close().catch(() => {});
        return undefined;
      },
      (error: unknown) => {
        // Not fatal: the next session starts its own and reports the error if it fails again.
        spareError = `starting a spare sandbox failed: ${message(error)}`;
        options.log(`ephemeral: ${spareError}`);
        options.onChange();
        return undefined;
      },
    );
  /** a spare again, when there is room for one beside the sessions' sandboxes */
  const refill = () => {
    if (!closed && spare === undefined && inUse() < max) spare = startSpare();
  };

  /** At the bound, waits while sandboxes are being destroyed (that takes seconds at most). */
  async function settleReleases(): Promise<void> {
    while (spare === undefined && inUse() >= max && releasing.size > 0 && !closed) {
      await Promise.race([...releasing].map((closing) => closing.catch(() => {})));
    }
  }

  return {
    first,
    async lease() {
      await settleReleases();
      if (closed) throw new Error("the daemon is stopping");
      if (spare === undefined && inUse() >= max) {
        options.log(`ephemeral: a session was refused a sandbox: ${max} in use (max-sandboxes)`);
        throw new SandboxLimitError(max);
      }
      // Taken in the same step as the check above, so two sessions cannot both pass it.
      const taken = spare;
      spare = undefined;
      handingOver++;
      let supervisor: Supervisor;
      try {
        refill();
        // A spare that died while it waited is respawned at once by its supervisor (it watches
        // the sandbox's exit), so it needs no check here.
        const session = (await taken) ?? (await options.start());
        if (closed) {
          await session.close().catch(() => {});
          throw new Error("the daemon is stopping");
        }
        supervisor = await options.supervise(session);
        if (closed) {
          await supervisor.close().catch(() => {});
          throw new Error("the daemon is stopping");
        }
        supervisors.add(supervisor);
      } finally {
        handingOver--;
      }
      const session = supervisor.current();
      options.log(`ephemeral: sandbox ${session?.sandbox.id ?? "(respawning)"} for a new session`);
      options.onChange();
      let released: Promise<void> | undefined;
      return {
        acquire: () => supervisor.acquire(),
        release() {
          released ??= (async () => {
            supervisors.delete(supervisor);
            pastRespawns += supervisor.health().respawns;
            const id = supervisor.current()?.sandbox.id ?? "(respawning)";
            const closing = supervisor.close();
            releasing.add(closing);
            try {
              await closing;
              options.log(`ephemeral: session ended, sandbox ${id} destroyed`);
            } finally {
              releasing.delete(closing);
              refill();
              options.onChange();
            }
          })();
          return released;
        },
      };
    },
    health() {
      const each = [...supervisors].map((supervisor) => supervisor.health());
      const unhealthy = each.filter((health) => !health.healthy);
      const worst = unhealthy.find((health) => health.state === "failed") ?? unhealthy[0];
      const okTimes = each.map((health) => health.last_ok ?? "").concat(lastOk);
      return {
        healthy: !worst && spareError === null,
        // The daemon serves new sessions whatever one session's sandbox did.
        state: "running",
        // the least of the sessions' records; with no session open, the spare's start counts as one
        consecutive_ok: worst
          ? 0
          : each.length
            ? Math.min(...each.map((health) => health.consecutive_ok))
            : 1,
        consecutive_failures: worst?.consecutive_failures ?? 0,
        last_ok: okTimes.sort().at(-1) ?? null,
        last_error: worst?.last_error ?? spareError,
        respawns: pastRespawns + each.reduce((sum, health) => sum + health.respawns, 0),
      };
    },
    live: () => supervisors.size,
    async close() {
      closed = true;
      const left = [...supervisors];
      supervisors.clear();
      const last = await spare;
      await Promise.allSettled([
        ...left.map((supervisor) => supervisor.close()),
        ...releasing,
        last?.close(),
      ]);
    },
  };
}
