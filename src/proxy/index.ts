// The host-side MCP proxy: what an agent connects to instead of the sandbox.
export {
  type McpProxy,
  type ProxyOptions,
  type ProxyStats,
  startProxy,
  type UpstreamLease,
} from "./proxy.js";
export { newToken } from "./token.js";
