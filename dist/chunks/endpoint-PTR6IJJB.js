import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
} from "./chunk-6VJ6AX6V.js";
import "./chunk-X6LR5QU5.js";
import "./chunk-SMSWNY2J.js";
export {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
};
