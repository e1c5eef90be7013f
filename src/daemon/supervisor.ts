// Owns the daemon's one sandbox session (mode persistent): a health check on an interval (a
// tools/list to the server inside, with a deadline); after `respawnThreshold` consecutive failures,
// or at once when the sandbox itself exits, the session is destroyed and a new one started with the
// same configuration and run id, up to `maxRespawns` times; after that the sandbox is failed for
// good and every call fails at once with the reason. Calls that arrive during a respawn wait for
// it, within a bound.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";
import type { SandboxSession } from "../host/session.js";

export interface Health {
  healthy: boolean;
  /** running: serving; respawning: a new sandbox is on its way; failed: given up for good */
  state: "running" | "respawning" | "failed";
  consecutive_ok: number;
  consecutive_failures: number;
  /** ISO time of the last successful check (or start) */
  last_ok: string | null;
  last_error: string | null;
  /** respawn attempts so far (successful or not) */
  respawns: number;
}

export interface SupervisorOptions {
  /** starts one session; `attempt` is 0 for the first, n for the n-th respawn */
  start(attempt: number): Promise<SandboxSession>;
  intervalMs: number;
  timeoutMs: number;
  respawnThreshold: number;
  maxRespawns: number;
  /** how long a call arriving during a respawn waits for it */
  waitMs: number;
  log?: (line: string) => void;
  /**
   * Redaction of an error's text (the run's secrets): applied to the whole message before it is
   * cut to its first line, since a cut encoded secret is no longer recognisable.
   */
  redact?: (text: string) => string;
  /** told on every change of the health record (and of the session) */
  onChange?: (health: Health, session: SandboxSession | undefined) => void;
}

export class SandboxUnavailableError extends Error {
  override name = "SandboxUnavailableError";
}

export interface Supervisor {
  /** the session now (undefined while respawning or after giving up) */
  current(): SandboxSession | undefined;
  /** the client to use now: waits for a respawn within the bound, rejects at once after giving up */
  acquire(): Promise<Client>;
  health(): Health;
  /** settles with the reason when a session's TTL fired (the daemon then stops) */
  expired: Promise<string>;
  /** settles with the reason when the supervisor gave up */
  failed: Promise<string>;
  close(): Promise<void>;
}

/** SIGTERM to SIGKILL for a sandbox being replaced: it already failed its checks. */
const TEARDOWN_GRACE_MS = 1_000;
/** How long a respawn waits for the old sandbox's teardown before it starts the new one. */
const TEARDOWN_WAIT_MS = 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** An error's first line, redacted whole first. */
export function errorLine(error: unknown, redact: (text: string) => string = (text) => text): string {
  return redact((error as Error)?.message ?? String(error)).split("\n")[0] ?? "";
}

