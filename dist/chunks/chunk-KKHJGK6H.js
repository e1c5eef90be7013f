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
  CLIENT_CA_ENV: () => CLIENT_CA_ENV,
  CLIENT_CA_STDIN_FLAG: () => CLIENT_CA_STDIN_FLAG,
  readServerCa: () => readServerCa
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var CLIENT_CA_ENV = "SANDBOX_MCP_CLIENT_CA", CLIENT_CA_STDIN_FLAG = "--client-ca-stdin", BEGIN_SERVER_CA = "---BEGIN SANDBOX-ACTION SERVER CA---", END_SERVER_CA = "---END SANDBOX-ACTION SERVER CA---";
function validateCaPem(pem, what) {
  let cert;
  try {
    cert = new (process.getBuiltinModule("node:crypto")).X509Certificate(pem);
  } catch (error) {
    throw new Error(`${what} is not a valid PEM certificate: ${error.message}`);
  }
  if (!cert.ca) throw new Error(`${what} is not a CA certificate`);
  return `${pem.trim()}
`;
}
var ServerCaTimeoutError = class extends Error {
};
function readServerCa(stream, options) {
  return new Promise((resolve, reject) => {
    let buffered = "", block, settled = !1, finish = (error, pem) => {
      settled || (settled = !0, clearTimeout(timer), stream.off("data", onData), stream.off("end", onEnd), stream.off("error", onError), error ? reject(error) : resolve(pem));
    }, onLine = (line) => {
      let trimmed = line.trim();
      if (block === void 0) {
        trimmed === BEGIN_SERVER_CA ? block = [] : trimmed && options.onOtherLine?.(line);
        return;
      }
      if (trimmed !== END_SERVER_CA) {
        block.push(trimmed);
        return;
      }
      try {
        finish(void 0, validateCaPem(block.join(`
`), "the server's CA"));
      } catch (error) {
        finish(error);
      }
    }, onData = (chunk) => {
      buffered += chunk.toString();
      for (let nl = buffered.indexOf(`
`); nl >= 0 && !settled; nl = buffered.indexOf(`
`)) {
        let line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1), onLine(line);
      }
      buffered.length > 1 << 20 && finish(new Error("the server printed an over-long line before its CA"));
    }, onEnd = () => finish(new Error("the server's output ended before it printed its CA")), onError = (error) => finish(error), timer = setTimeout(
      () => finish(new ServerCaTimeoutError(`the server did not print its CA within ${options.timeoutMs} ms`)),
      options.timeoutMs
    );
    stream.on("data", onData), stream.on("end", onEnd), stream.on("error", onError), options.abort?.then(
      () => finish(new Error("the sandbox exited before the server printed its CA")),
      (error) => finish(error)
    );
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CLIENT_CA_ENV,
  CLIENT_CA_STDIN_FLAG,
  readServerCa
});
