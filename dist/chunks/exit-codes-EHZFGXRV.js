import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-T2R4P3PH.js";
import "./chunk-SMSWNY2J.js";
export {
  EXIT
};
