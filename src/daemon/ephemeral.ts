// Mode ephemeral: every agent session gets a sandbox of its own, supervised like the persistent
// one, and destroyed when the session ends. One sandbox is kept started ahead (the spare) so that
// a session's initialize does not wait for a sandbox to boot; the first spare is started with the
// daemon, which proves the configuration works before `up` reports ready.
import type { SandboxSession } from "../host/session.js";
import type { UpstreamLease } from "../proxy/index.js";
import { errorLine, type Health, type Supervisor } from "./supervisor.js";

export interface EphemeralOptions {
  /** starts one sandbox session (the spare, or one for a session whose spare failed) */
  start(): Promise<SandboxSession>;
  /** supervises one session's sandbox, starting with `first` */
  supervise(first: SandboxSession): Promise<Supervisor>;
  log(line: string): void;
  /** redaction of an error's text before it is cut to its first line (supervisor.ts) */
  redact?: (text: string) => string;
  /** told whenever the health of any session's sandbox (or the spare's start) changed */
  onChange(): void;
}

export interface EphemeralSandboxes {
  /** the first sandbox (the first session's): its server's capabilities are every sandbox's */
  first: SandboxSession;
  /**
   * A fresh sandbox for a new session: the spare when there is one, else one started now.
   * Releasing the lease destroys it (close() awaits that as well).
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
  const first = await options.start();
  let spare: Promise<SandboxSession | undefined> | undefined = Promise.resolve(first);
  let spareError: string | null = null;
  let closed = false;
  const supervisors = new Set<Supervisor>();
  const releasing = new Set<Promise<void>>();
  /** respawns of sessions that have ended, so the count does not go down */
  let pastRespawns = 0;
  let lastOk = new Date().toISOString();

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

  return {
    first,
    async lease() {
      if (closed) throw new Error("the daemon is stopping");
      const taken = spare;
      spare = startSpare();
      // A spare that died while it waited is respawned at once by its supervisor (it watches the
      // sandbox's exit), so it needs no check here.
      const session = (await taken) ?? (await options.start());
      if (closed) {
        await session.close().catch(() => {});
        throw new Error("the daemon is stopping");
      }
      const supervisor = await options.supervise(session);
      supervisors.add(supervisor);
      options.log(`ephemeral: sandbox ${session.sandbox.id} for a new session`);
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
