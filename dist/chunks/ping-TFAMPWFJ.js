import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  pingDocker
} from "./chunk-4KEW4PII.js";
import "./chunk-CRLZL5MS.js";
import "./chunk-EN24YJSC.js";
import "./chunk-K7RVUPPP.js";
import "./chunk-2E5UXECN.js";
import "./chunk-NEIF5R2C.js";
export {
  pingDocker
};
