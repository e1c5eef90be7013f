import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  EXIT
} from "./chunk-2NONYHRL.js";
import "./chunk-XFA5WO4Q.js";
export {
  EXIT
};
