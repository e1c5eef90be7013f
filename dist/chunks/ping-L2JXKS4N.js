import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  pingDocker
} from "./chunk-LAOPSSES.js";
import "./chunk-UMLWR5QF.js";
import "./chunk-6VJ6AX6V.js";
import "./chunk-X6LR5QU5.js";
import "./chunk-SMSWNY2J.js";
export {
  pingDocker
};
