import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  clientTlsOptions
} from "./chunk-VXV7UUND.js";
import {
  require_node_http
} from "./chunk-CRLZL5MS.js";
import {
  __toESM,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/host/channel-agent.ts
init_web_globals();
var import_node_http = __toESM(require_node_http(), 1);
function createChannelAgent(connect) {
  let agent = new import_node_http.default.Agent({ keepAlive: !0, keepAliveMsecs: 3e4, maxFreeSockets: 8 });
  return agent.createConnection = (_options, callback) => {
    connect().then(
      (socket) => callback(null, socket),
      (error) => callback(error)
    );
  }, agent;
}

// src/host/tls-channel.ts
init_web_globals();
import tls from "node:tls";
function warmUpTls(identity) {
  tls.createSecureContext({ key: identity.keyPem, cert: identity.certPem });
}
async function openTlsChannel(options) {
  let serverCaPem = await options.serverCaPem, stream = await options.openChannel();
  return new Promise((resolve, reject) => {
    let socket = tls.connect({
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

export {
  createChannelAgent,
  warmUpTls,
  openTlsChannel
};
