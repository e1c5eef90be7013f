import { describe } from "vitest";
import { makeDockerFixture } from "../backends/backend-fixture.js";
import { startDockerTarget } from "../support/docker-target.js";
import { engineAvailable } from "../support/engines.js";
import { defineFilesystemSuite } from "./filesystem.suite.js";

describe.skipIf(!engineAvailable("docker"))("docker backend", () => {
  defineFilesystemSuite(
    "docker",
    (options) => startDockerTarget(options),
    () => makeDockerFixture(),
  );
});
