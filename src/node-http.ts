// node:http, loaded with require. An ESM import of it builds a namespace of every export, and
// reading those runs the lazy getters that load Node's bundled undici (WebSocket and friends):
// ~45 ms of start-up for nothing we use (8 ms this way; measured on Node 24.21).
import { createRequire } from "node:module";

export const http: typeof import("node:http") = createRequire(import.meta.url)("node:http");
