import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  pingDocker
} from "./chunk-4XV2KKU3.js";
import "./chunk-CHGUUCOO.js";
import "./chunk-ZH4TBDGI.js";
import "./chunk-DTRLRIKK.js";
import "./chunk-XFA5WO4Q.js";
export {
  pingDocker
};
