var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  SandboxUnreachableError: () => SandboxUnreachableError,
  watchLiveness: () => watchLiveness
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
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
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  SandboxUnreachableError,
  watchLiveness
});
