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
  execute: () => execute
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_IMYLTVHO = require("./chunk-IMYLTVHO.js"), import_chunk_7MLZIWEW = require("./chunk-7MLZIWEW.js"), import_chunk_X2S6FJ5P = require("./chunk-X2S6FJ5P.js"), import_chunk_AO5665RP = require("./chunk-AO5665RP.js"), import_chunk_XN3HXDLK = require("./chunk-XN3HXDLK.js"), import_chunk_L35A4DH3 = require("./chunk-L35A4DH3.js"), import_chunk_KKHJGK6H = require("./chunk-KKHJGK6H.js"), import_chunk_6KESFPFJ = require("./chunk-6KESFPFJ.js"), import_chunk_4EX4ZYXA = require("./chunk-4EX4ZYXA.js"), import_chunk_TKZAGHXL = require("./chunk-TKZAGHXL.js"), import_chunk_QQHNKEZU = require("./chunk-QQHNKEZU.js"), import_chunk_A4M7HLL7 = require("./chunk-A4M7HLL7.js"), import_chunk_X4JXATLK = require("./chunk-X4JXATLK.js"), import_chunk_E2HATPM4 = require("./chunk-E2HATPM4.js"), import_chunk_FXMSNCWT = require("./chunk-FXMSNCWT.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js"), import_node_path = require("node:path");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function execute(args, io) {
  let { state, "audit-log": audit, "log-file": log } = args.flags;
  if (typeof state != "string" || typeof audit != "string" || typeof log != "string")
    throw new import_chunk_X2S6FJ5P.ConfigError("daemon needs --state, --audit-log and --log-file (it is started by `up`)");
  let secretText = process.env[import_chunk_IMYLTVHO.SECRET_OPTIONS_ENV];
  delete process.env[import_chunk_IMYLTVHO.SECRET_OPTIONS_ENV];
  let secretOptions = {};
  if (secretText)
    try {
      secretOptions = JSON.parse(secretText);
    } catch {
      throw new import_chunk_X2S6FJ5P.ConfigError(`daemon: ${import_chunk_IMYLTVHO.SECRET_OPTIONS_ENV} is not JSON`);
    }
  let config = (0, import_chunk_X2S6FJ5P.resolveConfig)({ ...args.options, ...secretOptions }, { cwd: io.cwd });
  return (0, import_chunk_IMYLTVHO.runDaemon)(config, {
    state: (0, import_node_path.resolve)(io.cwd, state),
    audit: (0, import_node_path.resolve)(io.cwd, audit),
    log: (0, import_node_path.resolve)(io.cwd, log)
  });
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
