import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  connectAgent
} from "./chunk-XC6D2QPS.js";
import "./chunk-NBD2ONXC.js";
import "./chunk-LEGKTWYF.js";
import "./chunk-OGQFJNQJ.js";
import "./chunk-XARAFL36.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-NEIF5R2C.js";
export {
  connectAgent
};
