export * from "./exchange.js";
export * from "./identity.js";
export * from "./tls-options.js";
