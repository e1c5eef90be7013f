import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  callTool
} from "./chunk-3HCF75FR.js";
import "./chunk-NEIF5R2C.js";
export {
  SandboxUnreachableError,
  callTool
};
