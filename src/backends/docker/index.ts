export { createDockerBackend, DEFAULT_IMAGE, type DockerBackendOptions } from "./backend.js";
export { checkDockerPrerequisites } from "./prereqs.js";
export type { DockerSandbox } from "./sandbox.js";
