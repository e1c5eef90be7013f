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
  backendsToReap: () => backendsToReap,
  loadBackend: () => loadBackend,
  openBackend: () => openBackend,
  selectBackend: () => selectBackend
});
module.exports = __toCommonJS(stdin_exports);
var import_chunk_WE6FURZE = require("./chunk-WE6FURZE.js");
(0, import_chunk_WE6FURZE.init_web_globals)();
async function loadBackend(name) {
  switch (name) {
    case "local": {
      let { createLocalBackend } = await Promise.resolve().then(() => __toESM(require("./local-GPJKGZ23.js")));
      return createLocalBackend();
    }
    case "docker": {
      let { createDockerBackend } = await Promise.resolve().then(() => __toESM(require("./docker-J5BVAE2S.js")));
      return createDockerBackend();
    }
    default:
      throw new Error(`backend ${name} is not available in this version`);
  }
}
var AUTO_PING_TIMEOUT_MS = 1e3;
async function selectBackend(choice, env = process.env) {
  if (choice !== "auto") return { name: choice, reason: `${choice}: chosen by configuration` };
  let [{ describeEndpoint, resolveDockerEndpoint }, { pingDocker }] = await Promise.all([
    Promise.resolve().then(() => __toESM(require("./endpoint-CT5YAW3J.js"))),
    Promise.resolve().then(() => __toESM(require("./ping-QACX3EPT.js")))
  ]), endpoint;
  try {
    endpoint = resolveDockerEndpoint(env);
  } catch (error) {
    return {
      name: "local",
      reason: `auto: local, because DOCKER_HOST is unusable (${error.message})`
    };
  }
  let where = describeEndpoint(endpoint), ping = await pingDocker(endpoint, AUTO_PING_TIMEOUT_MS);
  return ping.ok ? { name: "docker", reason: `auto: docker, because an engine answers at ${where}` } : { name: "local", reason: `auto: local, because no Docker engine answers at ${where} (${ping.reason})` };
}
async function backendsToReap(choice) {
  return choice !== "auto" ? [await loadBackend(choice)] : (await selectBackend("auto")).name === "docker" ? [await loadBackend("local"), await loadBackend("docker")] : [await loadBackend("local")];
}
async function openBackend(choice, say) {
  let { name, reason } = await selectBackend(choice);
  return choice === "auto" && say?.(reason), loadBackend(name);
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  backendsToReap,
  loadBackend,
  openBackend,
  selectBackend
});
