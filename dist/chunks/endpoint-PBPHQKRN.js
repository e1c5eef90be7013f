import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
} from "./chunk-IOQAXYAD.js";
import "./chunk-J2N5A2XW.js";
import "./chunk-SMSWNY2J.js";
export {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
};
