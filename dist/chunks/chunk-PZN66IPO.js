import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/compare.ts
init_web_globals();
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  byCodeUnit
};
