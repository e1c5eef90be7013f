import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);

// src/node-http.ts
import { createRequire } from "node:module";
var http = createRequire(import.meta.url)("node:http");

export {
  http
};
