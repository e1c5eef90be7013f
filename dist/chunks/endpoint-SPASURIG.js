import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
} from "./chunk-EN24YJSC.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import "./chunk-NEIF5R2C.js";
export {
  DEFAULT_DOCKER_SOCKET,
  describeEndpoint,
  openSocket,
  resolveDockerEndpoint
};
