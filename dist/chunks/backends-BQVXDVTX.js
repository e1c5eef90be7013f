import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
} from "./chunk-QUXMQGRI.js";
import "./chunk-SMSWNY2J.js";
export {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
};
