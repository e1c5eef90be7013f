import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-LWUFNTYP.js";
import "./chunk-NEIF5R2C.js";
export {
  EXIT
};
