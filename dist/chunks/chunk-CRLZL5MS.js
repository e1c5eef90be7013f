import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// through-require:node:http
var require_node_http = __commonJS({
  "through-require:node:http"(exports, module) {
    init_web_globals();
    module.exports = __require("node:http");
  }
});

export {
  require_node_http
};
