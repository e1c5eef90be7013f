import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  createRelayServer
} from "./chunk-PK43HFFK.js";
import "./chunk-4I2L7HZZ.js";
import "./chunk-PH7WUHB3.js";
import "./chunk-P5QM3I6Y.js";
import "./chunk-YJCMN2RT.js";
import "./chunk-SMSWNY2J.js";
export {
  createRelayServer
};
