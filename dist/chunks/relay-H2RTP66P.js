import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  createRelayServer
} from "./chunk-FSV5DI2I.js";
import "./chunk-WH2TBTAC.js";
import "./chunk-BKVB7IIB.js";
import "./chunk-YYQ2SC4C.js";
import "./chunk-OXZBO3DO.js";
import "./chunk-NEIF5R2C.js";
export {
  createRelayServer
};
