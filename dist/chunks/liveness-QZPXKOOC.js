import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  SandboxUnreachableError,
  watchLiveness
} from "./chunk-WH2TBTAC.js";
import "./chunk-NEIF5R2C.js";
export {
  SandboxUnreachableError,
  watchLiveness
};
