import { describe } from "vitest";
import { connectDocker } from "../../src/backends/docker/client.js";
import type { DockerSandbox } from "../../src/backends/docker/sandbox.js";
import { describeAsRoot } from "../support/as-root.js";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable, testDockerHost } from "../support/engines.js";
import {
  defineHostRootSuite,
  defineRootOwnedWorkspaceSuite,
  type HostRootOptions,
} from "./host-root.suite.js";

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

const rootPids: HostRootOptions["rootPids"] = (target) => {
  const sandbox = target.session.sandbox as DockerSandbox;
  return Promise.all([containerPid(sandbox.containerId), containerPid(sandbox.commandsContainerId)]);
};

/**
 * A root-owned checkout (a container job's), started by root: the containers run as a dedicated
 * uid with the workspace idmapped to it, under the seccomp profile that refuses set-id bits
 * (src/backends/docker/idmap.ts, seccomp.ts; every docker sandbox runs under that profile).
 */
const rootOwned: HostRootOptions = {
  start: (options) => startDockerTarget({ ...options, rootOwnedWorkspace: true }),
  rootPids,
};

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineHostRootSuite("docker", {
    start: (options) => startDockerTarget(options),
    rootPids,
  });
  defineRootOwnedWorkspaceSuite("docker", rootOwned);
  // every attack of the suite again, on the root-owned workspace's sandbox
  describeAsRoot("on a root-owned workspace", () => {
    defineHostRootSuite("docker, root-owned workspace", rootOwned);
  });
});
