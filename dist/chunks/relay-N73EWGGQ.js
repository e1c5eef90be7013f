import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  createRelayServer
} from "./chunk-ES37JMKQ.js";
import "./chunk-L276EI2E.js";
import "./chunk-LWJWAIV3.js";
import "./chunk-AXHABRHF.js";
import "./chunk-IKBRVDTA.js";
import "./chunk-XFA5WO4Q.js";
export {
  createRelayServer
};
