export { createLocalBackend, type LocalBackendOptions } from "./backend.js";
export { checkLocalPrerequisites, type PrereqCheck, type PrereqOptions } from "./prereqs.js";
export type { LocalSandbox } from "./sandbox.js";
