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
  CODE_CACHE_ENV: () => CODE_CACHE_ENV,
  CODE_CACHE_INSIDE: () => CODE_CACHE_INSIDE,
  EGRESS_DIR_INSIDE: () => EGRESS_DIR_INSIDE,
  EGRESS_PROXY_ADDRESS: () => EGRESS_PROXY_ADDRESS,
  EGRESS_SOCKET_NAME: () => EGRESS_SOCKET_NAME,
  LINK_ADDRESS: () => LINK_ADDRESS,
  LINK_DIR_INSIDE: () => LINK_DIR_INSIDE,
  LISTEN_ADDRESS: () => LISTEN_ADDRESS,
  NODE_DIR: () => NODE_DIR,
  NODE_INSIDE: () => NODE_INSIDE,
  RUNNER_FLAG: () => RUNNER_FLAG,
  RUN_INSIDE: () => RUN_INSIDE,
  SANDBOX_GID: () => SANDBOX_GID,
  SANDBOX_HOSTNAME: () => SANDBOX_HOSTNAME,
  SANDBOX_UID: () => SANDBOX_UID,
  SCRIPT_INSIDE: () => SCRIPT_INSIDE,
  SERVER_NODE_FLAGS: () => SERVER_NODE_FLAGS,
  SOCKET_NAME: () => SOCKET_NAME,
  WORKSPACE_INSIDE: () => WORKSPACE_INSIDE
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var SANDBOX_DIR = "/.sandbox", NODE_DIR = `${SANDBOX_DIR}/bin`, NODE_INSIDE = `${NODE_DIR}/node`, SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`, SERVER_NODE_FLAGS = ["--v8-pool-size=1"], CODE_CACHE_INSIDE = `${SANDBOX_DIR}/server.v8cache`, CODE_CACHE_ENV = "SANDBOX_SERVER_CODE_CACHE", RUN_INSIDE = `${SANDBOX_DIR}/run`, SOCKET_NAME = "server.sock", LISTEN_ADDRESS = `unix:${RUN_INSIDE}/${SOCKET_NAME}`, LINK_DIR_INSIDE = `${SANDBOX_DIR}/link`, LINK_SOCKET_NAME = "runner.sock", LINK_ADDRESS = `unix:${LINK_DIR_INSIDE}/${LINK_SOCKET_NAME}`, RUNNER_FLAG = "--runner", WORKSPACE_INSIDE = "/workspace", SANDBOX_UID = 1e3, SANDBOX_GID = 1e3, SANDBOX_HOSTNAME = "sandbox", EGRESS_DIR_INSIDE = `${SANDBOX_DIR}/egress`, EGRESS_SOCKET_NAME = "egress.sock", EGRESS_PROXY_ADDRESS = "127.0.0.1:3128";
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CODE_CACHE_ENV,
  CODE_CACHE_INSIDE,
  EGRESS_DIR_INSIDE,
  EGRESS_PROXY_ADDRESS,
  EGRESS_SOCKET_NAME,
  LINK_ADDRESS,
  LINK_DIR_INSIDE,
  LISTEN_ADDRESS,
  NODE_DIR,
  NODE_INSIDE,
  RUNNER_FLAG,
  RUN_INSIDE,
  SANDBOX_GID,
  SANDBOX_HOSTNAME,
  SANDBOX_UID,
  SCRIPT_INSIDE,
  SERVER_NODE_FLAGS,
  SOCKET_NAME,
  WORKSPACE_INSIDE
});
