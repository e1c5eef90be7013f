import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-Z4OURAKK.js";
import "./chunk-B2CBDGUC.js";
import "./chunk-FSK2TKBP.js";
import "./chunk-4I2L7HZZ.js";
import "./chunk-PH7WUHB3.js";
import "./chunk-YJCMN2RT.js";
import "./chunk-SMSWNY2J.js";
export {
  connectAgent
};
