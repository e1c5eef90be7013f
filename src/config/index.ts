export * from "./options.js";
export * from "./resolve.js";
export * from "./units.js";
