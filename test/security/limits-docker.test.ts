import { describe, expect } from "vitest";
import { connectDocker } from "../../src/backends/docker/client.js";
import type { DockerSandbox } from "../../src/backends/docker/index.js";
import { type DockerTarget, startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineLimitsSuite } from "./limits.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineLimitsSuite(
    "docker",
    (options) => startDockerTarget(options),
    async (target) => {
      // the engine's cgroup limits, as the engine reports them
      const sandbox = (target as DockerTarget).session.sandbox as DockerSandbox;
      const docker = await connectDocker({ env: process.env });
      try {
        const info = await docker.request<{
          HostConfig: { Memory: number; MemorySwap: number; PidsLimit: number; NanoCpus: number };
        }>("GET", `/containers/${sandbox.commandsContainerId}/json`);
        expect(info.HostConfig).toMatchObject({
          Memory: 256 * 1024 ** 2,
          MemorySwap: 256 * 1024 ** 2,
          PidsLimit: 128,
          NanoCpus: 1e9,
        });
      } finally {
        await docker.close();
      }
    },
  );
});
