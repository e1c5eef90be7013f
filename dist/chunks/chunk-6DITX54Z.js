import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/layout.ts
init_web_globals();
var SANDBOX_DIR = "/.sandbox", NODE_DIR = `${SANDBOX_DIR}/bin`, NODE_INSIDE = `${NODE_DIR}/node`, SCRIPT_INSIDE = `${SANDBOX_DIR}/server.js`, CODE_CACHE_INSIDE = `${SANDBOX_DIR}/server.v8cache`, CODE_CACHE_ENV = "SANDBOX_SERVER_CODE_CACHE", RUN_INSIDE = `${SANDBOX_DIR}/run`, SOCKET_NAME = "server.sock", LISTEN_ADDRESS = `unix:${RUN_INSIDE}/${SOCKET_NAME}`, WORKSPACE_INSIDE = "/workspace", SANDBOX_UID = 1e3, SANDBOX_GID = 1e3, SANDBOX_HOSTNAME = "sandbox", EGRESS_DIR_INSIDE = `${SANDBOX_DIR}/egress`, EGRESS_SOCKET_NAME = "egress.sock", EGRESS_PROXY_ADDRESS = "127.0.0.1:3128";

export {
  NODE_DIR,
  NODE_INSIDE,
  SCRIPT_INSIDE,
  CODE_CACHE_INSIDE,
  CODE_CACHE_ENV,
  RUN_INSIDE,
  SOCKET_NAME,
  LISTEN_ADDRESS,
  WORKSPACE_INSIDE,
  SANDBOX_UID,
  SANDBOX_GID,
  SANDBOX_HOSTNAME,
  EGRESS_DIR_INSIDE,
  EGRESS_SOCKET_NAME,
  EGRESS_PROXY_ADDRESS
};
