import { describe } from "vitest";
import { createDockerBackend } from "../../src/backends/docker/index.js";
import { LABEL_RUN_ID } from "../../src/backends/types.js";
import { dockerWorkspace } from "../support/docker-target.js";
import { engineAvailable, TEST_IMAGES, testDockerHost } from "../support/engines.js";
import { defineRedactionSuite } from "./redaction.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineRedactionSuite("docker", {
    upFlags: ["--backend", "docker", "--image", TEST_IMAGES.node],
    env: { DOCKER_HOST: testDockerHost() },
    makeWorkspace: dockerWorkspace,
    // whatever a failing test left on the engine, by the run's label
    reap: async (runId) => {
      await createDockerBackend({ log: () => {} }).reap({ [LABEL_RUN_ID]: runId });
    },
  });
});
