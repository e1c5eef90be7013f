import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  pingDocker
} from "./chunk-QYIBTH6R.js";
import "./chunk-IOQAXYAD.js";
import "./chunk-J2N5A2XW.js";
import "./chunk-SMSWNY2J.js";
export {
  pingDocker
};
