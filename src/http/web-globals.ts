// Injected into both bundles by esbuild (esbuild.config.mjs): every free `Headers` and `Response`
// in them, the MCP SDK's transports above all, becomes the light class (src/http/light-web.ts
// says why). Sources run under the tests keep Node's own.
export { LightHeaders as Headers, LightResponse as Response } from "./light-web.js";
