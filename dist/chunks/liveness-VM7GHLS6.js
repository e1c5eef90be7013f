import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  watchLiveness
} from "./chunk-AXHABRHF.js";
import "./chunk-XFA5WO4Q.js";
export {
  SandboxUnreachableError,
  watchLiveness
};
