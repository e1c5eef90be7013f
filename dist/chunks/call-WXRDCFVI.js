import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-AI47VOUO.js";
import "./chunk-SMSWNY2J.js";
export {
  SandboxUnreachableError,
  callTool
};
