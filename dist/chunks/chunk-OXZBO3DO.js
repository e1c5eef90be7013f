import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/version.ts
init_web_globals();
var VERSION = "0.1.0";

export {
  VERSION
};
