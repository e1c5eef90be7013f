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
  execute: () => execute
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_CLFXF4LG = require("./chunk-CLFXF4LG.js"), import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
function nodeCheck() {
  let [major = 0, minor = 0] = process.versions.node.split(".").map(Number), ok = major > 22 || major === 22 && minor >= 19;
  return {
    name: "node",
    ok,
    detail: `Node ${process.versions.node} (needs >= 22.19)`,
    ...ok ? {} : { fix: "install Node 24 (scripts/setup.sh does it from the npm registry)" }
  };
}
async function execute(args, io) {
  let [{ checkLocalPrerequisites }, { checkDockerPrerequisites }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./local-GPJKGZ23.js"))),
    Promise.resolve().then(() => __toESM(require("./docker-J5BVAE2S.js")))
  ]), [local, docker] = await Promise.all([checkLocalPrerequisites(), checkDockerPrerequisites()]), sections = [
    { backend: "host", checks: [nodeCheck()] },
    { backend: "local", checks: local },
    { backend: "docker", checks: docker }
  ], passes = (name) => sections.find((section) => section.backend === name)?.checks.every((check) => check.ok) === !0, ok = passes("host") && passes("local"), dockerOk = passes("docker");
  if (args.flags.json === !0)
    io.stdout.write(`${JSON.stringify({ ok, docker_ok: dockerOk, sections }, null, 2)}
`);
  else {
    for (let section of sections) {
      io.stdout.write(`${section.backend}
`);
      for (let check of section.checks)
        io.stdout.write(`  ${check.ok ? "ok  " : "FAIL"} ${check.name}: ${check.detail}
`), !check.ok && check.fix && io.stdout.write(`       fix: ${check.fix}
`);
    }
    io.stdout.write(
      ok ? `The local backend can run here.
` : `The local backend cannot run here; see the fixes above.
`
    ), io.stdout.write(
      dockerOk ? `The docker backend can run here.
` : `The docker backend cannot run here (it is optional).
`
    );
  }
  return ok ? import_chunk_CLFXF4LG.EXIT.ok : import_chunk_CLFXF4LG.EXIT.sandbox;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  execute
});
