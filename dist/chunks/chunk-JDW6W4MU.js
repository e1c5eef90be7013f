import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/node-http.ts
init_web_globals();
import { createRequire } from "node:module";
var http = createRequire(import.meta.url)("node:http");

export {
  http
};
