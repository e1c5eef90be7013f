// Notices a sandbox that died under calls in flight. The SDK's client does not fail a request
// whose response stream broke (it reports the break through onerror and keeps waiting for the
// answer until the request's own deadline, which for a long command is many minutes away). So
// while calls are in flight the proxy pings the sandbox, at once after a transport error and on
// an interval otherwise, and when a ping fails every call in flight is aborted as unreachable.
import type { Client } from "@modelcontextprotocol/sdk/client/index.js";

const PING_INTERVAL_MS = 10_000;
/** A live server answers a ping from memory; under heavy load this is still far above its p99. */
const PING_TIMEOUT_MS = 20_000;

export class SandboxUnreachableError extends Error {
  override name = "SandboxUnreachableError";
}

export interface Liveness {
  /** a signal for one upstream call: aborted when `signal` is, or when the sandbox stops answering */
  begin(signal: AbortSignal): { signal: AbortSignal; end(): void };
  close(): void;
}

export function watchLiveness(upstream: Client, log: (line: string) => void): Liveness {
  const inFlight = new Set<AbortController>();
  let probing = false;
  let timer: NodeJS.Timeout | undefined;

  const probe = () => {
    if (probing || inFlight.size === 0) return;
    probing = true;
    upstream.ping({ timeout: PING_TIMEOUT_MS }).then(
      () => {
        probing = false;
      },
      (error: unknown) => {
        probing = false;
        const reason = new SandboxUnreachableError(
          `it did not answer a ping: ${(error as Error)?.message ?? String(error)}`,
        );
        if (inFlight.size > 0)
          log(`the sandbox ${reason.message}; failing ${inFlight.size} call(s) in flight`);
        for (const controller of inFlight) controller.abort(reason);
        inFlight.clear();
      },
    );
  };

  const previousOnError = upstream.onerror;
  upstream.onerror = (error) => {
    previousOnError?.(error);
    probe();
  };

  return {
    begin(signal) {
      const controller = new AbortController();
      const onAbort = () => controller.abort(signal.reason);
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
      inFlight.add(controller);
      timer ??= setInterval(probe, PING_INTERVAL_MS).unref();
      return {
        signal: controller.signal,
        end() {
          signal.removeEventListener("abort", onAbort);
          inFlight.delete(controller);
          if (inFlight.size === 0 && timer) {
            clearInterval(timer);
            timer = undefined;
          }
        },
      };
    },
    close() {
      if (timer) clearInterval(timer);
      timer = undefined;
      upstream.onerror = previousOnError;
    },
  };
}
