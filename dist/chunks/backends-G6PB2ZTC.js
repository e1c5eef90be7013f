import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
} from "./chunk-PCBCL7EI.js";
import "./chunk-NEIF5R2C.js";
export {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
};
