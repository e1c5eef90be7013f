import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
} from "./chunk-YOCT3WGF.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-NEIF5R2C.js";
export {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
};
