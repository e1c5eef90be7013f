import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  watchLiveness
} from "./chunk-P5QM3I6Y.js";
import "./chunk-SMSWNY2J.js";
export {
  SandboxUnreachableError,
  watchLiveness
};
