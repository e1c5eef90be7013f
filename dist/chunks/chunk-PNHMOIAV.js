import { createRequire as __sbxCreateRequire } from 'node:module'; const require = __sbxCreateRequire(import.meta.url);

// src/backends/index.ts
async function loadBackend(name) {
  if (name === "local") {
    let { createLocalBackend } = await import("./local-O3HOMVLF.js");
    return createLocalBackend();
  } else
    throw new Error(`backend ${name} is not available in this version`);
}

export {
  loadBackend
};