export async function startSupervisor(options: SupervisorOptions): Promise<Supervisor> {
  const log = options.log ?? (() => {});
  const message = (error: unknown) => errorLine(error, options.redact);
  let session: SandboxSession | undefined = await options.start(0);
  const health: Health = {
    healthy: true,
    state: "running",
    consecutive_ok: 1,
    consecutive_failures: 0,
    last_ok: new Date().toISOString(),
    last_error: null,
    respawns: 0,
  };
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let respawning: Promise<void> | undefined;
  const teardowns = new Set<Promise<void>>();
  let failure: string | undefined;
  let resolveExpired: (reason: string) => void = () => {};
  const expired = new Promise<string>((resolve) => {
    resolveExpired = resolve;
  });
  let resolveFailed: (reason: string) => void = () => {};
  const failed = new Promise<string>((resolve) => {
    resolveFailed = resolve;
  });

  const changed = () => {
    try {
      options.onChange?.({ ...health }, session);
    } catch (error) {
      log(`health: recording the change failed: ${message(error)}`);
    }
  };

  const watch = (watched: SandboxSession) => {
    watched.expired.then((reason) => {
      if (closed || watched !== session) return;
      // The TTL ends the job's sandbox for good: no respawn, calls fail with the reason.
      failure = reason;
      clearTimeout(timer);
      resolveExpired(reason);
    });
    watched.sandbox.exited.then((exit) => {
      if (closed || failure || watched !== session) return;
      fail(`the sandbox exited (${JSON.stringify(exit)})`);
      void respawn();
    });
  };

  const fail = (error: string) => {
    health.healthy = false;
    health.consecutive_ok = 0;
    health.consecutive_failures++;
    health.last_error = error;
    log(`health: check failed (${health.consecutive_failures} in a row): ${error}`);
    changed();
  };

  const giveUp = (reason: string) => {
    failure = reason;
    health.healthy = false;
    health.state = "failed";
    health.last_error = reason;
    log(`health: ${reason}`);
    changed();
    resolveFailed(reason);
  };

  const respawn = (): Promise<void> => {
    respawning ??= (async () => {
      clearTimeout(timer);
      const old = session;
      session = undefined;
      health.state = "respawning";
      changed();
      if (old) {
        // The sandbox first, briefly graceful: a frozen server would hold up the MCP session's
        // goodbye. Waited for within a bound; close() waits for the rest.
        const teardown = (async () => {
          await old.sandbox.destroy(TEARDOWN_GRACE_MS).catch(() => {});
          await old.close();
        })().catch((error: unknown) => log(`health: tearing down the old sandbox: ${message(error)}`));
        teardowns.add(teardown);
        void teardown.finally(() => teardowns.delete(teardown));
        await Promise.race([teardown, sleep(TEARDOWN_WAIT_MS)]);
      }
      let lastError = health.last_error ?? "unhealthy";
      while (!closed) {
        if (health.respawns >= options.maxRespawns) {
          giveUp(
            `the sandbox failed for good after ${health.respawns} respawn(s) (max-respawns ${options.maxRespawns}); last error: ${lastError}`,
          );
          return;
        }
        health.respawns++;
        log(`health: respawning the sandbox (attempt ${health.respawns} of ${options.maxRespawns})`);
        changed();
        try {
          const next = await options.start(health.respawns);
          if (closed) {
            await next.close().catch(() => {});
            return;
          }
          session = next;
          health.healthy = true;
          health.state = "running";
          health.consecutive_ok = 1;
          health.consecutive_failures = 0;
          health.last_ok = new Date().toISOString();
          health.last_error = null;
          log(`health: respawned, sandbox ${next.sandbox.id}`);
          watch(next);
          changed();
          schedule();
          return;
        } catch (error) {
          lastError = `respawn failed: ${message(error)}`;
          health.last_error = lastError;
          log(`health: ${lastError}`);
          changed();
        }
      }
    })().finally(() => {
      respawning = undefined;
    });
    return respawning;
  };

  const check = async () => {
    const checked = session;
    if (closed || failure || !checked || respawning) return;
    try {
      await checked.client.listTools(undefined, { timeout: options.timeoutMs });
      if (closed || checked !== session) return;
      const wasHealthy = health.healthy;
      health.healthy = true;
      health.consecutive_ok++;
      health.consecutive_failures = 0;
      health.last_ok = new Date().toISOString();
      health.last_error = null;
      // Each success is a change, but the record is written at most once per state change plus
      // once per check: cheap (a small file), and status shows a fresh last_ok.
      if (!wasHealthy) log("health: the sandbox answers again");
      changed();
    } catch (error) {
      if (closed || failure || checked !== session) return;
      fail(message(error));
      if (health.consecutive_failures >= options.respawnThreshold) {
        void respawn();
        return;
      }
    }
    schedule();
  };

  const schedule = () => {
    if (closed || failure) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), options.intervalMs);
    timer.unref();
  };

  watch(session);
  changed();
  schedule();

  return {
    current: () => session,
    health: () => ({ ...health }),
    expired,
    failed,
    async acquire() {
      if (closed) throw new SandboxUnavailableError("the daemon is stopping");
      if (failure) throw new SandboxUnavailableError(failure);
      if (session) return session.client;
      const pending = respawning;
      if (pending) {
        let timeout: NodeJS.Timeout | undefined;
        const waited = await Promise.race([
          pending.then(() => true),
          new Promise<false>((resolve) => {
            timeout = setTimeout(() => resolve(false), options.waitMs);
          }),
        ]);
        clearTimeout(timeout);
        // read again: the respawn changed them while this call waited
        const [reason, now] = [failure as string | undefined, session as SandboxSession | undefined];
        if (reason) throw new SandboxUnavailableError(reason);
        if (now) return now.client;
        if (!waited) {
          throw new SandboxUnavailableError(
            `the sandbox is being respawned (attempt ${health.respawns} of ${options.maxRespawns}) and was not back within ${options.waitMs} ms; try again`,
          );
        }
      }
      throw new SandboxUnavailableError(health.last_error ?? "the sandbox is not available");
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await respawning?.catch(() => {});
      const last = session;
      session = undefined;
      await Promise.allSettled([last?.close(), ...teardowns]);
    },
  };
}
