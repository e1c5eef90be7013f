import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/cli/exit-codes.ts
init_web_globals();
var EXIT = {
  ok: 0,
  /** a call returned isError */
  callFailed: 1,
  /** usage or configuration error, including an unknown tool in a calls file */
  usage: 2,
  /** sandbox provisioning or runtime failure */
  sandbox: 3
};

export {
  EXIT
};
