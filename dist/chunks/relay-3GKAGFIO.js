import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  createRelayServer
} from "./chunk-UUWTQOSL.js";
import "./chunk-WH2TBTAC.js";
import "./chunk-OGQFJNQJ.js";
import "./chunk-XARAFL36.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-NEIF5R2C.js";
export {
  createRelayServer
};
