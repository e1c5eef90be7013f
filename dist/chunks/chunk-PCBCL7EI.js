import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);
import {
  init_web_globals
} from "./chunk-NEIF5R2C.js";

// src/backends/index.ts
init_web_globals();
async function loadBackend(name) {
  switch (name) {
    case "local": {
      let { createLocalBackend } = await import("./local-A2ZUP76X.js");
      return createLocalBackend();
    }
    case "docker": {
      let { createDockerBackend } = await import("./docker-TMJCUSYU.js");
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
    import("./endpoint-SPASURIG.js"),
    import("./ping-TFAMPWFJ.js")
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

export {
  loadBackend,
  selectBackend,
  backendsToReap,
  openBackend
};
