import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-YIZLW4OY.js";
import "./chunk-XWBXBK3K.js";
import "./chunk-OZGB3KBG.js";
import "./chunk-L276EI2E.js";
import "./chunk-LWJWAIV3.js";
import "./chunk-IKBRVDTA.js";
import "./chunk-XFA5WO4Q.js";
export {
  connectAgent
};
