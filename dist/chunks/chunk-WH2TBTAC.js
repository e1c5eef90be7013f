import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/proxy/liveness.ts
init_web_globals();
var SandboxUnreachableError = class extends Error {
  name = "SandboxUnreachableError";
};
function watchLiveness(upstream, log) {
  let inFlight = /* @__PURE__ */ new Set(), probing = !1, timer, probe = () => {
    probing || inFlight.size === 0 || (probing = !0, upstream.ping({ timeout: 2e4 }).then(
      () => {
        probing = !1;
      },
      (error) => {
        probing = !1;
        let reason = new SandboxUnreachableError(
          `it did not answer a ping: ${error?.message ?? String(error)}`
        );
        inFlight.size > 0 && log(`the sandbox ${reason.message}; failing ${inFlight.size} call(s) in flight`);
        for (let controller of inFlight) controller.abort(reason);
        inFlight.clear();
      }
    ));
  }, previousOnError = upstream.onerror;
  return upstream.onerror = (error) => {
    previousOnError?.(error), probe();
  }, {
    begin(signal) {
      let controller = new AbortController(), onAbort = () => controller.abort(signal.reason);
      return signal.aborted ? onAbort() : signal.addEventListener("abort", onAbort, { once: !0 }), inFlight.add(controller), timer ??= setInterval(probe, 1e4).unref(), {
        signal: controller.signal,
        end() {
          signal.removeEventListener("abort", onAbort), inFlight.delete(controller), inFlight.size === 0 && timer && (clearInterval(timer), timer = void 0);
        }
      };
    },
    close() {
      timer && clearInterval(timer), timer = void 0, upstream.onerror = previousOnError;
    }
  };
}

export {
  SandboxUnreachableError,
  watchLiveness
};
