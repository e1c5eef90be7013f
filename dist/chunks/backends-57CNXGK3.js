import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
} from "./chunk-DBLS7TOR.js";
import "./chunk-XFA5WO4Q.js";
export {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
};
