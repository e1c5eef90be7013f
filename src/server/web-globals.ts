// Injected into dist/sandbox-server.js by esbuild (esbuild.config.mjs): every free `Response` in
// that bundle, which is the MCP SDK's transport, becomes the LightResponse (src/http/light-web.ts
// says why).
export { LightResponse as Response } from "../http/light-web.js";
