// Backends load on demand: a command pays only for the backend it uses.
import type { Backend, BackendName } from "./types.js";

export async function loadBackend(name: BackendName): Promise<Backend> {
  switch (name) {
    case "local": {
      const { createLocalBackend } = await import("./local/index.js");
      return createLocalBackend();
    }
    default:
      throw new Error(`backend ${name} is not available in this version`);
  }
}
