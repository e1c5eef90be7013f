var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  connectAgent: () => connectAgent
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_54RLGO4C = require("./chunk-54RLGO4C.js"), import_chunk_RXVTIGQ6 = require("./chunk-RXVTIGQ6.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function connectAgent(state) {
  let transport = new import_chunk_54RLGO4C.StreamableHTTPClientTransport(new URL(state.mcp_url), {
    requestInit: { headers: { authorization: `Bearer ${state.mcp_token}` } }
  }), client = new import_chunk_54RLGO4C.Client(
    { name: "sandbox-action-cli", version: import_chunk_TKZAGHXL.VERSION },
    { capabilities: {}, jsonSchemaValidator: import_chunk_RXVTIGQ6.acceptStructuredContent }
  );
  return await client.connect(transport), {
    client,
    async close() {
      await transport.terminateSession().catch(() => {
      }), await client.close().catch(() => {
      });
    }
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  connectAgent
});
