import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  REQUEST_TIMEOUT_CODE,
  SandboxUnreachableError,
  callTool
} from "./chunk-EN6DPMF3.js";
import "./chunk-NEIF5R2C.js";
export {
  REQUEST_TIMEOUT_CODE,
  SandboxUnreachableError,
  callTool
};
