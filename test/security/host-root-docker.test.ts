import { describe } from "vitest";
import { connectDocker } from "../../src/backends/docker/client.js";
import type { DockerSandbox } from "../../src/backends/docker/sandbox.js";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable, testDockerHost } from "../support/engines.js";
import { defineHostRootSuite } from "./host-root.suite.js";

/** the container's init on the host, from the engine */
async function containerPid(containerId: string): Promise<number> {
  const docker = await connectDocker({ env: { ...process.env, DOCKER_HOST: testDockerHost() } });
  try {
    const found = await docker.request<{ State: { Pid: number } }>("GET", `/containers/${containerId}/json`);
    return found.State.Pid;
  } finally {
    await docker.close();
  }
}

// A root-owned workspace is not part of this backend's suite: the container runs as uid 1000 then
// (sandboxUser in src/backends/docker/backend.ts), and writes only where the checkout lets it.
describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineHostRootSuite("docker", {
    start: (options) => startDockerTarget(options),
    refusesSetIdBits: false,
    rootPids: (target) => {
      const sandbox = target.session.sandbox as DockerSandbox;
      return Promise.all([containerPid(sandbox.containerId), containerPid(sandbox.commandsContainerId)]);
    },
  });
});
