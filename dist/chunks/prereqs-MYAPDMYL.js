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
  checkLocalPrerequisites: () => import_chunk_HPSANAJK.checkLocalPrerequisites,
  limitsCheck: () => import_chunk_HPSANAJK.limitsCheck,
  probeSandboxNamespaces: () => import_chunk_HPSANAJK.probeSandboxNamespaces,
  userNamespaceSysctls: () => import_chunk_HPSANAJK.userNamespaceSysctls
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_HPSANAJK = require("./chunk-HPSANAJK.js"), import_chunk_2F33FVAQ = require("./chunk-2F33FVAQ.js"), import_chunk_QDZUOZR5 = require("./chunk-QDZUOZR5.js"), import_chunk_NNWUDYE2 = require("./chunk-NNWUDYE2.js"), import_chunk_EBKXDVUJ = require("./chunk-EBKXDVUJ.js"), import_chunk_HKKO75SA = require("./chunk-HKKO75SA.js"), import_chunk_GTVJVVCB = require("./chunk-GTVJVVCB.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  checkLocalPrerequisites,
  limitsCheck,
  probeSandboxNamespaces,
  userNamespaceSysctls
});
