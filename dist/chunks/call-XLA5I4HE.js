import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-D7LK3YWD.js";
import "./chunk-XFA5WO4Q.js";
export {
  SandboxUnreachableError,
  callTool
};
