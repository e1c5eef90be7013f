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
  createChannelAgent: () => createChannelAgent,
  openTlsChannel: () => openTlsChannel,
  warmUpTls: () => warmUpTls
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_FH7W7LPR = require("./chunk-FH7W7LPR.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_http = __toESM(require("node:http")), import_node_tls = __toESM(require("node:tls"));
(0, import_chunk_WE6FURZE.init_web_globals)(), (0, import_chunk_WE6FURZE.init_web_globals)();
function clientTlsOptions(own, serverCaPem) {
  return {
    key: own.keyPem,
    cert: own.certPem,
    ca: [serverCaPem],
    servername: import_chunk_FH7W7LPR.SERVER_NAME,
    rejectUnauthorized: !0,
    minVersion: "TLSv1.3"
  };
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function createChannelAgent(connect) {
  let agent = new import_node_http.default.Agent({ keepAlive: !0, keepAliveMsecs: 3e4, maxFreeSockets: 8 });
  return agent.createConnection = (_options, callback) => {
    connect().then(
      (socket) => callback(null, socket),
      (error) => callback(error)
    );
  }, agent;
}
(0, import_chunk_WE6FURZE.init_web_globals)();
function warmUpTls(identity) {
  import_node_tls.default.createSecureContext({ key: identity.keyPem, cert: identity.certPem });
}
async function openTlsChannel(options) {
  let serverCaPem = await options.serverCaPem, stream = await options.openChannel();
  return new Promise((resolve, reject) => {
    let socket = import_node_tls.default.connect({
      ...clientTlsOptions(options.identity, serverCaPem),
      socket: stream
    }), timer = setTimeout(() => {
      socket.destroy(), reject(
        new Error(`TLS handshake with the sandbox did not finish within ${options.handshakeTimeoutMs} ms`)
      );
    }, options.handshakeTimeoutMs ?? 1e4);
    socket.once("secureConnect", () => {
      clearTimeout(timer), socket.removeListener("error", onError), resolve(socket);
    });
    let onError = (error) => {
      clearTimeout(timer), stream.destroy(), reject(new Error(`TLS handshake with the sandbox failed: ${error.message}`, { cause: error }));
    };
    socket.once("error", onError);
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  createChannelAgent,
  openTlsChannel,
  warmUpTls
});
