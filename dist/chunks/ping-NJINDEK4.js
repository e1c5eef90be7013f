import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  pingDocker
} from "./chunk-VAGVPOXA.js";
import "./chunk-JDW6W4MU.js";
import "./chunk-YOCT3WGF.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-NEIF5R2C.js";
export {
  pingDocker
};
