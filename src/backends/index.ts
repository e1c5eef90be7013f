// Backends load on demand: a command pays only for the backend it uses.
import type { Backend, BackendName } from "./types.js";

export type BackendChoice = BackendName | "auto";

export async function loadBackend(name: BackendName): Promise<Backend> {
  switch (name) {
    case "local": {
      const { createLocalBackend } = await import("./local/index.js");
      return createLocalBackend();
    }
    case "docker": {
      const { createDockerBackend } = await import("./docker/index.js");
      return createDockerBackend();
    }
    default:
      throw new Error(`backend ${name} is not available in this version`);
  }
}

/** How long `auto` waits for a Docker engine to answer before choosing local. */
const AUTO_PING_TIMEOUT_MS = 1000;

/** Settles `auto` (docker when an engine answers, else local) and says why. */
export async function selectBackend(
  choice: BackendChoice,
  env: Record<string, string | undefined> = process.env,
): Promise<{ name: BackendName; reason: string }> {
  if (choice !== "auto") return { name: choice, reason: `${choice}: chosen by configuration` };
  // endpoint and ping use node's own http, so choosing does not load the docker client (undici)
  const [{ describeEndpoint, resolveDockerEndpoint }, { pingDocker }] = await Promise.all([
    import("./docker/endpoint.js"),
    import("./docker/ping.js"),
  ]);
  let endpoint: ReturnType<typeof resolveDockerEndpoint>;
  try {
    endpoint = resolveDockerEndpoint(env);
  } catch (error) {
    return {
      name: "local",
      reason: `auto: local, because DOCKER_HOST is unusable (${(error as Error).message})`,
    };
  }
  const where = describeEndpoint(endpoint);
  const ping = await pingDocker(endpoint, AUTO_PING_TIMEOUT_MS);
  return ping.ok
    ? { name: "docker", reason: `auto: docker, because an engine answers at ${where}` }
    : { name: "local", reason: `auto: local, because no Docker engine answers at ${where} (${ping.reason})` };
}

/** Every backend that may hold sandboxes of a run made with this choice (for reaping). */
export async function backendsToReap(choice: BackendChoice): Promise<Backend[]> {
  if (choice !== "auto") return [await loadBackend(choice)];
  const docker = await selectBackend("auto");
  return docker.name === "docker"
    ? [await loadBackend("local"), await loadBackend("docker")]
    : [await loadBackend("local")];
}

/** The backend to create sandboxes on; tells `say` why when `auto` had to choose. */
export async function openBackend(choice: BackendChoice, say?: (line: string) => void): Promise<Backend> {
  const { name, reason } = await selectBackend(choice);
  if (choice === "auto") say?.(reason);
  return loadBackend(name);
}
