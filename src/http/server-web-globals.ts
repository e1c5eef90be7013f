// Injected into the sandbox server's bundle only, beside web-globals.ts (esbuild.config.mjs): every
// free `ReadableStream` in it, the MCP SDK's transport above all, becomes the light one
// (src/http/light-stream.ts says why, and why not on the host).
export { LightReadableStream as ReadableStream } from "./light-stream.js";
