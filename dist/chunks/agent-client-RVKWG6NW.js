import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-YXGTD6FT.js";
import "./chunk-Y6GTCIUS.js";
import "./chunk-LEGKTWYF.js";
import "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-NEIF5R2C.js";
export {
  connectAgent
};
