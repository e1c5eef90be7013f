import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-UWBDPGLD.js";
import "./chunk-3Z5GN3QN.js";
import "./chunk-IRIQ5WSZ.js";
import "./chunk-YJCMN2RT.js";
import "./chunk-SMSWNY2J.js";
export {
  connectAgent
};
