import { describe } from "vitest";
import { connectDocker } from "../../src/backends/docker/client.js";
import type { DockerSandbox } from "../../src/backends/docker/index.js";
import { makeDockerFixture } from "../backends/backend-fixture.js";
import { engineAvailable, testDockerHost } from "../support/engines.js";
import { defineProtectedSessionsSuite } from "./protected-sessions.suite.js";

/** The host paths the engine bound into the container (its Mounts' sources). */
async function hostSources(sandbox: unknown): Promise<string[]> {
  const docker = await connectDocker({ env: { ...process.env, DOCKER_HOST: testDockerHost() } });
  try {
    const info = await docker.request<{ Mounts?: { Source?: string }[] }>(
      "GET",
      `/containers/${(sandbox as DockerSandbox).containerId}/json`,
    );
    return (info.Mounts ?? []).map((mount) => mount.Source ?? "");
  } finally {
    await docker.close();
  }
}

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineProtectedSessionsSuite("docker", () => makeDockerFixture(), hostSources);
});
