// The egress proxy for `network: allowlist` (see docs/adr/0006-egress-allowlist.md).
export { classify, parseIp, parseRange } from "./address.js";
export { AllowlistError, DEFAULT_PORTS, parseAllowlist, parseEntry } from "./allowlist.js";
export type { EgressDecision } from "./decision.js";
export type { ResolveOverride } from "./policy.js";
export { type EgressProxy, type EgressProxyOptions, startEgressProxy } from "./proxy.js";
