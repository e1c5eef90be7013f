var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: !0 });
}, __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
)), __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: !0 }), mod);
var stdin_exports = {};
__export(stdin_exports, {
  execRunner: () => execRunner,
  prepareRunnerHost: () => prepareRunnerHost
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_BPPS7NDN = require("./chunk-BPPS7NDN.js"), import_chunk_2F33FVAQ = require("./chunk-2F33FVAQ.js"), import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
var execRunner = async (command, args) => {
  try {
    let { exitCode, stdout, stderr } = await (0, import_chunk_BPPS7NDN.getExecOutput)(command, args, {
      silent: !0,
      ignoreReturnCode: !0,
      // as limits.ts runs sudo: sudo's own secure PATH, nothing else of the runner's environment
      env: { PATH: import_chunk_2F33FVAQ.SUDO_PATH }
    });
    return { exitCode, stdout, stderr };
  } catch (error) {
    return { exitCode: 127, stdout: "", stderr: error.message };
  }
};
async function prepareRunnerHost(config) {
  let { prepareHost } = await Promise.resolve().then(() => __toESM(require("./host-prep-5YJLBUF4.js")));
  await prepareHost(
    { backend: config.backend, bestEffortLimits: config.limits.bestEffort === !0 },
    { run: execRunner, log: (line) => (0, import_chunk_BPPS7NDN.info)(line) }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execRunner,
  prepareRunnerHost
});
